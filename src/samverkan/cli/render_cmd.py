"""`samverkan render agreement`: the agreement and its action plan as one Markdown document."""

from __future__ import annotations

import sys

import typer

from samverkan.cli.app import DataOption, LangOption, app, choose_data_folder, choose_lang
from samverkan.cli.cycle_common import ForceOption, OutputOption, TemplateOption

render_app = typer.Typer(
    name="render",
    help="Skriv ut dokument ur datat som Markdown.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(render_app, name="render")


@render_app.command("agreement")
def render_agreement(
    template: TemplateOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    data: DataOption = None,
    lang: LangOption = None,
) -> int:
    """Skriv överenskommelsen och handlingsplanen som ett Markdown-dokument.

    Handlingsplanens tabell (Vad · Kommun · Polis · Kommunikation) återges med cellerna ordagrant som de
    undertecknades. Mallen är templates/agreement.md.j2 (--template FIL, templates/ bredvid datamappen, annars
    den inbyggda). Avslutas med 0, med 1 när data eller mallen är ogiltiga och med 2 vid felaktig användning.
    """
    from samverkan.cli.cycle_common import check_document_options, emit_document, load_valid

    chosen_lang = choose_lang(lang)
    root = choose_data_folder(data)
    check_document_options(template, output, force)

    from samverkan.report import render_agreement as render_document

    repository = load_valid(root, chosen_lang, sys.stderr)
    if repository is None:
        return 1
    text, problems = render_document(repository, template)
    return emit_document(text, problems, output, force, chosen_lang)
