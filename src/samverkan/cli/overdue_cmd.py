"""`samverkan overdue [--as-of DATE] [--check]`: follow-ups that are missing and action points past their deadline."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from samverkan.cli.app import AsOfOption, DataOption, FormatOption, LangOption, app, choose


@app.command()
def overdue(
    as_of: AsOfOption = None,
    check: Annotated[bool, typer.Option("--check")] = False,
    output_format: FormatOption = "text",
    data: DataOption = None,
    lang: LangOption = None,
) -> int:
    """List what is overdue (help: `help.overdue` in samverkan.catalog.cli)."""
    chosen = choose(lang=lang, data=data, as_of=as_of, output_format=output_format)

    from samverkan.cli.cycle_common import load_valid
    from samverkan.overdue import GROUP_BY, find_overdue
    from samverkan.reporters import REPORTERS, Summary

    repository = load_valid(chosen, sys.stdout, need_agreement=False)
    if repository is None:
        return 1
    report = find_overdue(repository, chosen.today)
    summary = Summary(repository.files_checked, report.closing(), report.notices(), group_by=GROUP_BY)
    REPORTERS[chosen.output_format](report.items, summary, chosen.lang, sys.stdout)
    return 1 if check and report.items else 0
