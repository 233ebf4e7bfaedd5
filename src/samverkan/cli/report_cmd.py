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
    """Skriv minnesanteckningarna från periodens möte i centrala BRÅ som Markdown.

    Har mötet inte hållits än (ingen mötesfil, status planerat eller ett datum efter --as-of) blir det ett förslag
    till dagordning. Mallen är templates/minutes.md.j2: --template FIL, annars templates/ bredvid datamappen,
    annars den inbyggda. Utan -o skrivs dokumentet till skärmen; -o skriver aldrig över en fil utan --force.

    Avslutas med 0, med 1 när data eller mallen är ogiltiga och med 2 vid felaktig användning.
    """
    from samverkan.cli.cycle_common import check_document_options, emit_document, load_valid, parse_period

    chosen_lang = choose_lang(lang)
    today = choose_today(as_of)
    root = choose_data_folder(data)
    check_document_options(template, output, force)

    from samverkan.report import render_minutes

    repository = load_valid(root, chosen_lang, sys.stderr)
    if repository is None:
        return 1
    assert repository.agreement is not None
    period = parse_period(quarter, repository.agreement.model.follow_up.cadence)
    text, problems = render_minutes(repository, period, today, template)
    return emit_document(text, problems, output, force, chosen_lang)
