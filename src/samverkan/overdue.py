"""What is overdue on a given day: follow-ups that should have been handed in, and action points past their due date.

Which follow-ups are owed and when each is due is the schedule's business (samverkan.schedule, shared with `report`
and `new followup`); this module only picks what is late:

- a follow-up owed for a period, not handed in, and due *before* `as_of`: on the day itself there is still time
  (the meeting is that afternoon);
- an action point whose due date (`deadline`) lies before `as_of` and that was still open on `as_of` (see
  `schedule.open_on`), in its most recent meeting file.
- **Ended agreement.** After the validity ends nothing new becomes due; `agreement_ended` says so.
- **No rhythm.** A document without a follow-up cadence, or with `löpande`, owes no periods (the schedule's
  `owing_cadence`), and a folder with only a council (`bra.yaml`) has no activities; one notice says so, and only
  action points are checked.

Each item is a `Diagnostic` (a warning) whose `extra` holds the facts a program wants: `kind`, `activity`, `quarter`
(the period), `due`, `days_late`, `owner` and `action_point`. The core never prints: it returns `OverdueReport`,
and the CLI hands its findings and `summary()` to a reporter.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass, field

from samverkan.catalog import Msg, msg
from samverkan.diagnostics import Diagnostic, Severity, display_path, has_errors
from samverkan.kinds import Noun, document_noun
from samverkan.periods import Period, PeriodError
from samverkan.repository import Repository
from samverkan.schedule import (
    action_point_owner,
    activity_owner,
    days_late,
    latest_action_points,
    nothing_owed,
    open_on,
    owed_followups,
    owing_cadence,
    party_names,
)

#: The `extra` key the text output groups overdue items by (heading key `group.quarter` in the catalog).
GROUP_BY = "quarter"


@dataclass(slots=True)
class OverdueReport:
    as_of: dt.date
    #: One warning per overdue follow-up or action point, in period order (see the module's docstring).
    items: list[Diagnostic] = field(default_factory=list)
    #: The agreement's last day, when that lies before `as_of`.
    agreement_ended: dt.date | None = None
    #: Why no follow-up can be owed (no cadence, `löpande`, or no agreement), when that is so.
    nothing_owed: Msg | None = None
    #: The document's noun for the notices ("Överenskommelsen", "Medborgarlöftet").
    document: Noun | None = None
    #: Validation findings; when any is an error, nothing was computed.
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def invalid(self) -> bool:
        return has_errors(self.diagnostics)

    def closing(self) -> Msg:
        """`Försenat per 1 juli 2020: 2 uppföljningar och 1 åtgärdspunkt.` or `Inget är försenat per …`."""
        if not self.items:
            return msg("overdue.nothing", as_of=self.as_of)
        followups = sum(item.extra["kind"] == "followup" for item in self.items)
        return msg("overdue.found", as_of=self.as_of, followups=followups, points=len(self.items) - followups)

    def notices(self) -> tuple[Msg, ...]:
        found = []
        if self.nothing_owed is not None:
            found.append(self.nothing_owed)
        if self.agreement_ended is not None:
            found.append(msg("agreement-ended", date=self.agreement_ended, document=self.document))
        return tuple(found)


def find_overdue(repository: Repository, as_of: dt.date) -> OverdueReport:
    report = OverdueReport(as_of=as_of, diagnostics=list(repository.diagnostics))
    if report.invalid or repository.document is None:
        return report
    agreement = repository.agreement.model if repository.agreement is not None else None
    report.document = document_noun(agreement)
    end = agreement.last_day if agreement is not None else None
    if end is not None and end < as_of:
        report.agreement_ended = end
    report.nothing_owed = nothing_owed(agreement)
    names = party_names(agreement or (repository.council.model if repository.council else None))
    items = _missing_followups(repository, names, as_of) + _late_action_points(repository, names, as_of)
    report.items = sorted(items, key=_order)
    return report


def _order(item: Diagnostic) -> tuple[tuple[int, Period | None], dt.date, str, str, str]:
    """By period (items without one last), then due date, kind, activity and file."""
    period = item.extra["quarter"]
    assert isinstance(period, Period | None)
    due = item.extra["due"]
    assert isinstance(due, dt.date)
    activity = item.extra["activity"] or ""
    return ((0, period) if period else (1, None)), due, str(item.extra["kind"]), str(activity), item.file


def _missing_followups(repository: Repository, names: dict[str, str], as_of: dt.date) -> list[Diagnostic]:
    items = []
    for owed in owed_followups(repository, through=as_of):
        days = days_late(owed.due, as_of)
        if owed.handed_in or days is None:
            continue
        activity, period = owed.activity, owed.period
        shown = display_path(repository.root / "followups" / str(period) / f"{activity.id}.yaml")
        state = Msg("followup-overdue.blank" if owed.followup is not None else "followup-overdue.missing")
        params = {"activity": activity.id, "period": period, "state": state, "due": owed.due, "days": days}
        extra = _facts("followup", activity.id, period, owed.due, days, activity_owner(activity, names), None)
        items.append(Diagnostic(shown, None, None, "followup-overdue", Severity.WARNING, params, extra))
    return items


def _late_action_points(repository: Repository, names: dict[str, str], as_of: dt.date) -> list[Diagnostic]:
    cadence = owing_cadence(repository.agreement.model if repository.agreement else None)
    items = []
    for point_id, (loaded, index, point) in latest_action_points(repository).items():
        days = days_late(point.deadline, as_of)
        if days is None or not open_on(point, as_of):
            continue
        period: Period | None = None
        if cadence is not None:
            with contextlib.suppress(PeriodError):
                period = Period.parse(loaded.model.period, expect=cadence)
        line, column = loaded.document.position(("action_points", index))
        params = {"point": point_id, "due": point.deadline, "days": days}
        extra = _facts("action-point", None, period, point.deadline, days, action_point_owner(point, names), point_id)
        items.append(Diagnostic(loaded.shown_as, line, column, "action-point-overdue", Severity.WARNING, params, extra))
    return items


def _facts(
    kind: str,
    activity: str | None,
    period: Period | None,
    due: dt.date,
    late: int,
    owner: str,
    action_point: str | None,
) -> dict[str, object]:
    """The `extra` of an overdue item: the JSON keys `overdue --format json` has always had."""
    return {
        "kind": kind,
        "activity": activity,
        GROUP_BY: period,
        "due": due,
        "days_late": late,
        "owner": owner,
        "action_point": action_point,
    }
