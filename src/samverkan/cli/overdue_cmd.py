"""`samverkan overdue [--as-of DATE] [--check]`: follow-ups that are missing and action points past their deadline."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from samverkan.cli.app import (
    AsOfOption,
    DataOption,
    FormatOption,
    LangOption,
    app,
    choose_data_folder,
    choose_format,
    choose_lang,
    choose_today,
)


@app.command()
def overdue(
    as_of: AsOfOption = None,
    check: Annotated[bool, typer.Option("--check")] = False,
    output_format: FormatOption = "text",
    data: DataOption = None,
    lang: LangOption = None,
) -> int:
    """List what is overdue (help: `help.overdue` in samverkan.catalog.cli)."""
    chosen_lang = choose_lang(lang)
    chosen_format = choose_format(output_format)
    today = choose_today(as_of)
    root = choose_data_folder(data)

    from samverkan.cli.cycle_common import load_valid
    from samverkan.overdue import GROUP_BY, find_overdue
    from samverkan.reporters import REPORTERS, Summary

    repository = load_valid(root, chosen_lang, sys.stdout, chosen_format, need_agreement=False)
    if repository is None:
        return 1
    report = find_overdue(repository, today)
    summary = Summary(repository.files_checked, report.closing(), report.notices(), group_by=GROUP_BY)
    REPORTERS[chosen_format](report.items, summary, chosen_lang, sys.stdout)
    return 1 if check and report.items else 0
