"""Dates that agree with each other: activities inside the agreement, follow-ups and meetings in their periods,
nothing recorded as done after the day that counts as today (`--as-of`)."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.catalog import Msg, msg
from samverkan.diagnostics import Severity
from samverkan.models import Meeting, MeetingStatus
from samverkan.periods import Cadence, Period, PeriodError, is_window_id
from samverkan.repository import Loaded

from .context import Context
from .registry import Hit, hit, rule

START_DATE = Msg("lint.start-date")
END_DATE = Msg("lint.end-date")


@rule(code="activity-outside-agreement", severity=Severity.WARNING, theme="dates")
def activity_outside_agreement(context: Context) -> Iterator[Hit]:
    """An activity that starts before the agreement or ends after it."""
    if context.agreement is None:
        return
    first, last = context.agreement.model.first_day, context.agreement.model.last_day
    for loaded in context.repository.activities:
        activity = loaded.model
        start, end = activity.first_day, activity.last_day
        document = context.noun("genitive")
        if start is not None and first is not None and start < first:
            yield hit(loaded, ("start",), which=START_DATE, document=document)
        if start is not None and last is not None and start > last:
            yield hit(loaded, ("start",), which=START_DATE, document=document)
        if end is not None and last is not None and end > last:
            yield hit(loaded, ("end",), which=END_DATE, document=document)


@rule(code="dates-out-of-order", severity=Severity.ERROR, theme="dates")
def dates_out_of_order(context: Context) -> Iterator[Hit]:
    """An end before its start, where the schema alone cannot see it because the start lives in another file."""
    for loaded in context.repository.activities:
        start, _ = context.activity_span(loaded.model)
        end = loaded.model.last_day
        if loaded.model.start is None and end is not None and start is not None and end < start:
            yield hit(
                loaded,
                ("end",),
                what=msg("dates-out-of-order.activity-end", day=end),
                before=msg("dates-out-of-order.agreement-start", day=start, document=context.noun("genitive")),
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
        span = context.period_span(followup.model.period)
        if span is None:
            continue  # a window the document does not define: `unknown-reference` says so
        start, end = context.activity_span(activity.model)
        if (end is not None and span[0] > end) or (start is not None and span[1] < start):
            yield hit(followup, ("period",))


@rule(code="meeting-date-out-of-period", severity=Severity.WARNING, theme="dates")
def meeting_date_out_of_period(context: Context) -> Iterator[Hit]:
    """A meeting dated far from the period it follows up."""
    for meeting in context.repository.meetings:
        if is_window_id(meeting.model.period):
            yield from _meeting_in_window(context, meeting)
            continue
        try:
            period = Period.parse(meeting.model.period)
        except PeriodError:  # pragma: no cover - the schema's pattern already allows only periods
            continue
        if period.cadence is Cadence.LOPANDE:
            continue  # a meeting named by its day: `file-name-mismatch` checks that `date` is that day
        if meeting.model.date < period.start:
            yield hit(meeting, ("date",), when=msg("meeting-date-out-of-period.before", period=period))
        elif meeting.model.date > period.next().end:
            yield hit(
                meeting,
                ("date",),
                when=msg("meeting-date-out-of-period.after", period=period, next=period.next()),
            )


def _meeting_in_window(context: Context, meeting: Loaded[Meeting]) -> Iterator[Hit]:
    """A meeting that follows up one of the document's own windows: held from the window's start to the end of the
    window after it (or of this one, when it is the last)."""
    windows = sorted(context.windows.values(), key=lambda window: window.start)
    index = next((i for i, window in enumerate(windows) if window.id == meeting.model.period), None)
    if index is None:
        return
    window, following = windows[index], windows[min(index + 1, len(windows) - 1)]
    if meeting.model.date < window.start:
        yield hit(meeting, ("date",), when=msg("meeting-date-out-of-period.before-window", start=window.start))
    elif meeting.model.date > following.end:
        yield hit(meeting, ("date",), when=msg("meeting-date-out-of-period.after-window", end=following.end))


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
