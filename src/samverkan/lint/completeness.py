"""Follow-ups that answer the document's own follow-up questions: one, three or however many it asks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from samverkan.catalog import Msg
from samverkan.diagnostics import Severity
from samverkan.loader import Path_
from samverkan.schedule import answered, days_late, followup_due_dates, is_blank

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
        if is_blank(followup.model, questions):
            continue  # not started yet: followup-empty says so, once, and knows whether it is late
        for number, (_text, key) in enumerate(questions, start=1):
            if not answered(followup.model, key):
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
    agreement = context.agreement
    questions = agreement.model.questions if agreement is not None else []
    due_dates = followup_due_dates(context.repository)
    for followup in context.repository.followups:
        if not is_blank(followup.model, questions):
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
