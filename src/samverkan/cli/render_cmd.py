"""`samverkan render agreement`: the agreement and its action plan as one Markdown document."""

from __future__ import annotations

import sys

import typer

from samverkan.cli.app import DataOption, LangOption, app, choose_data_folder, choose_lang
from samverkan.cli.cycle_common import ForceOption, OutputOption, TemplateOption

render_app = typer.Typer(
    name="render",
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
    """Render the agreement and its action plan (help: `help.render.agreement` in samverkan.catalog.cli)."""
    from samverkan.cli.cycle_common import check_document_options, emit_document, load_valid

    chosen_lang = choose_lang(lang)
    root = choose_data_folder(data)
    check_document_options(template, output, force)

    from samverkan.documents import DOCUMENT_LANG
    from samverkan.documents import render_agreement as render_document

    repository = load_valid(root, chosen_lang, sys.stderr)
    if repository is None:
        return 1
    text, problems = render_document(repository, DOCUMENT_LANG, template)
    return emit_document(text, problems, output, force, chosen_lang)
