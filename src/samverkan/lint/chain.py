"""Brå's chain: problem (focus area) → goal → activity → follow-up. Every link is there, and goals can be measured."""

from __future__ import annotations

import re
from collections.abc import Iterator

from samverkan.diagnostics import Severity

from .context import Context, GoalAt
from .registry import Hit, hit, rule


@rule(code="focus-area-unserved", severity=Severity.WARNING, theme="chain")
def focus_area_unserved(context: Context) -> Iterator[Hit]:
    """A chosen focus area that nothing in the action plan works on."""
    agreement = context.agreement
    if agreement is None:
        return
    served = {area for at in context.goals for area in at.goal.focus_areas}
    served |= {area for loaded in context.repository.activities for area in loaded.model.focus_areas}
    for index, area in enumerate(agreement.model.focus_areas):
        if area.id not in served:
            yield hit(agreement, ("focus_areas", index, "name"))


@rule(code="activity-unanchored", severity=Severity.WARNING, theme="chain")
def activity_unanchored(context: Context) -> Iterator[Hit]:
    """An activity that serves no goal and no focus area."""
    for loaded in context.repository.activities:
        if not loaded.model.goals and not loaded.model.focus_areas:
            yield hit(loaded, ("name",))


@rule(code="goal-unmeasurable", severity=Severity.WARNING, theme="chain")
def goal_unmeasurable(context: Context) -> Iterator[Hit]:
    """A goal with no way to measure it."""
    agreement = context.agreement
    if agreement is None:
        return
    for at in context.goals:
        if not _measured(at):
            yield hit(agreement, (*at.path, "name"))


def _measured(at: GoalAt) -> bool:
    stack = [at.goal]
    while stack:
        goal = stack.pop()
        if goal.indicators:
            return True
        stack.extend(goal.subgoals)
    return False


#: Verbs that promise an effort rather than a result; Brå's guidance names "verka för" and "värna om".
VAGUE_VERBS = ("verka för", "värna om", "arbeta för", "sträva efter", "bidra till")
_VAGUE = re.compile(r"(?<!\w)(" + "|".join(v.replace(" ", r"\s+") for v in VAGUE_VERBS) + r")(?!\w)", re.IGNORECASE)


@rule(code="goal-vague-verb", severity=Severity.WARNING, theme="chain")
def goal_vague_verb(context: Context) -> Iterator[Hit]:
    """A goal phrased with a verb that promises effort, not a result."""
    agreement = context.agreement
    if agreement is None:
        return
    for at in context.goals:
        match = _VAGUE.search(at.goal.name)
        if match:
            yield hit(agreement, (*at.path, "name"))
