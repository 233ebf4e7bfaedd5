"""`new followup`: the files a period needs, pre-filled, ready for each owner to answer in their own pull request.

For a period, samverkan plans:

- `followups/<period>/<activity>.yaml` for every activity that needs a follow-up in that period (the same rule as
  `overdue`, see samverkan.overdue), with `activity` and `period` filled in, the activity's name in a comment, and
  the three questions as empty fields (`done:` with nothing after it) with Swedish guidance. Empty answers are valid for the schema, so
  `validate` passes; `lint` reports them as not yet answered, which is the point.
- `meetings/<period>.yaml`: a planned meeting, with the previous meeting's open action points (`öppen`, `pågår`)
  carried over under the same ids, so they can be followed from meeting to meeting.

The meeting's planned date, first rule that applies: the date the previous meeting set for the next one
(`next_meeting`, with its time and place); else the previous meeting's date moved one period on, if that lands in
this period; else the period's last weekday.

Planning is pure (text in memory); `write_planned` writes through samverkan.safe_write: only names we made, only
inside the data folder, atomically, and never over an existing file unless `force`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from samverkan.diagnostics import Diagnostic, Message, Severity, display_path
from samverkan.models import ActionStatus, Agreement, Meeting
from samverkan.overdue import activity_span, periods_with_followups, required_periods
from samverkan.periods import Period, PeriodError
from samverkan.repository import Repository
from samverkan.safe_write import Outcome, UnsafePath, write_in_data

FOLLOWUP_SCHEMA = "../../../schemas/followup.schema.json"
MEETING_SCHEMA = "../../schemas/meeting.schema.json"

MESSAGES: dict[str, Message] = {
    "scaffold-unsafe-path": Message(
        "Filen skrevs inte: sökvägen skulle hamna utanför datamappen eller är inget namn som samverkan skapar.",
        "The file was not written: its path would leave the data folder or is not a name samverkan makes.",
        "Kontrollera att mapparna followups/ och meetings/ i datamappen är vanliga mappar, inte länkar ut ur den.",
        "Check that the folders followups/ and meetings/ in the data folder are ordinary folders, not links out of it.",
    ),
    "scaffold-write-failed": Message(
        "Filen kunde inte skrivas ({reason}).",
        "The file could not be written ({reason}).",
        "Kontrollera att du får skriva i datamappen och att disken inte är full.",
        "Check that you may write in the data folder and that the disk is not full.",
    ),
}


@dataclass(frozen=True, slots=True)
class PlannedFile:
    parts: tuple[str, ...]  # inside the data folder, e.g. ("followups", "2021Q3", "sig.yaml")
    text: str
    kind: str  # "followup" or "meeting"


@dataclass(frozen=True, slots=True)
class Written:
    shown_as: str
    kind: str
    outcome: Outcome


@dataclass(frozen=True, slots=True)
class Plan:
    period: Period
    files: list[PlannedFile]
    meeting_date: dt.date
    carried_over: int


def in_validity(agreement: Agreement, period: Period) -> bool:
    """Whether the period overlaps the agreement's validity."""
    end = agreement.validity.end
    return period.end >= agreement.validity.start and (end is None or period.start <= end)


def plan_period(repository: Repository, period: Period) -> Plan:
    assert repository.agreement is not None, "validate before scaffolding"
    agreement = repository.agreement.model
    cadence = agreement.follow_up.cadence
    followed = periods_with_followups(repository, cadence)
    files: list[PlannedFile] = []
    for loaded in sorted(repository.activities, key=lambda a: (a.model.order or 10**6, a.model.id)):
        activity = loaded.model
        span = activity_span(activity, agreement, followed.get(activity.id, set()))
        if span is None or period not in required_periods(span, cadence, until=period.end):
            continue
        title = activity.name + (f" – {activity.full_name}" if activity.full_name else "")
        files.append(
            PlannedFile(("followups", str(period), f"{activity.id}.yaml"), followup_text(activity.id, title, period), "followup")
        )  # fmt: skip
    previous = previous_meeting(repository, period)
    text, date, carried = meeting_text(agreement, period, previous)
    files.append(PlannedFile(("meetings", f"{period}.yaml"), text, "meeting"))
    return Plan(period, files, date, carried)


def write_planned(root: Path, plan: Plan, force: bool) -> tuple[list[Written], list[Diagnostic]]:
    written: list[Written] = []
    problems: list[Diagnostic] = []
    for planned in plan.files:
        shown = display_path(root.joinpath(*planned.parts))
        try:
            _path, outcome = write_in_data(root, planned.parts, planned.text, force=force)
        except UnsafePath:
            code = "scaffold-unsafe-path"
            problems.append(Diagnostic(shown, None, None, code, Severity.ERROR, MESSAGES[code], {}))
            continue
        except OSError as error:
            code = "scaffold-write-failed"
            reason = error.strerror or type(error).__name__
            problems.append(Diagnostic(shown, None, None, code, Severity.ERROR, MESSAGES[code], {"reason": reason}))
            continue
        written.append(Written(shown, planned.kind, outcome))
    return written, problems


# ----------------------------------------------------------------------------------------------------- the texts


def _comment(text: str) -> str:
    """Text from a data file made safe for one comment line: no line breaks or control characters."""
    return "".join(ch for ch in " ".join(text.split()) if ch.isprintable())


def followup_text(activity_id: str, title: str, period: Period) -> str:
    return f"""\
# yaml-language-server: $schema={FOLLOWUP_SCHEMA}
# Uppföljning av {_comment(title)}, {period.label("sv")}.
# Svara på överenskommelsens tre frågor i fälten nedan: skriv texten efter kolon, eller på raderna under
# `done: >-` med två mellanslag indrag. Skriv roller och organisationer, aldrig namn på privatpersoner,
# personnummer eller annat som kan peka ut en ung person.
activity: {activity_id}
period: {period}

# Vad har genomförts under perioden? Möten, insatser, tillfällen, hur många som nåddes.
done:

# Vem har samverkat kring aktiviteten? T.ex. ”Socialtjänsten, skolan och polisen”.
cooperated:

# Vilka effekter har aktiviteten haft? ”Inga kända effekter ännu” är också ett svar.
effects:

# Hur uppfylldes åtagandena under perioden: grön, gul eller röd.
rating:

# Din roll och organisation (inte ditt namn), t.ex. ”Fritid, Strängnäs kommun”.
reported_by:
"""


def previous_meeting(repository: Repository, period: Period) -> Meeting | None:
    """The latest meeting for a period before this one."""
    best: tuple[Period, Meeting] | None = None
    for loaded in repository.meetings:
        try:
            other = Period.parse(loaded.model.period, expect=period.cadence)
        except PeriodError:
            continue
        if other < period and (best is None or other > best[0]):
            best = (other, loaded.model)
    return best[1] if best else None


def planned_date(period: Period, previous: Meeting | None) -> tuple[dt.date, str | None, str | None]:
    """Date, time and place for the new meeting (see the module's docstring for the rule)."""
    if previous is not None and previous.next_meeting is not None:
        nxt = previous.next_meeting
        return nxt.date, nxt.time, nxt.place
    if previous is not None:
        months = 12 // period.cadence.periods_per_year
        month_index = previous.date.month - 1 + months
        year, month = previous.date.year + month_index // 12, month_index % 12 + 1
        day = min(previous.date.day, calendar.monthrange(year, month)[1])
        moved = _weekday_on_or_before(dt.date(year, month, day))
        if period.start <= moved <= period.end:
            return moved, previous.start_time, previous.place
    return _weekday_on_or_before(period.end), None, None


def _weekday_on_or_before(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


class _Dumper(yaml.SafeDumper):
    """Plain YAML the strict loader accepts: never an anchor or alias."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def meeting_text(agreement: Agreement, period: Period, previous: Meeting | None) -> tuple[str, dt.date, int]:
    date, time, place = planned_date(period, previous)
    carried = [
        _plain(point.model_dump(mode="json", exclude_defaults=True) | {"status": point.status.value})
        for point in (previous.action_points if previous else [])
        if point.status in (ActionStatus.OPPEN, ActionStatus.PAGAR)
    ]
    head: dict[str, Any] = {
        "period": str(period),
        "forum": previous.forum if previous else agreement.follow_up.forum,
        "status": "planerat",
        "date": date,
    }
    if time:
        head["start_time"] = time
    if place:
        head["place"] = place
    lines = [
        f"# yaml-language-server: $schema={MEETING_SCHEMA}",
        f"# Centrala BRÅ-mötet som följer upp {period.label('sv')}. Skapad av `samverkan new followup`.",
        "# Datumet är ett förslag: ändra det. Efter mötet: fyll i närvaro, beslut och åtgärdspunkter och sätt",
        "# status: genomfört. `samverkan report --quarter " + str(period) + "` skriver sedan minnesanteckningarna.",
        _dump(head).rstrip("\n"),
        "",
    ]
    if carried:
        lines.append("# Öppna åtgärdspunkter från förra mötet; uppdatera status (klar med done_on, eller struken).")
        lines.append(_dump({"action_points": carried}).rstrip("\n"))
    else:
        lines.append("action_points: []")
    return "\n".join(lines) + "\n", date, len(carried)


def _plain(point: dict[str, Any]) -> dict[str, Any]:
    """Dates as dates, so they are written `2021-09-30` rather than quoted."""
    return {
        key: dt.date.fromisoformat(value) if key in ("deadline", "done_on") else value for key, value in point.items()
    }


def _dump(data: dict[str, Any]) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100)
