"""The law's and Brå's checklist as plain data, for `samverkan site` and a later `samverkan status`.

    checklist_of(repository, today, config) -> list[Check]

Each check is a lint rule (see docs/lag-2023-196.md for the paragraph it rests on) with one of three outcomes:
passed, failed (lint reports it: the findings are in `findings`) or not applicable (the document is of a kind the
check does not concern: a samverkansöverenskommelse is not the kommun's åtgärdsplan under lag 2023:196, and only a
medborgarlöfte is addressed to citizens; or the kommun has set no limit for the lägesbild's age). The core never
prints and never reads the clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from samverkan.config import LintConfig, RuleSetting
from samverkan.diagnostics import Diagnostic
from samverkan.lint import run_lint
from samverkan.models import DocumentKind
from samverkan.repository import Repository


class Outcome(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    NOT_APPLICABLE = "not-applicable"


@dataclass(frozen=True, slots=True)
class CheckDefinition:
    code: str
    #: Where the requirement comes from, as a catalog-free tag: `lag-2023-196-4` (4 §), `lag-2023-196` (the law,
    #: paragraph not verified here) or `bra` (Brå's guidance).
    source: str
    #: The kinds of document the check concerns.
    applies_to: frozenset[DocumentKind]


_PLAN = frozenset({DocumentKind.ATGARDSPLAN})

#: The checklist in the order docs/lag-2023-196.md lists it.
CHECKS: tuple[CheckDefinition, ...] = (
    CheckDefinition("situation-report-incomplete", "lag-2023-196-4", _PLAN),
    CheckDefinition("situation-report-old", "lag-2023-196-4", _PLAN),
    CheckDefinition("adoption-missing", "lag-2023-196", _PLAN),
    CheckDefinition("coordination-function-missing", "lag-2023-196", _PLAN),
    CheckDefinition("citizen-feedback-missing", "bra", frozenset({DocumentKind.MEDBORGARLOFTE})),
)


@dataclass(frozen=True, slots=True)
class Check:
    code: str
    source: str
    outcome: Outcome
    findings: list[Diagnostic] = field(default_factory=list)


def checklist_of(repository: Repository, today: dt.date, config: LintConfig) -> list[Check]:
    """Every check of the checklist with its outcome for this repository on `today`, with `config`'s levels (a rule
    switched off in the settings counts as not applicable: the kommun has decided it does not concern them)."""
    kind = repository.agreement.model.kind if repository.agreement is not None else None
    findings = run_lint(repository, today, config)
    switched_off = {code for code, setting in config.rules.items() if setting is RuleSetting.OFF}
    checks = []
    for definition in CHECKS:
        applies = kind in definition.applies_to and definition.code not in switched_off
        if definition.code == "situation-report-old" and config.situation_report_max_age_months is None:
            applies = False
        found = [d for d in findings if d.code == definition.code]
        outcome = Outcome.NOT_APPLICABLE if not applies else Outcome.FAILED if found else Outcome.PASSED
        checks.append(Check(definition.code, definition.source, outcome, found))
    return checks
