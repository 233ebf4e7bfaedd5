"""`samverkan render agreement`: the agreement and its action plan as one Markdown document."""

from __future__ import annotations

import typer

from samverkan.cli.app import DataOption, LangOption, app
from samverkan.cli.cycle_common import DocumentFormatOption, ForceOption, OutputOption, TemplateOption, write_document

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
    document_format: DocumentFormatOption = None,
    force: ForceOption = False,
    data: DataOption = None,
    lang: LangOption = None,
) -> int:
    """Render the agreement and its action plan (help: `help.render.agreement` in samverkan.catalog.cli)."""
    from samverkan.documents import DOCUMENT_LANG
    from samverkan.documents import render_agreement as render_document

    return write_document(
        lambda repository, _chosen: render_document(repository, DOCUMENT_LANG, template),
        template=template,
        output=output,
        force=force,
        data=data,
        lang=lang,
        document_format=document_format,
    )
