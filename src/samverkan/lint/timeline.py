"""Dates that agree with each other: activities inside the agreement, follow-ups and meetings in their periods,
nothing recorded as done after the day that counts as today (`--as-of`)."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.catalog import Msg, msg
from samverkan.diagnostics import Severity
from samverkan.models import MeetingStatus
from samverkan.periods import Period, PeriodError

from .context import Context
from .registry import Hit, hit, rule

START_DATE = Msg("lint.start-date")
END_DATE = Msg("lint.end-date")


@rule(code="activity-outside-agreement", severity=Severity.WARNING, theme="dates")
def activity_outside_agreement(context: Context) -> Iterator[Hit]:
    """An activity that starts before the agreement or ends after it."""
    if context.agreement is None:
        return
    validity = context.agreement.model.validity
    for loaded in context.repository.activities:
        activity = loaded.model
        if activity.start is not None and activity.start < validity.start:
            yield hit(loaded, ("start",), which=START_DATE)
        if activity.start is not None and validity.end is not None and activity.start > validity.end:
            yield hit(loaded, ("start",), which=START_DATE)
        if activity.end is not None and validity.end is not None and activity.end > validity.end:
            yield hit(loaded, ("end",), which=END_DATE)


@rule(code="dates-out-of-order", severity=Severity.ERROR, theme="dates")
def dates_out_of_order(context: Context) -> Iterator[Hit]:
    """An end before its start, where the schema alone cannot see it because the start lives in another file."""
    for loaded in context.repository.activities:
        start, _ = context.activity_span(loaded.model)
        if (
            loaded.model.start is None
            and loaded.model.end is not None
            and start is not None
            and loaded.model.end < start
        ):
            yield hit(
                loaded,
                ("end",),
                what=msg("dates-out-of-order.activity-end", day=loaded.model.end),
                before=msg("dates-out-of-order.agreement-start", day=start),
            )
    for meeting in context.repository.meetings:
        following = meeting.model.next_meeting
        if following is not None and following.date <= meeting.model.date:
            yield hit(
                meeting,
                ("next_meeting", "date"),
                what=msg("dates-out-of-order.next-meeting", day=following.date),
                before=msg("dates-out-of-order.this-meeting", day=meeting.model.date),
            )


@rule(code="followup-outside-activity", severity=Severity.ERROR, theme="dates")
def followup_outside_activity(context: Context) -> Iterator[Hit]:
    """A follow-up for a period in which its activity did not run."""
    for followup in context.repository.followups:
        activity = context.activities.get(followup.model.activity)
        if activity is None:
            continue
        try:
            period = Period.parse(followup.model.period)
        except PeriodError:  # pragma: no cover - the schema's pattern already allows only periods
            continue
        start, end = context.activity_span(activity.model)
        if (end is not None and period.start > end) or (start is not None and period.end < start):
            yield hit(followup, ("period",))


@rule(code="meeting-date-out-of-period", severity=Severity.WARNING, theme="dates")
def meeting_date_out_of_period(context: Context) -> Iterator[Hit]:
    """A meeting dated far from the period it follows up."""
    for meeting in context.repository.meetings:
        try:
            period = Period.parse(meeting.model.period)
        except PeriodError:  # pragma: no cover - the schema's pattern already allows only periods
            continue
        if meeting.model.date < period.start:
            yield hit(meeting, ("date",), when=msg("meeting-date-out-of-period.before", period=period))
        elif meeting.model.date > period.next().end:
            yield hit(
                meeting,
                ("date",),
                when=msg("meeting-date-out-of-period.after", period=period, next=period.next()),
            )


@rule(code="done-in-future", severity=Severity.ERROR, theme="dates")
def done_in_future(context: Context) -> Iterator[Hit]:
    """Something recorded as done on a day that has not come yet."""
    today = context.today
    for followup in context.repository.followups:
        if followup.model.done_on is not None and followup.model.done_on > context.today:
            yield hit(followup, ("done_on",), what=Msg("done-in-future.followup"), today=today)
    for meeting in context.repository.meetings:
        if meeting.model.status is MeetingStatus.GENOMFORT and meeting.model.date > context.today:
            yield hit(meeting, ("status",), what=Msg("done-in-future.meeting"), today=today)
        for index, point in enumerate(meeting.model.action_points):
            if point.done_on is not None and point.done_on > context.today:
                yield hit(
                    meeting,
                    ("action_points", index, "done_on"),
                    what=Msg("done-in-future.action-point"),
                    today=today,
                )
