"""Follow-ups that answer the document's own follow-up questions: one, three or however many it asks."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from samverkan.catalog import Msg
from samverkan.diagnostics import Severity
from samverkan.loader import Path_
from samverkan.models import FollowUp

from .context import Context
from .registry import Hit, hit, rule

#: What each answer key is about, for the message (the question's own text is a value from the files and is never
#: repeated); `answers.<key>`, a question of the document's own, is `answers`.
MEANINGS = ("done", "cooperated", "effects", "planned", "production", "rating", "indicator_values", "answers")


def answer_path(key: str) -> Path_:
    """Where a follow-up answers the question answered by `key`: `done`, or `answers.<key>` → ("answers", key)."""
    field, _, own = key.partition(".")
    return (field, own) if own else (field,)


def answered(followup: FollowUp, key: str) -> bool:
    """Whether the follow-up gives a non-empty answer in the field `key` (`answers.<key>` for the document's own)."""
    field, _, own = key.partition(".")
    value: Any = (followup.answers.get(own) if own else None) if field == "answers" else getattr(followup, field)
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return bool(value)
    return value is not None


@rule(code="followup-incomplete", severity=Severity.ERROR, theme="followups")
def followup_incomplete(context: Context) -> Iterator[Hit]:
    """A follow-up that leaves one of the document's own questions unanswered."""
    agreement = context.agreement
    questions = agreement.model.questions if agreement is not None else []
    for followup in context.repository.followups:
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
    """A follow-up that answers nothing, when the document asks no questions that would say what is missing."""
    agreement = context.agreement
    if agreement is None or agreement.model.questions:
        return
    fields = ("done", "cooperated", "effects", "planned", "production", "indicator_values")
    for followup in context.repository.followups:
        model = followup.model
        if not any(answered(model, key) for key in fields) and not any(
            (v or "").strip() for v in model.answers.values()
        ):
            yield hit(followup, ("done",), prefer_key=True, document=context.noun())
