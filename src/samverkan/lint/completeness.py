"""Follow-ups that answer the document's own follow-up questions: one, three or however many it asks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from samverkan.catalog import Msg
from samverkan.diagnostics import Severity
from samverkan.loader import Path_
from samverkan.models import Qualifier, ResultState
from samverkan.periods import Period, PeriodError, is_window_id
from samverkan.schedule import days_late, followup_due_dates

from .context import Context
from .registry import Hit, hit, rule

#: What each answer key is about, for the message (the question's own text is a value from the files and is never
#: repeated); `answers.<key>`, a question of the document's own, is `answers`.
MEANINGS = ("done", "cooperated", "effects", "planned", "production", "rating", "indicator_values", "answers")


def answer_path(key: str) -> Path_:
    """Where a follow-up answers the question answered by `key`: `done`, or `answers.<key>` → ("answers", key)."""
    field, _, own = key.partition(".")
    return (field, own) if own else (field,)


@rule(code="followup-incomplete", severity=Severity.ERROR, theme="followups")
def followup_incomplete(context: Context) -> Iterator[Hit]:
    """A follow-up that leaves one of the document's own questions unanswered."""
    agreement = context.agreement
    questions = agreement.model.questions if agreement is not None else []
    for followup in context.repository.followups:
        # None: not started yet, which followup-empty says, once, knowing whether it is late.
        for number in context.unanswered[followup.shown_as] or ():
            key = questions[number - 1][1]
            field = key.partition(".")[0]
            yield hit(
                followup,
                answer_path(key),
                prefer_key=True,
                number=number,
                field=f"`{key}`",
                meaning=Msg(f"followup-incomplete.meaning.{field}"),
            )


@rule(code="followup-empty", severity=Severity.WARNING, theme="followups")
def followup_empty(context: Context) -> Iterator[Hit]:
    """A follow-up that answers nothing yet: a warning until it is due (its meeting), an error after.

    A coordinator merges the scaffolded files in one pull request and each owner fills in their own; CI stays green
    until the meeting, and turns red for a file still blank after it."""
    due_dates = followup_due_dates(context.repository)
    for followup in context.repository.followups:
        if context.unanswered[followup.shown_as] is not None:
            continue
        due = due_dates.get(followup.model.period)
        late = days_late(due, context.today) if due is not None else None
        if due is None:
            when = Msg("followup-empty.when-unknown")
        elif late is None:
            when = Msg("followup-empty.before", {"due": due})
        else:
            when = Msg("followup-empty.after", {"due": due, "days": late})
        found = hit(followup, ("done",), prefer_key=True, when=when)
        yield found if late is None else replace(found, severity=Severity.ERROR)


#: Targets whose number is a floor: "minst 10" or just "10". A ceiling ("högst") or an approximate number ("cirka",
#: "drygt", "knappt") is not a line that one result below it has failed.
_FLOORS = frozenset({Qualifier.MINST, Qualifier.EXAKT, None})


@rule(code="result-below-target", severity=Severity.WARNING, theme="followups")
def result_below_target(context: Context) -> Iterator[Hit]:
    """A result reported as done against a production target, with a count below the target's."""
    for followup in context.repository.followups:
        if not any(result.target for result in followup.model.production):
            continue  # nothing reported against a target: most files
        activity = context.activities.get(followup.model.activity)
        if activity is None or is_window_id(followup.model.period):
            continue
        try:
            cadence = Period.parse(followup.model.period).cadence
        except PeriodError:  # pragma: no cover - the schema's pattern already allows only periods
            continue
        targets = {target.id: target for target in activity.model.production_targets if target.id}
        for index, result in enumerate(followup.model.production):
            target = targets.get(result.target) if result.target else None
            if (
                target is None
                or target.count is None
                or result.count is None
                or result.state is not ResultState.GENOMFORT
                or target.qualifier not in _FLOORS
                or target.per is not cadence  # a year's target is not missed by one quarter's count
            ):
                continue
            if result.count < target.count:
                yield hit(followup, ("production", index, "count"))


@rule(code="followup-plan-as-done", severity=Severity.WARNING, theme="followups")
def followup_plan_as_done(context: Context) -> Iterator[Hit]:
    """A follow-up whose answer to "what was done?" is the plan itself, word for word."""
    for followup in context.repository.followups:
        planned, done = followup.model.planned, followup.model.done
        if planned is None or done is None or not planned.strip():
            continue
        if _words(planned) == _words(done):
            yield hit(followup, ("done",))


def _words(text: str) -> list[str]:
    """The text's words, regardless of case, line breaks and spacing: a copy keeps them, a real answer does not."""
    return text.casefold().split()
