"""`samverkan new followup --quarter Q`: create a period's follow-up files and its meeting file."""

from __future__ import annotations

import sys

import typer

from samverkan.cli.app import AsOfOption, DataOption, LangOption, app, choose_data_folder, choose_lang, choose_today
from samverkan.cli.cycle_common import ForceOption, QuarterOption

new_app = typer.Typer(
    name="new",
    help="Skapa nya, ifyllda datafiler.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(new_app, name="new")


@new_app.command("followup")
def new_followup(
    quarter: QuarterOption,
    as_of: AsOfOption = None,
    force: ForceOption = False,
    data: DataOption = None,
    lang: LangOption = None,
) -> int:
    """Skapa periodens uppföljningsfiler, en per aktivitet, och periodens mötesfil.

    Varje uppföljningsfil har aktivitet och period ifyllda och de tre frågorna som tomma fält med vägledning.
    Mötesfilen får ett föreslaget datum och förra mötets öppna åtgärdspunkter. En fil som redan finns skrivs
    aldrig över utan --force. Avslutas med 0, med 1 när data är ogiltiga eller en fil inte kunde skrivas och
    med 2 vid felaktig användning.
    """
    from samverkan.cli.app import UsageProblem
    from samverkan.cli.cycle_common import load_valid, parse_period

    chosen_lang = choose_lang(lang)
    today = choose_today(as_of)
    root = choose_data_folder(data)

    from samverkan.dates import long_date
    from samverkan.reporters import REPORTERS, Summary
    from samverkan.safe_write import Outcome
    from samverkan.scaffold import in_validity, plan_period, write_planned

    repository = load_valid(root, chosen_lang, sys.stderr)
    if repository is None:
        return 1
    assert repository.agreement is not None
    agreement = repository.agreement.model
    period = parse_period(quarter, agreement.follow_up.cadence)
    if not in_validity(agreement, period):
        end = agreement.validity.end
        until_sv = long_date(end) if end else "tills vidare"
        until_en = long_date(end, "en") if end else "until further notice"
        raise UsageProblem(
            f"Perioden {period} ligger utanför överenskommelsens giltighetstid "
            f"({long_date(agreement.validity.start)} – {until_sv}).",
            f"The period {period} lies outside the agreement's validity "
            f"({long_date(agreement.validity.start, 'en')} – {until_en}).",
        )
    plan = plan_period(repository, period)
    written, problems = write_planned(root, plan, force)
    sv = chosen_lang == "sv"
    words = {
        Outcome.CREATED: "skapad" if sv else "created",
        Outcome.OVERWRITTEN: "överskriven" if sv else "overwritten",
        Outcome.SKIPPED: "finns redan, orörd" if sv else "exists, left as it is",
    }
    for item in written:
        sys.stdout.write(f"{words[item.outcome]}: {item.shown_as}\n")
    made = sum(item.outcome is not Outcome.SKIPPED for item in written)
    meeting_made = any(item.kind == "meeting" and item.outcome is not Outcome.SKIPPED for item in written)
    skipped = len(written) - made
    followups = sum(f.kind == "followup" for f in plan.files)
    if sv:
        sys.stdout.write(
            f"{period.label('sv')}: {made} {'fil' if made == 1 else 'filer'} skrivna, {skipped} fanns redan "
            f"({followups} {'uppföljning' if followups == 1 else 'uppföljningar'} och en mötesfil; "
            f"{plan.carried_over} öppna åtgärdspunkter från förra mötet).\n"
        )
        if skipped:
            sys.stdout.write("Filer som finns skrivs aldrig över; lägg till --force om det är meningen.\n")
        if meeting_made and plan.meeting_date < today:
            sys.stdout.write(f"Obs: mötesdatumet {long_date(plan.meeting_date)} har redan passerat; ändra det.\n")
    else:
        sys.stdout.write(
            f"{period.label('en')}: {made} file{'' if made == 1 else 's'} written, {skipped} already existed "
            f"({followups} follow-up{'' if followups == 1 else 's'} and one meeting file; "
            f"{plan.carried_over} open action points carried over).\n"
        )
        if skipped:
            sys.stdout.write("Existing files are never overwritten; add --force if that is what you want.\n")
        if meeting_made and plan.meeting_date < today:
            sys.stdout.write(f"Note: the meeting date {long_date(plan.meeting_date, 'en')} has passed; change it.\n")
    if problems:
        REPORTERS["text"](problems, Summary(len(plan.files)), chosen_lang, sys.stderr)
        return 1
    return 0
