"""Follow-ups that answer the agreement's three questions: what was done, who cooperated, what effects it had."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.catalog import Msg
from samverkan.diagnostics import Severity

from .context import Context
from .registry import Hit, hit, rule

#: The follow-up's fields that answer the agreement's three questions, with the question each answers.
QUESTIONS = {
    "done": Msg("followup-incomplete.question.done"),
    "cooperated": Msg("followup-incomplete.question.cooperated"),
    "effects": Msg("followup-incomplete.question.effects"),
}


@rule(code="followup-incomplete", severity=Severity.ERROR, theme="followups")
def followup_incomplete(context: Context) -> Iterator[Hit]:
    """A follow-up that leaves one of the agreement's three questions unanswered."""
    for followup in context.repository.followups:
        for key, question in QUESTIONS.items():
            value = getattr(followup.model, key)
            if value is None or not value.strip():
                yield hit(followup, (key,), prefer_key=True, question=question, field=f"`{key}`")
