"""`samverkan report --quarter Q`: the Markdown minutes (or draft agenda) of that period's central BRÅ meeting."""

from __future__ import annotations

import sys

from samverkan.cli.app import AsOfOption, DataOption, LangOption, app, choose_data_folder, choose_lang, choose_today
from samverkan.cli.cycle_common import ForceOption, OutputOption, QuarterOption, TemplateOption


@app.command()
def report(
    quarter: QuarterOption,
    as_of: AsOfOption = None,
    template: TemplateOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    data: DataOption = None,
    lang: LangOption = None,
) -> int:
    """Render the period's minutes or draft agenda (help: `help.report` in samverkan.catalog.cli)."""
    from samverkan.cli.cycle_common import check_document_options, emit_document, load_valid, parse_period

    chosen_lang = choose_lang(lang)
    today = choose_today(as_of)
    root = choose_data_folder(data)
    check_document_options(template, output, force)

    from samverkan.documents import DOCUMENT_LANG, render_minutes

    repository = load_valid(root, chosen_lang, sys.stderr)
    if repository is None:
        return 1
    assert repository.agreement is not None
    from samverkan.schedule import owing_cadence

    period = parse_period(quarter, owing_cadence(repository.agreement.model))
    text, problems = render_minutes(repository, period, today, DOCUMENT_LANG, template)
    return emit_document(text, problems, output, force, chosen_lang)
