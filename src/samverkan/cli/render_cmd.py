"""`samverkan render agreement`: the agreement and its action plan as one Markdown document."""

from __future__ import annotations

from samverkan.cli.app import SharedOptions, command_group, shared_options
from samverkan.cli.cycle_common import write_document

render_app = command_group("render")


@render_app.command("agreement")
@shared_options("template", "output", "document_format", "force", "data", "lang")
def render_agreement(options: SharedOptions) -> int:
    """Render the agreement and its action plan (help: `help.render.agreement` in samverkan.catalog.cli)."""
    from samverkan.documents import DOCUMENT_LANG
    from samverkan.documents import render_agreement as render_document

    return write_document(
        lambda repository, _chosen: render_document(repository, DOCUMENT_LANG, options.template), options
    )
