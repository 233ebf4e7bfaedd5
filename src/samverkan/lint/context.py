"""What every rule may look at: the repository, the day that counts as today, the settings, and indexes built once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from samverkan.config import LintConfig
from samverkan.loader import Path_
from samverkan.models import Activity, Agreement, Goal, Indicator, Party
from samverkan.repository import Loaded, Repository


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

    @cached_property
    def parties(self) -> dict[str, Party]:
        if self.agreement is None:
            return {}
        return {party.id: party for party in reversed(self.agreement.model.parties)}

    @cached_property
    def goals(self) -> list[GoalAt]:
        """Every goal and sub-goal, depth first, with its place in the file."""
        found: list[GoalAt] = []
        if self.agreement is None:
            return found
        stack: list[GoalAt] = [
            GoalAt(goal, ("action_plan", "goals", index))
            for index, goal in reversed(list(enumerate(self.agreement.model.action_plan.goals)))
        ]
        while stack:
            at = stack.pop()
            found.append(at)
            stack.extend(
                GoalAt(sub, (*at.path, "subgoals", index)) for index, sub in reversed(list(enumerate(at.goal.subgoals)))
            )
        return found

    @cached_property
    def indicators(self) -> list[IndicatorAt]:
        return [
            IndicatorAt(indicator, (*at.path, "indicators", index))
            for at in self.goals
            for index, indicator in enumerate(at.goal.indicators)
        ]

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

    def activity_span(self, activity: Activity) -> tuple[dt.date | None, dt.date | None]:
        """When an activity runs: its own start and end, else the agreement's (None: unknown or open)."""
        validity = self.agreement.model.validity if self.agreement else None
        start = activity.start or (validity.start if validity else None)
        end = activity.end or (validity.end if validity else None)
        return start, end
