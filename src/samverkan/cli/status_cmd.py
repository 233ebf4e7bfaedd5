"""`samverkan status [--as-of DATE] [--format text|json]`: the work at a glance, on one screen."""

from __future__ import annotations

import dataclasses
import sys

from samverkan.cli.app import AsOfOption, DataOption, FormatOption, LangOption, UsageProblem, app, choose

#: `status` draws its own screen, so it takes only these of the reporters' formats.
FORMATS = ("text", "json")


@app.command()
def status(
    as_of: AsOfOption = None,
    output_format: FormatOption = "text",
    data: DataOption = None,
    lang: LangOption = None,
) -> int:
    """Show the state of the work (help: `help.status` in samverkan.catalog.status)."""
    chosen = choose(lang=lang, data=data, as_of=as_of)
    if output_format not in FORMATS:
        raise UsageProblem("usage.unknown-format", choices=list(FORMATS))

    from samverkan.cli.cycle_common import load_valid
    from samverkan.lint import config_of
    from samverkan.reporters import use_colour
    from samverkan.status import status_of
    from samverkan.status_report import write_json, write_plain, write_rich

    # Invalid data is reported in the chosen format, as by every command.
    repository = load_valid(dataclasses.replace(chosen, output_format=output_format), sys.stdout, need_agreement=False)
    if repository is None:
        return 1
    found = status_of(repository, chosen.today, config_of(repository), chosen.lang)
    if output_format == "json":
        write_json(found, chosen.lang, sys.stdout)
    elif use_colour(sys.stdout):
        write_rich(found, chosen.lang, sys.stdout)
    else:
        write_plain(found, chosen.lang, sys.stdout)
    return 0
