"""Brå's chain: problem (focus area, or a problem in the lägesbild) → goal → activity → follow-up. Every link is there,
and goals can be measured."""

from __future__ import annotations

import re
from collections.abc import Iterator

from samverkan.diagnostics import Severity
from samverkan.loader import Path_
from samverkan.models import DocumentKind, FocusKind

from .context import Context, GoalAt
from .registry import Hit, hit, rule
from .responsibility import KOMMUN_KINDS


@rule(code="focus-area-unserved", severity=Severity.WARNING, theme="chain")
def focus_area_unserved(context: Context) -> Iterator[Hit]:
    """A chosen focus area that nothing in the action plan works on."""
    agreement = context.agreement
    if agreement is None:
        return
    model = agreement.model
    kommuner = {party.id for party in model.parties if party.kind in KOMMUN_KINDS}
    part_kommun = {part.id: part.party for part in model.local_parts}
    #: The problems each focus area answers to (from either side of the link).
    area_problems = {area.id: set(area.problems) for area in model.focus_areas}
    for problem, _path in context.problems:
        for area_id in problem.focus_areas:
            area_problems.setdefault(area_id, set()).add(problem.id)
    #: Each thing that works on something: the focus areas and problems it serves, and the kommuner it is for.
    workers: list[tuple[set[str], set[str], set[str]]] = []
    for at in context.goals:
        local = at.path[0] == "local_parts"
        where = {model.local_parts[int(at.path[1])].party} if local else set(at.goal.applies_to) or kommuner
        workers.append((set(at.goal.focus_areas), set(at.goal.problems), where))
    for loaded in context.repository.activities:
        activity = loaded.model
        part = part_kommun.get(activity.part) if activity.part else None
        where = {part} if part else set(activity.applies_to) or kommuner
        workers.append((set(activity.focus_areas), set(activity.problems), where))
    for index, area in enumerate(model.focus_areas):
        if area.kind is FocusKind.BROTTSBEKAMPANDE:
            continue  # law enforcement is the Police's own work, outside the joint plan
        if area.no_measures_reason:
            continue  # the document says why it has no measures: reporting it again would count it twice
        wanted = set(area.applies_to) or kommuner
        problems = area_problems.get(area.id, set())
        if not any(
            (area.id in areas or problems & served) and (where & wanted or not wanted)
            for areas, served, where in workers
        ):
            yield hit(agreement, ("focus_areas", index, "name"))


@rule(code="activity-unanchored", severity=Severity.WARNING, theme="chain")
def activity_unanchored(context: Context) -> Iterator[Hit]:
    """An activity that serves no goal, focus area, problem or cause."""
    for loaded in context.repository.activities:
        activity = loaded.model
        if not (activity.goals or activity.focus_areas or activity.problems or activity.causes):
            yield hit(loaded, ("name",) if activity.name is not None else ("text",))


@rule(code="plan-without-activity", severity=Severity.WARNING, theme="chain")
def plan_without_activity(context: Context) -> Iterator[Hit]:
    """A document that should say what will be done, with no activity, promise or measure at all."""
    agreement = context.agreement
    if agreement is None or agreement.model.kind is DocumentKind.LAGESBILD:
        return  # a lägesbild describes the problems; the measures come in the plan that follows it
    if context.activity_file_ids:
        return  # a file that fails its schema is still an activity: the schema finding says what is wrong with it
    yield hit(agreement, ("action_plan",) if agreement.model.action_plan is not None else ("kind",))


@rule(code="goal-unserved", severity=Severity.WARNING, theme="chain")
def goal_unserved(context: Context) -> Iterator[Hit]:
    """A goal that no activity works towards: nothing in the plan is done to reach it."""
    agreement = context.agreement
    if agreement is None or not context.repository.activities:
        return  # with no activity at all, plan-without-activity says it once instead of once per goal
    served = {goal for loaded in context.repository.activities for goal in loaded.model.goals}
    if served - context.goal_ids:
        return  # a mistyped goal id (unknown-reference) would be reported a second time here, on the goal it meant
    #: A goal counts as served through its sub-goals and through the goal it is part of.
    served_paths = [at.path for at in context.goals if at.goal.id in served]
    for at in context.goals:
        if not any(_related(at.path, path) for path in served_paths):
            yield hit(agreement, (*at.path, "name"))


def _related(one: Path_, other: Path_) -> bool:
    """One goal is the other, a sub-goal of it, or the goal it is a sub-goal of."""
    shorter = min(len(one), len(other))
    return one[:shorter] == other[:shorter]


@rule(code="goal-unmeasurable", severity=Severity.WARNING, theme="chain")
def goal_unmeasurable(context: Context) -> Iterator[Hit]:
    """A goal with no way to measure it."""
    agreement = context.agreement
    if agreement is None:
        return
    measured_areas = {area.id for area in agreement.model.focus_areas if area.indicators}
    for at in context.goals:
        if not _measured(at, measured_areas):
            yield hit(agreement, (*at.path, "name"))


def _measured(at: GoalAt, measured_areas: set[str]) -> bool:
    """A goal is measured by an indicator of its own or of a sub-goal, or when every focus area it serves has one."""
    if at.goal.focus_areas and set(at.goal.focus_areas) <= measured_areas:
        return True
    stack = [at.goal]
    while stack:
        goal = stack.pop()
        if goal.indicators:
            return True
        stack.extend(goal.subgoals)
    return False


#: Verbs that promise an effort rather than a result; Brå's guidance names "arbeta för att", "verka för", "motverka"
#: and "värna om". Whole words only: "motverkan" or "verkar förebyggande" are not the phrase.
VAGUE_VERBS = ("verka för", "värna om", "arbeta för", "motverka", "sträva efter", "bidra till")
_VAGUE = re.compile(r"(?<!\w)(" + "|".join(v.replace(" ", r"\s+") for v in VAGUE_VERBS) + r")(?!\w)", re.IGNORECASE)


def _vague(text: str | None) -> bool:
    return text is not None and _VAGUE.search(text) is not None


@rule(code="goal-vague-verb", severity=Severity.WARNING, theme="chain")
def goal_vague_verb(context: Context) -> Iterator[Hit]:
    """A goal phrased with a verb that promises effort, not a result."""
    agreement = context.agreement
    if agreement is None:
        return
    for at in context.goals:
        if _vague(at.goal.name):
            yield hit(agreement, (*at.path, "name"))


@rule(code="activity-vague-verb", severity=Severity.WARNING, theme="chain")
def activity_vague_verb(context: Context) -> Iterator[Hit]:
    """An activity, promise or measure whose wording promises effort, not something one can see was done."""
    for loaded in context.repository.activities:
        activity = loaded.model
        for field in ("name", "text"):
            if _vague(getattr(activity, field)):
                yield hit(loaded, (field,))
                break  # one finding per activity: the name usually repeats the text
