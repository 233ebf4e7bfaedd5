"""The follow-up schedule: which periods each activity owes a follow-up for, when each is due, and what is handed in.

One function, `owed_followups`, answers it for `overdue` (what is late), `report` (which activities a period's
minutes go through) and `new followup` (which files a period needs), so the three can never disagree.
The rules, in the agreement's own terms:

- **Which periods.** Every activity is followed up once per period of the agreement's cadence
  (`follow_up.cadence`; quarters for Strängnäs) while it is active. A document without a cadence, or with
  `löpande` (as needed), owes no periods at all (`owing_cadence` is None): nothing can be late against a rhythm the
  document does not set. Its active span is its own `start`/`end`, else the agreement's validity, and never beyond
  the agreement's validity (dates given as a year or a month span all of it); a span whose start is unknown owes
  nothing. A period the span enters part-way (an
  agreement signed 20 December) is folded into the next one, so its first follow-up covers the first whole period;
  a period the span leaves part-way (an agreement ending 1 June) still needs its follow-up. A span that lies
  inside a single period needs that period's follow-up.
- **Status.** `pågående` and `pausad` need follow-ups (a paused activity reports that it is paused). `planerad` needs
  none: it has not started. `avslutad` needs them up to its `end`; without an end date, up to the last period it
  has a follow-up for (it ended after that one), and none at all if it never had one.
- **When due.** At that period's BRÅ meeting (`meetings/<period>.yaml` with any status but `inställt`), else on the
  period's last day.
- **Handed in.** A follow-up file counts only when it answers something: a file `new followup` scaffolded and nobody
  filled in (`is_blank`) is as missing as no file, for `overdue` and `report` alike.

Action points are part of the schedule too: one is open until it is `klar` or `struken`; one marked `klar` with a
`done_on` after a day was still open on that day, so history can be replayed (`open_on`). Who owes a follow-up or
an action point is shown by organisation and role (`activity_owner`, `action_point_owner`), never by a person.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from samverkan.catalog import Msg, msg
from samverkan.kinds import document_noun
from samverkan.models import (
    JOINTLY,
    ActionPoint,
    ActionStatus,
    Activity,
    ActivityStatus,
    Agreement,
    Council,
    FollowUp,
    Meeting,
    MeetingStatus,
    Timing,
)
from samverkan.periods import LAST_YEAR, Cadence, Period, PeriodError
from samverkan.repository import Loaded, Repository

#: The last day a period can be owed for: the calendar must hold the period after it (see samverkan.periods).
_LAST_DAY = dt.date(LAST_YEAR, 12, 31)
#: Statuses of an action point that close it.
CLOSED = frozenset({ActionStatus.KLAR, ActionStatus.STRUKEN})


#: What a follow-up may answer when the document states no questions of its own.
_ANY_ANSWER = ("done", "cooperated", "effects", "planned", "production", "indicator_values")


def answered(followup: FollowUp, key: str) -> bool:
    """Whether the follow-up gives a non-empty answer in the field `key` (`answers.<key>` for the document's own)."""
    if "." in key:
        field, _, own = key.partition(".")
        value: Any = followup.answers.get(own) if field == "answers" else getattr(followup, field)
    else:
        value = None if key == "answers" else getattr(followup, key)
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return bool(value)
    return value is not None


def is_blank(followup: FollowUp, questions: list[tuple[str, str]]) -> bool:
    """Whether the follow-up answers none of the document's questions (any answer at all, when it states none):
    what `new followup` scaffolds, before anyone has filled it in. Who reported it does not count as an answer."""
    if questions:
        return not any(answered(followup, key) for _text, key in questions)
    return not any(answered(followup, key) for key in _ANY_ANSWER) and not any(
        (value or "").strip() for value in followup.answers.values()
    )


@dataclass(frozen=True, slots=True)
class OwedFollowup:
    """One follow-up an activity owes: for which period, due when, and the file that answers it (if there is one)."""

    activity: Activity
    period: Period
    due: dt.date
    followup: Loaded[FollowUp] | None
    #: The file is there but answers nothing yet (see `is_blank`).
    blank: bool = False

    @property
    def handed_in(self) -> bool:
        """A file that answers something; a blank scaffold is not handed in."""
        return self.followup is not None and not self.blank


def owing_cadence(agreement: Agreement | None) -> Cadence | None:
    """The cadence follow-ups are owed in, or None when nothing is owed: no agreement, no cadence, or `löpande`."""
    cadence = agreement.cadence if agreement is not None else None
    return cadence if cadence is not None and cadence.is_calendar else None


def nothing_owed(agreement: Agreement | None) -> Msg | None:
    """The plain line that says why no follow-up is owed, or None when the document sets a rhythm."""
    if agreement is None:
        return Msg("overdue.no-agreement")
    if owing_cadence(agreement) is not None:
        return None
    key = "overdue.lopande" if agreement.cadence is Cadence.LOPANDE else "overdue.no-cadence"
    return msg(key, document=document_noun(agreement))


def owed_followups(repository: Repository, through: dt.date) -> list[OwedFollowup]:
    """Every follow-up owed for a period that begins on or before `through`, by period and then by the activities'
    order in the action plan. `through` is `as_of` for what is late, or a period's last day for that period."""
    agreement = repository.agreement.model if repository.agreement is not None else None
    cadence = owing_cadence(agreement)
    if agreement is None or cadence is None:
        return []
    handed_in = followups_by_period(repository, cadence)
    meetings = meetings_by_period(repository, cadence)
    periods_handed_in: dict[str, set[Period]] = {}
    for activity_id, period in handed_in:
        periods_handed_in.setdefault(activity_id, set()).add(period)
    owed: list[OwedFollowup] = []
    for loaded in sorted(repository.activities, key=lambda a: (a.model.order or 10**6, a.model.id)):
        activity = loaded.model
        have = periods_handed_in.get(activity.id, set())
        for period in owed_periods(activity, agreement, cadence, have, through):
            due = due_date(period, meetings)
            followup = handed_in.get((activity.id, period))
            blank = followup is not None and is_blank(followup.model, agreement.questions)
            owed.append(OwedFollowup(activity, period, due, followup, blank))
    owed.sort(key=lambda o: o.period)  # stable: the activities keep their order within a period
    return owed


def owed_periods(
    activity: Activity, agreement: Agreement, cadence: Cadence, followed_up: set[Period], through: dt.date
) -> list[Period]:
    """The periods (of `cadence`) the activity owes a follow-up for, up to the one holding `through`."""
    if activity.status is ActivityStatus.PLANERAD:
        return []
    starts = [day for day in (activity.first_day, agreement.first_day) if day is not None]
    if not starts:
        return []  # when it started is not known: nothing can be owed
    start = max(starts)
    end = activity.last_day
    if end is None and activity.timing is Timing.ENGANG and activity.due is not None:
        end = activity.due.last_day()  # a one-off delivery is followed up until it is due
    if end is None and activity.status is ActivityStatus.AVSLUTAD:
        if not followed_up:
            return []
        end = max(followed_up).end
    ends = [day for day in (end, agreement.last_day) if day is not None]
    last_day = min(ends) if ends else None
    if (last_day is not None and last_day < start) or start > _LAST_DAY:
        return []
    period = Period.containing(start, cadence)
    if period.start < start and (last_day is None or last_day > period.end):
        period = period.next()  # entered part-way: folded into the next period's follow-up
    stop = min(through if last_day is None else min(last_day, through), _LAST_DAY)
    periods = []
    while period.start <= stop:
        periods.append(period)
        period = period.next()
    return periods


def due_date(period: Period, meetings: dict[Period, Loaded[Meeting]]) -> dt.date:
    """A period's follow-ups are due at its BRÅ meeting, unless that is cancelled; else on its last day."""
    meeting = meetings.get(period)
    if meeting is not None and meeting.model.status is not MeetingStatus.INSTALLT:
        return meeting.model.date
    return period.end


def days_late(due: dt.date, on: dt.date) -> int | None:
    """How late something due on `due` is on the day `on`, or None while there is still time (the due day included).

    `overdue` and the draft agenda of `report` both ask this, so a follow-up is never "expected by" in one and
    "32 days late" in the other."""
    return (on - due).days if due < on else None


def followups_by_period(repository: Repository, cadence: Cadence) -> dict[tuple[str, Period], Loaded[FollowUp]]:
    """(activity id, period) → the follow-up file there is (blank or not), for periods of the agreement's cadence."""
    found: dict[tuple[str, Period], Loaded[FollowUp]] = {}
    for loaded in repository.followups:
        period = _period_of(loaded.model.period, cadence)
        if period is not None:
            found.setdefault((loaded.model.activity, period), loaded)
    return found


def meetings_by_period(repository: Repository, cadence: Cadence) -> dict[Period, Loaded[Meeting]]:
    """Period → its BRÅ meeting (of any status), for periods of the agreement's cadence."""
    found: dict[Period, Loaded[Meeting]] = {}
    for loaded in repository.meetings:
        period = _period_of(loaded.model.period, cadence)
        if period is not None:
            found[period] = loaded
    return found


def item_places(meeting: Meeting) -> dict[int, int]:
    """How a decision names the meeting's items: by the item's own § number when the file numbers its items
    (imported minutes keep their numbers, so a decision citing § 2 still points at the right item), else by its
    place in the list (1, 2, …). Maps each such reference to the item's index in `meeting.items`."""
    numbered = any(item.number is not None for item in meeting.items)
    if not numbered:
        return {index + 1: index for index in range(len(meeting.items))}
    return {item.number: index for index, item in enumerate(meeting.items) if item.number is not None}


def previous_meeting(repository: Repository, period: Period) -> Meeting | None:
    """The meeting of the latest period before `period` that has one (of any status)."""
    meetings = meetings_by_period(repository, period.cadence)
    earlier = [other for other in meetings if other < period]
    return meetings[max(earlier)].model if earlier else None


def followup_due_dates(repository: Repository) -> dict[str, dt.date]:
    """Period code → when its follow-ups are due (its meeting, else its last day), for every period a follow-up file
    names in the document's cadence. A period missing here (no cadence, another cadence, a window) has no known due
    date, so nothing can be said about lateness."""
    cadence = owing_cadence(repository.agreement.model if repository.agreement is not None else None)
    if cadence is None:
        return {}
    meetings = meetings_by_period(repository, cadence)
    found: dict[str, dt.date] = {}
    for code in {loaded.model.period for loaded in repository.followups}:  # thousands of files, a few periods
        period = _period_of(code, cadence)
        if period is not None:
            found[code] = due_date(period, meetings)
    return found


def _period_of(code: str, cadence: Cadence) -> Period | None:
    """The period a file names, when it is of the agreement's cadence (a file of another is lint's business)."""
    try:
        return Period.parse(code, expect=cadence)
    except PeriodError:
        return None


# ------------------------------------------------------------------------------------------------- action points


def latest_action_points(repository: Repository) -> dict[str, tuple[Loaded[Meeting], int, ActionPoint]]:
    """Action point id → its most recent appearance (meeting, index, point). A point carried over keeps its id."""
    latest: dict[str, tuple[Loaded[Meeting], int, ActionPoint]] = {}
    for loaded in sorted(repository.meetings, key=lambda m: (m.model.date, m.shown_as)):
        for index, point in enumerate(loaded.model.action_points):
            latest[point.id] = (loaded, index, point)
    return latest


def deadline_history(repository: Repository, point_id: str, until: dt.date | None = None) -> list[dt.date]:
    """The earlier deadlines of an action point, oldest first: those its files say it was moved from (`moved_from`)
    and those earlier meetings gave it, up to the meeting held on `until` (every meeting when None). The current
    deadline is not among them."""
    seen: list[dt.date] = []
    current: dt.date | None = None
    for loaded in sorted(repository.meetings, key=lambda m: (m.model.date, m.shown_as)):
        if until is not None and loaded.model.date > until:
            break
        for point in loaded.model.action_points:
            if point.id == point_id:
                seen.extend(point.moved_from)
                seen.append(point.deadline)
                current = point.deadline
    earlier = sorted(set(seen) - {current}) if current is not None else []
    return earlier


def open_on(point: ActionPoint, day: dt.date) -> bool:
    """Whether the point was still open on `day`: not closed, or closed (klar) only later than that day."""
    if point.status not in CLOSED:
        return True
    return point.status is ActionStatus.KLAR and point.done_on is not None and point.done_on >= day


# --------------------------------------------------------------------------------------------------------- owners


def party_names(document: Agreement | Council | None) -> dict[str, str]:
    return {party.id: party.name for party in document.parties} if document is not None else {}


def activity_owner(activity: Activity, names: dict[str, str]) -> str:
    """`Socialtjänsten (Strängnäs kommun); Polismyndigheten`: the units, or the party where no unit is named; for a
    löfte without responsibilities, whoever gives it (`by`; `vi` is every party but those it only involves)."""
    owners = []
    for responsibility in activity.responsibilities:
        party = names.get(responsibility.party, responsibility.party)
        owners.append(f"{', '.join(responsibility.units)} ({party})" if responsibility.units else party)
    if not owners:
        for giver in activity.by:
            if giver == JOINTLY:  # the parties together, not those only taking part
                owners.extend(name for party, name in names.items() if party not in activity.involves)
            else:
                owners.append(names.get(giver, giver))
    return "; ".join(dict.fromkeys(owners))


def action_point_owner(point: ActionPoint, names: dict[str, str]) -> str:
    if point.owner_party is not None:
        party = names.get(point.owner_party, point.owner_party)
    else:
        party = point.owner_organisation or ""
    return f"{point.owner_role} ({party})" if point.owner_role else party
