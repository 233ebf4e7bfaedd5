"""What every rule may look at: the repository, the day that counts as today, the settings, and indexes built once."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from samverkan.config import LintConfig
from samverkan.kinds import Noun, document_noun
from samverkan.loader import Path_
from samverkan.models import Activity, Agreement, Cause, FollowUpWindow, Goal, Indicator, Party, Problem
from samverkan.periods import Period, PeriodError, is_window_id
from samverkan.repository import Loaded, Repository
from samverkan.schedule import answered, is_blank


@dataclass(slots=True)
class GoalAt:
    """A goal (or sub-goal) with its path inside agreement.yaml."""

    goal: Goal
    path: Path_


@dataclass(slots=True)
class IndicatorAt:
    """An indicator with its path inside agreement.yaml."""

    indicator: Indicator
    path: Path_


class Context:
    """What every rule may look at: the repository, the day that counts as today, the settings, and indexes."""

    def __init__(self, repository: Repository, today: dt.date, config: LintConfig) -> None:
        self.repository = repository
        self.today = today
        self.config = config
        #: Results that several rules share (e.g. the text of every file), computed once per run.
        self.cache: dict[str, Any] = {}

    @property
    def agreement(self) -> Loaded[Agreement] | None:
        return self.repository.agreement

    def noun(self, form: str = "short") -> Noun:
        """What the document is called, as a message parameter: "överenskommelsen", "medborgarlöftet" …"""
        return document_noun(self.agreement.model if self.agreement else None, form)

    @cached_property
    def parties(self) -> dict[str, Party]:
        """The document's parties by id: the agreement's, else the council's (`bra.yaml`)."""
        document = self.repository.document
        if document is None:
            return {}
        return {party.id: party for party in reversed(document.model.parties)}

    @cached_property
    def goals(self) -> list[GoalAt]:
        """Every goal and sub-goal, depth first, with its place in the file."""
        found: list[GoalAt] = []
        if self.agreement is None:
            return found
        model = self.agreement.model
        roots = [GoalAt(goal, ("action_plan", "goals", index)) for index, goal in enumerate(model.goals)]
        roots += [
            GoalAt(goal, ("local_parts", i, "goals", j))
            for i, part in enumerate(model.local_parts)
            for j, goal in enumerate(part.goals)
        ]
        stack = list(reversed(roots))
        while stack:
            at = stack.pop()
            found.append(at)
            stack.extend(
                GoalAt(sub, (*at.path, "subgoals", index)) for index, sub in reversed(list(enumerate(at.goal.subgoals)))
            )
        return found

    @cached_property
    def indicators(self) -> list[IndicatorAt]:
        """Every indicator: the goals' (and sub-goals'), the focus areas' and the document's own."""
        found = [
            IndicatorAt(indicator, (*at.path, "indicators", index))
            for at in self.goals
            for index, indicator in enumerate(at.goal.indicators)
        ]
        if self.agreement is not None:
            model = self.agreement.model
            found += [
                IndicatorAt(indicator, ("focus_areas", i, "indicators", j))
                for i, area in enumerate(model.focus_areas)
                for j, indicator in enumerate(area.indicators)
            ]
            found += [IndicatorAt(indicator, ("indicators", j)) for j, indicator in enumerate(model.indicators)]
        return found

    @cached_property
    def problems(self) -> list[tuple[Problem, Path_]]:
        """The lägesbild's problems, with their place in agreement.yaml."""
        report = self.agreement.model.situation_report if self.agreement else None
        return [
            (problem, ("situation_report", "problems", i))
            for i, problem in enumerate(report.problems if report else [])
        ]

    @cached_property
    def causes(self) -> list[tuple[Cause, Path_]]:
        """The causes of the lägesbild's problems, with their place in agreement.yaml."""
        return [
            (cause, (*path, "causes", j)) for problem, path in self.problems for j, cause in enumerate(problem.causes)
        ]

    @cached_property
    def problem_ids(self) -> set[str]:
        return {problem.id for problem, _ in self.problems}

    @cached_property
    def cause_ids(self) -> set[str]:
        return {cause.id for cause, _ in self.causes}

    @cached_property
    def local_part_ids(self) -> set[str]:
        return {part.id for part in self.agreement.model.local_parts} if self.agreement else set()

    @cached_property
    def goal_ids(self) -> set[str]:
        return {at.goal.id for at in self.goals}

    @cached_property
    def focus_area_ids(self) -> set[str]:
        return {area.id for area in self.agreement.model.focus_areas} if self.agreement else set()

    @cached_property
    def source_ids(self) -> set[str]:
        return {source.id for source in self.agreement.model.sources} if self.agreement else set()

    @cached_property
    def indicator_ids(self) -> set[str]:
        return {at.indicator.id for at in self.indicators}

    @cached_property
    def activities(self) -> dict[str, Loaded[Activity]]:
        return {loaded.model.id: loaded for loaded in reversed(self.repository.activities)}

    @cached_property
    def activity_file_ids(self) -> set[str]:
        """Ids of activities, counting files that failed their schema by their file name: they exist, only broken."""
        folder = self.repository.root / "activities"
        stems = {path.stem for path in folder.glob("*.y*ml")} if folder.is_dir() else set()
        return stems | set(self.activities)

    @cached_property
    def windows(self) -> dict[str, FollowUpWindow]:
        """The follow-up windows the document defines (`follow_up.windows`), by id."""
        follow_up = self.agreement.model.follow_up if self.agreement else None
        return {window.id: window for window in (follow_up.windows if follow_up else [])}

    def period_span(self, key: str) -> tuple[dt.date, dt.date] | None:
        """The first and last day of a `period:` (a calendar period, a day or one of the document's windows);
        None for a window the document does not define."""
        if is_window_id(key):
            window = self.windows.get(key)
            return (window.start, window.end) if window else None
        return _calendar_span(key)

    def activity_span(self, activity: Activity) -> tuple[dt.date | None, dt.date | None]:
        """When an activity runs: its own start and end, else the agreement's (None: unknown or open)."""
        spans: dict[int, tuple[dt.date | None, dt.date | None]] = self.cache.setdefault("activity_spans", {})
        span = spans.get(id(activity))  # asked once per follow-up: thousands of times for a few activities
        if span is None:
            agreement = self.agreement.model if self.agreement else None
            start = activity.first_day or (agreement.first_day if agreement else None)
            end = activity.last_day or (agreement.last_day if agreement else None)
            spans[id(activity)] = span = (start, end)
        return span

    @cached_property
    def unanswered(self) -> dict[str, tuple[int, ...] | None]:
        """For each follow-up (by shown path): None when it answers nothing yet (`schedule.is_blank`), else the
        numbers (from 1) of the document's questions it leaves unanswered, mostly none. Two rules ask, once each
        per file: one pass answers both."""
        questions = self.agreement.model.questions if self.agreement is not None else []
        found: dict[str, tuple[int, ...] | None] = {}
        for followup in self.repository.followups:
            if questions:
                keys = enumerate((key for _text, key in questions), start=1)
                missing = tuple(number for number, key in keys if not answered(followup.model, key))
                found[followup.shown_as] = None if len(missing) == len(questions) else missing
            else:
                found[followup.shown_as] = None if is_blank(followup.model, questions) else ()
        return found


@functools.lru_cache(maxsize=4096)
def _calendar_span(key: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a calendar period; remembered, since thousands of follow-ups share a few periods."""
    try:
        period = Period.parse(key)
    except PeriodError:  # pragma: no cover - the schema's pattern already allows only periods
        return None
    return period.start, period.end
