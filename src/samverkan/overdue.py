"""What is overdue on a given day: follow-ups that should have been written, and action points past their deadline.

The rules, in the agreement's own terms:

- **Which periods.** Every activity is followed up once per period of the agreement's cadence
  (`follow_up.cadence`; quarters for Strängnäs) while it is active. Its active span is its own `start`/`end`, else
  the agreement's validity, and never beyond the agreement's validity. A period the span enters part-way (an
  agreement signed 20 December) is folded into the next one, so its first follow-up covers the first whole period;
  a period the span leaves part-way (an agreement ending 1 June) still needs its follow-up. A span that lies
  inside a single period needs that period's follow-up.
- **Status.** `pågående` and `pausad` need follow-ups (a paused activity reports that it is paused). `planerad` needs
  none: it has not started. `avslutad` needs them up to its `end`; without an end date, up to the last period it
  has a follow-up for (it ended after that one), and none at all if it never had one.
- **When due.** At that period's BRÅ meeting (`meetings/<period>.yaml` with any status but `inställt`), else on the
  period's last day. An action point is due on its deadline until it is `klar` or `struken`; one marked `klar`
  with a `done_on` after `as_of` was still open on `as_of`, so history can be replayed.
- **Overdue** means due *before* `as_of`: on the day itself there is still time (the meeting is that afternoon).
- **Ended agreement.** After the validity ends nothing new becomes due; `agreement_ended` says so.

The core never prints: it returns `OverdueReport`, and the CLI chooses how to show it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from samverkan.dates import long_date
from samverkan.diagnostics import Diagnostic, Lang, Localized, Message, Severity, display_path, has_errors
from samverkan.models import (
    ActionPoint,
    ActionStatus,
    Activity,
    ActivityStatus,
    Agreement,
    Cadence,
    Meeting,
    MeetingStatus,
)
from samverkan.periods import Period, PeriodError, periods_between
from samverkan.repository import Loaded, Repository

MESSAGES: dict[str, Message] = {
    "followup-overdue": Message(
        "Uppföljningen av aktiviteten {activity} för {period} saknas; den skulle ha funnits {due} ({late}).",
        "The follow-up of activity {activity} for {period} is missing; it was due {due} ({late}).",
        "Skapa filen med `samverkan new followup --quarter {code}` och be den ansvariga fylla i de tre frågorna.",
        "Create the file with `samverkan new followup --quarter {code}` and ask the owner to answer the three "
        "questions.",
    ),
    "action-point-overdue": Message(
        "Åtgärdspunkten {point} passerade sin deadline {due} ({late}) och är inte klar.",
        "Action point {point} passed its deadline {due} ({late}) and is not done.",
        "När punkten är gjord: skriv `status: klar` och `done_on:` i den senaste mötesfilen. Annars: ge den en ny "
        "deadline, eller stryk den med `status: struken`.",
        "When it is done: write `status: klar` and `done_on:` in the latest meeting file. Otherwise give it a new "
        "deadline, or drop it with `status: struken`.",
    ),
    "agreement-ended": Message(
        "Överenskommelsen upphörde att gälla {date}. Perioder som börjar efter det behöver ingen uppföljning.",
        "The agreement ended on {date}. Periods that begin after that need no follow-up.",
        "Förnya överenskommelsen och skriv in den nya giltighetstiden i agreement.yaml när en ny är tecknad.",
        "Renew the agreement and enter the new validity in agreement.yaml once a new one is signed.",
    ),
}

#: Statuses of an action point that close it.
CLOSED = frozenset({ActionStatus.KLAR, ActionStatus.STRUKEN})


@dataclass(frozen=True, slots=True)
class OverdueItem:
    """One thing overdue. `finding` carries file, place, code and message; the rest is for listings and JSON."""

    kind: str  # "followup" or "action-point"
    activity: str | None
    period: Period | None
    due: dt.date
    days_late: int
    owner: str
    action_point: str | None
    finding: Diagnostic

    def sort_key(self) -> tuple[Period | tuple[()], dt.date, str, str, str]:
        return (self.period or (), self.due, self.kind, self.activity or "", self.finding.file)

    def as_json(self, lang: Lang) -> dict[str, object]:
        return {
            "kind": self.kind,
            "activity": self.activity,
            "quarter": str(self.period) if self.period else None,
            "due": self.due.isoformat(),
            "days_late": self.days_late,
            "owner": self.owner,
            "action_point": self.action_point,
            "file": self.finding.file,
            "line": self.finding.line,
            "column": self.finding.column,
            "code": self.finding.code,
            "severity": self.finding.severity.value,
            "message": self.finding.message(lang),
            "hint": self.finding.hint(lang),
        }


@dataclass(slots=True)
class OverdueReport:
    as_of: dt.date
    cadence: Cadence | None = None
    items: list[OverdueItem] = field(default_factory=list)
    #: The agreement's last day, when that lies before `as_of`.
    agreement_ended: dt.date | None = None
    #: Validation findings; when any is an error, nothing was computed.
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def invalid(self) -> bool:
        return has_errors(self.diagnostics)

    def ended_notice(self) -> Diagnostic | None:
        if self.agreement_ended is None:
            return None
        when = Localized(long_date(self.agreement_ended, "sv"), long_date(self.agreement_ended, "en"))
        return Diagnostic(
            "", None, None, "agreement-ended", Severity.WARNING, MESSAGES["agreement-ended"], {"date": when}
        )


# ------------------------------------------------------------------------------------------------ who needs what


def activity_span(
    activity: Activity, agreement: Agreement, followed_up: Iterable[Period] = ()
) -> tuple[dt.date, dt.date | None] | None:
    """First and last day (None: open-ended) the activity needs follow-ups; None when it needs none at all."""
    if activity.status is ActivityStatus.PLANERAD:
        return None
    start = max(activity.start or agreement.validity.start, agreement.validity.start)
    end = activity.end
    if end is None and activity.status is ActivityStatus.AVSLUTAD:
        last = max((p for p in followed_up), default=None)
        if last is None:
            return None
        end = last.end
    ends = [day for day in (end, agreement.validity.end) if day is not None]
    last_day = min(ends) if ends else None
    if last_day is not None and last_day < start:
        return None
    return start, last_day


def required_periods(
    span: tuple[dt.date, dt.date | None], cadence: Cadence, until: dt.date | None = None
) -> list[Period]:
    """The periods that need a follow-up for an activity active over `span` (open spans stop at `until`)."""
    start, end = span
    last = end if end is not None else until
    if last is None:
        raise ValueError("an open-ended span needs `until`")
    periods = list(periods_between(start, last, cadence))
    if len(periods) > 1 and periods[0].start < start:
        periods = periods[1:]  # entered part-way: folded into the next period's follow-up
    return periods


def periods_with_followups(repository: Repository, cadence: Cadence) -> dict[str, set[Period]]:
    """Activity id → the periods (of this cadence) it has a follow-up for."""
    found: dict[str, set[Period]] = {}
    for loaded in repository.followups:
        try:
            period = Period.parse(loaded.model.period, expect=cadence)
        except PeriodError:
            continue
        found.setdefault(loaded.model.activity, set()).add(period)
    return found


def meeting_dates(repository: Repository, cadence: Cadence) -> dict[Period, dt.date]:
    """Period → the date of its BRÅ meeting, for meetings that are not cancelled."""
    dates: dict[Period, dt.date] = {}
    for loaded in repository.meetings:
        meeting = loaded.model
        if meeting.status is MeetingStatus.INSTALLT:
            continue
        try:
            dates[Period.parse(meeting.period, expect=cadence)] = meeting.date
        except PeriodError:
            continue
    return dates


def due_date(period: Period, meetings: dict[Period, dt.date]) -> dt.date:
    return meetings.get(period, period.end)


def party_names(agreement: Agreement) -> dict[str, str]:
    return {party.id: party.name for party in agreement.parties}


def activity_owner(activity: Activity, names: dict[str, str]) -> str:
    """`Socialtjänsten (Strängnäs kommun); Polismyndigheten`: the units, or the party where no unit is named."""
    owners = []
    for responsibility in activity.responsibilities:
        party = names.get(responsibility.party, responsibility.party)
        owners.append(f"{', '.join(responsibility.units)} ({party})" if responsibility.units else party)
    return "; ".join(owners)


def action_point_owner(point: ActionPoint, names: dict[str, str]) -> str:
    party = names.get(point.owner_party, point.owner_party)
    return f"{point.owner_role} ({party})" if point.owner_role else party


# ----------------------------------------------------------------------------------------------------- the report


def find_overdue(repository: Repository, as_of: dt.date) -> OverdueReport:
    report = OverdueReport(as_of=as_of, diagnostics=list(repository.diagnostics))
    if report.invalid or repository.agreement is None:
        return report
    agreement = repository.agreement.model
    cadence = agreement.follow_up.cadence
    report.cadence = cadence
    end = agreement.validity.end
    if end is not None and end < as_of:
        report.agreement_ended = end
    names = party_names(agreement)
    followed = periods_with_followups(repository, cadence)
    meetings = meeting_dates(repository, cadence)
    for loaded in repository.activities:
        report.items.extend(_missing_followups(repository.root, loaded, agreement, followed, meetings, names, as_of))
    report.items.extend(_late_action_points(repository, names, as_of, cadence))
    report.items.sort(key=OverdueItem.sort_key)
    return report


def _late_words(days: int) -> Localized:
    return Localized(f"{days} {'dag' if days == 1 else 'dagar'} sent", f"{days} {'day' if days == 1 else 'days'} late")


def _missing_followups(
    root: Path,
    loaded: Loaded[Activity],
    agreement: Agreement,
    followed: dict[str, set[Period]],
    meetings: dict[Period, dt.date],
    names: dict[str, str],
    as_of: dt.date,
) -> list[OverdueItem]:
    activity = loaded.model
    have = followed.get(activity.id, set())
    span = activity_span(activity, agreement, have)
    if span is None:
        return []
    items = []
    for period in required_periods(span, agreement.follow_up.cadence, until=as_of):
        due = due_date(period, meetings)
        if period in have or due >= as_of:
            continue
        days = (as_of - due).days
        shown = display_path(root / "followups" / str(period) / f"{activity.id}.yaml")
        params: dict[str, object] = {
            "activity": activity.id,
            "period": Localized(f"{period.label('sv')} ({period})", f"{period.label('en')} ({period})"),
            "code": str(period),
            "due": Localized(long_date(due, "sv"), long_date(due, "en")),
            "late": _late_words(days),
        }
        finding = Diagnostic(
            shown, None, None, "followup-overdue", Severity.WARNING, MESSAGES["followup-overdue"], params
        )
        owner = activity_owner(activity, names)
        items.append(OverdueItem("followup", activity.id, period, due, days, owner, None, finding))
    return items


def latest_action_points(repository: Repository) -> dict[str, tuple[Loaded[Meeting], int, ActionPoint]]:
    """Action point id → its most recent appearance (meeting, index, point). A point carried over keeps its id."""
    latest: dict[str, tuple[Loaded[Meeting], int, ActionPoint]] = {}
    for loaded in sorted(repository.meetings, key=lambda m: (m.model.date, m.shown_as)):
        for index, point in enumerate(loaded.model.action_points):
            latest[point.id] = (loaded, index, point)
    return latest


def open_on(point: ActionPoint, day: dt.date) -> bool:
    """Whether the point was still open on `day`: not closed, or closed (klar) only later than that day."""
    if point.status not in CLOSED:
        return True
    return point.status is ActionStatus.KLAR and point.done_on is not None and point.done_on >= day


def _late_action_points(
    repository: Repository, names: dict[str, str], as_of: dt.date, cadence: Cadence
) -> list[OverdueItem]:
    items = []
    for point_id, (loaded, index, point) in latest_action_points(repository).items():
        if point.deadline >= as_of or not open_on(point, as_of):
            continue
        meeting = loaded.model
        try:
            period: Period | None = Period.parse(meeting.period, expect=cadence)
        except PeriodError:
            period = None
        days = (as_of - point.deadline).days
        line, column = loaded.document.position(("action_points", index))
        params: dict[str, object] = {
            "point": point_id,
            "due": Localized(long_date(point.deadline, "sv"), long_date(point.deadline, "en")),
            "late": _late_words(days),
        }
        finding = Diagnostic(
            loaded.shown_as, line, column, "action-point-overdue", Severity.WARNING, MESSAGES["action-point-overdue"],
            params,
        )  # fmt: skip
        owner = action_point_owner(point, names)
        items.append(OverdueItem("action-point", None, period, point.deadline, days, owner, point_id, finding))
    return items


def count_kinds(items: Sequence[OverdueItem]) -> tuple[int, int]:
    followups = sum(item.kind == "followup" for item in items)
    return followups, len(items) - followups
