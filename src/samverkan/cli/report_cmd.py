"""`samverkan report --quarter Q`: the Markdown minutes (or draft agenda) of that period's central BRÅ meeting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from samverkan.cli.app import SharedOptions, app, shared_options
from samverkan.cli.cycle_common import QuarterOption, write_document

if TYPE_CHECKING:
    from collections.abc import Sequence

    from samverkan.cli.app import Choices
    from samverkan.diagnostics import Diagnostic
    from samverkan.repository import Repository


@app.command()
@shared_options("as_of", "template", "output", "document_format", "force", "data", "lang")
def report(quarter: QuarterOption, options: SharedOptions) -> int:
    """Render the period's minutes or draft agenda (help: `help.report` in samverkan.catalog.cli)."""

    def minutes(repository: Repository, chosen: Choices) -> tuple[str | None, Sequence[Diagnostic]]:
        from samverkan.cli.cycle_common import parse_period
        from samverkan.documents import DOCUMENT_LANG, render_minutes
        from samverkan.schedule import owing_cadence

        agreement = repository.agreement.model if repository.agreement is not None else None
        period = parse_period(quarter, owing_cadence(agreement))
        return render_minutes(repository, period, chosen.today, DOCUMENT_LANG, options.template)

    return write_document(minutes, options, need_agreement=False)  # a council (bra.yaml) keeps minutes without one
