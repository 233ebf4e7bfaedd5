"""`samverkan new followup --quarter Q`: create a period's follow-up files and its meeting file."""

from __future__ import annotations

import sys

from samverkan.cli.app import SharedOptions, command_group, shared_options
from samverkan.cli.cycle_common import QuarterOption

new_app = command_group("new")


@new_app.command("followup")
@shared_options("as_of", "force", "data", "lang")
def new_followup(quarter: QuarterOption, options: SharedOptions) -> int:
    """Create the period's follow-up files and meeting file (help: `help.new.followup` in samverkan.catalog.cli)."""
    from samverkan.catalog import Msg
    from samverkan.cli.app import UsageProblem, tell
    from samverkan.cli.cycle_common import load_valid, parse_period

    chosen = options.choose()
    chosen_lang, today, root = chosen.lang, chosen.today, chosen.root

    from samverkan.reporters import REPORTERS, Summary
    from samverkan.safe_write import Outcome
    from samverkan.scaffold import in_validity, plan_period, write_planned

    repository = load_valid(chosen, sys.stderr)
    if repository is None:
        return 1
    assert repository.agreement is not None
    agreement = repository.agreement.model
    from samverkan.kinds import document_noun
    from samverkan.schedule import owing_cadence

    cadence = owing_cadence(agreement)
    if cadence is None:
        key = "new.lopande" if agreement.cadence is not None else "new.no-cadence"
        raise UsageProblem(key, document=document_noun(agreement))
    period = parse_period(quarter, cadence)
    if not in_validity(agreement, period):
        validity = agreement.validity
        assert validity is not None  # an unknown validity limits nothing
        start = validity.start or Msg("new.start-unknown")
        end = validity.end or Msg("new.until-further-notice")
        raise UsageProblem(
            "new.outside-validity", period=period, start=start, end=end, document=document_noun(agreement, "genitive")
        )
    plan = plan_period(repository, period, chosen_lang, today)
    written, problems = write_planned(root, plan, options.force)
    for item in written:
        tell(sys.stdout, chosen_lang, f"new.outcome.{item.outcome.value}", file=item.shown_as)
    made = sum(item.outcome is not Outcome.SKIPPED for item in written)
    meeting_made = any(item.kind == "meeting" and item.outcome is not Outcome.SKIPPED for item in written)
    skipped = len(written) - made
    followups = sum(f.kind == "followup" for f in plan.files)
    tell(
        sys.stdout,
        chosen_lang,
        "new.summary",
        period=period,
        made=made,
        skipped=skipped,
        followups=followups,
        carried=plan.carried_over,
    )
    if skipped:
        tell(sys.stdout, chosen_lang, "new.existing-kept")
    if meeting_made and plan.meeting_date < today:
        tell(sys.stdout, chosen_lang, "new.meeting-date-passed", date=plan.meeting_date)
    if problems:
        REPORTERS["text"](problems, Summary(len(plan.files)), chosen_lang, sys.stderr)
        return 1
    return 0
