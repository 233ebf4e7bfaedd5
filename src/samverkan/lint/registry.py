"""The rule registry: each rule is a small function registered with `@rule`, with a stable code and a message.

A rule receives a `Context` (the repository, `today`, the settings and indexes built once) and yields `Hit`s:
where the problem is and the parameters for its message. The registry turns a hit into a `Diagnostic` with the
rule's code, severity and `Message`. Rules never print, never exit and never read the clock.

A rule explains itself in both languages (in the style of sqlfluff): what it looks for, the anti-pattern with a
short example, and the better way. The English is the rule's docstring; the Swedish, shown by default, is the
`explanation_sv` argument of `@rule`, written for a BRÅ coordinator and with the same content. A rule without
either is refused when it is registered.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from samverkan.config import LintConfig
from samverkan.diagnostics import Diagnostic, Localized, Message, Severity
from samverkan.loader import Path_, Position
from samverkan.models import Activity, Agreement, Goal, Indicator, Party
from samverkan.repository import Loaded, Repository


@dataclass(frozen=True, slots=True)
class Hit:
    """One problem a rule found: where, and the parameters for the rule's message (our own words only)."""

    file: str
    line: int | None
    column: int | None
    params: dict[str, object] = field(default_factory=dict)


Check = Callable[["Context"], Iterable[Hit]]


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    severity: Severity
    message: Message
    summary: Localized
    #: What the rule looks for, the anti-pattern and the better way: `explanation_sv` and the docstring.
    explanation: Localized
    theme: str
    check: Check

    def diagnostic(self, hit: Hit) -> Diagnostic:
        return Diagnostic(hit.file, hit.line, hit.column, self.code, self.severity, self.message, hit.params)


#: Every rule, by code, in the order they were registered (the order `samverkan rules` lists them).
RULES: dict[str, Rule] = {}


def rule(
    code: str,
    severity: Severity,
    message: Message,
    summary_sv: str,
    summary_en: str,
    theme: str,
    *,
    explanation_sv: str,
) -> Callable[[Check], Check]:
    """Register a rule. The code is kebab-case English and never changes once shipped.

    `explanation_sv` is the Swedish explanation; the English one is the decorated function's docstring.
    """

    def register(check: Check) -> Check:
        if code in RULES:  # pragma: no cover - a programming error, caught by the tests
            raise ValueError(f"rule {code} registered twice")
        explanation = Localized(inspect.cleandoc(explanation_sv).strip(), inspect.cleandoc(check.__doc__ or "").strip())
        if not explanation.sv:
            raise ValueError(f"rule {code} has no Swedish explanation (explanation_sv)")
        if not explanation.en:
            raise ValueError(f"rule {code} has no English explanation (docstring)")
        RULES[code] = Rule(code, severity, message, Localized(summary_sv, summary_en), explanation, theme, check)
        return check

    return register


def hit(loaded: Loaded[Any], path: Path_, *, prefer_key: bool = False, **params: object) -> Hit:
    """A hit at the value (or key) `path` of a loaded file, or its nearest existing ancestor."""
    line, column = loaded.document.position(path, prefer_key=prefer_key)
    return Hit(loaded.shown_as, line, column, dict(params))


def hit_at(file: str, position: Position | None, **params: object) -> Hit:
    line, column = position if position else (None, None)
    return Hit(file, line, column, dict(params))


@dataclass(slots=True)
class GoalAt:
    """A goal (or sub-goal) with its path inside agreement.yaml."""

    goal: Goal
    path: Path_


@dataclass(slots=True)
class IndicatorAt:
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


def run_rules(context: Context) -> Iterator[Diagnostic]:
    for registered in RULES.values():
        for found in registered.check(context):
            yield registered.diagnostic(found)
