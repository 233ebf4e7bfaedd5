"""The work at a glance, as plain data: `samverkan status` and the law's and Brå's checklist.

    status_of(repository, today, config, lang) -> Status
    checklist_of(repository, today, config) -> list[Check]

`Status` answers what the kommunstyrelse and the police area's management ask: which document is in force and for
how long; the latest follow-up round (handed in, blank or missing, with the owners' roles) and when the next one is
due; what is overdue (the same items as `samverkan overdue`); each indicator's latest value and where it is heading
against its target (the same series as the public site); and the checklist.

Each check of the checklist (see docs/lag-2023-196.md for the paragraph or the Brå text it rests on) is one or more
lint rules with one of three outcomes: passed, failed (the findings say where) or not applicable: the document is
of a kind the check does not concern (a samverkansöverenskommelse is not the kommun's åtgärdsplan under lag
2023:196, and only a medborgarlöfte is addressed to citizens), the kommun has switched the rule off in
`data/samverkan.yaml`, or has set no limit for the lägesbild's age. The core never prints and never reads the clock;
`lang` only words the periods and values that the data itself dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from samverkan.catalog import Lang
from samverkan.config import LintConfig, RuleSetting
from samverkan.diagnostics import Diagnostic, has_errors
from samverkan.indicators import Series, Standing, indicator_series, standing
from samverkan.kinds import Noun, document_noun
from samverkan.lint import effective_settings, run_lint
from samverkan.lint.law import CHECKS, whole_months_between
from samverkan.models import Rating, Target
from samverkan.overdue import find_overdue
from samverkan.periods import Period
from samverkan.repository import Repository
from samverkan.schedule import OwedFollowup, activity_owner, owed_followups, party_names

#: A check passed, failed, or does not concern the document (see the module's docstring).
Outcome = Literal["passed", "failed", "not-applicable"]


@dataclass(frozen=True, slots=True)
class Check:
    code: str
    outcome: Outcome
    findings: list[Diagnostic] = field(default_factory=list)


def checklist_of(
    repository: Repository, today: dt.date, config: LintConfig, overdue: list[Diagnostic] | None = None
) -> list[Check]:
    """Every check of the checklist with its outcome for this repository on `today`, with `config`'s levels (a rule
    switched off in the settings makes its check not applicable: the kommun has decided it does not concern them).
    `overdue`, when given, is what `find_overdue` already found for `today`, so it is not computed twice."""
    kind = repository.agreement.model.kind if repository.agreement is not None else None
    found = run_lint(repository, today, config)
    switched_off = {code for code, setting in effective_settings(config).items() if setting is RuleSetting.OFF}
    overdue = find_overdue(repository, today).items if overdue is None else overdue
    late = [item for item in overdue if item.extra["kind"] == "followup"]
    checks = []
    for definition in CHECKS:
        applies = kind in definition.applies_to and not switched_off.issuperset(definition.rules)
        if definition.rules == ("situation-report-old",) and config.situation_report_max_age_months is None:
            applies = False
        failing = [d for d in found if d.code in definition.rules and _about_part(d, definition.part)]
        if definition.counts_overdue_followups:
            failing += late
        outcome: Outcome = "not-applicable" if not applies else "failed" if failing else "passed"
        checks.append(Check(definition.code, outcome, failing if applies else []))
    return checks


def _about_part(finding: Diagnostic, part: str | None) -> bool:
    """Whether a `situation-report-incomplete` finding names `part` among the missing ones (any finding, for None)."""
    if part is None:
        return True
    parts = finding.params.get("parts")
    return isinstance(parts, list) and any(getattr(m, "key", "").endswith("." + part) for m in parts)


# ------------------------------------------------------------------------------------------------------ status


#: Whether the document applies on the day: `unknown` when it does not say from when (or until when).
InForce = Literal["in-force", "not-yet", "ended", "unknown"]


@dataclass(frozen=True, slots=True)
class DocumentStatus:
    noun: Noun
    title: str
    first_day: dt.date | None
    last_day: dt.date | None
    until_further_notice: bool
    state: InForce
    #: Whole months from `today` to the last day, while the document is in force and has one.
    months_left: int | None


#: A follow-up owed: a file that answers something, a blank scaffold, or no file at all.
FollowupState = Literal["handed-in", "blank", "missing"]


@dataclass(frozen=True, slots=True)
class FollowupRow:
    activity: str
    label: str
    owner: str
    state: FollowupState
    rating: Rating | None


@dataclass(frozen=True, slots=True)
class Round:
    """One period's follow-ups: every activity that owes one, and when they are due."""

    period: Period
    due: dt.date
    rows: list[FollowupRow]

    def count(self, state: FollowupState) -> int:
        return sum(row.state == state for row in self.rows)


@dataclass(frozen=True, slots=True)
class IndicatorStatus:
    name: str
    unit: str | None
    owner: str | None
    target: Target | None
    standing: Standing


@dataclass(slots=True)
class Status:
    as_of: dt.date
    documents: list[DocumentStatus] = field(default_factory=list)
    #: The latest round due on or before `as_of` (else the first one to come).
    latest_round: Round | None = None
    #: The first round due after `as_of`.
    next_round: Round | None = None
    #: What `samverkan overdue` lists on `as_of`: follow-ups and action points.
    overdue: list[Diagnostic] = field(default_factory=list)
    indicators: list[IndicatorStatus] = field(default_factory=list)
    checklist: list[Check] = field(default_factory=list)
    #: Validation findings; when any is an error, nothing else was computed.
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def invalid(self) -> bool:
        return has_errors(self.diagnostics)


def status_of(repository: Repository, today: dt.date, config: LintConfig, lang: Lang) -> Status:
    status = Status(as_of=today, diagnostics=list(repository.diagnostics))
    if status.invalid or repository.document is None:
        return status
    agreement = repository.agreement.model if repository.agreement is not None else None
    if agreement is not None:
        first, last, open_ended = (
            agreement.first_day,
            agreement.last_day,
            bool(agreement.validity and agreement.validity.until_further_notice),
        )
        state, months_left = _in_force(first, last, open_ended, today)
        status.documents.append(
            DocumentStatus(
                document_noun(agreement, "label"), agreement.title, first, last, open_ended, state, months_left
            )
        )
    if repository.council is not None:
        council = repository.council.model
        first_day = council.established.first_day() if council.established is not None else None
        since: InForce = "not-yet" if first_day is not None and first_day > today else "in-force"
        status.documents.append(DocumentStatus(Noun(None, "label"), council.name, first_day, None, True, since, None))
    status.latest_round, status.next_round = _rounds(repository, today)
    status.overdue = find_overdue(repository, today).items
    if agreement is not None:
        status.indicators = [
            _indicator(series) for series in indicator_series(agreement, repository.followups, lang) if series.points
        ]
    status.checklist = checklist_of(repository, today, config, status.overdue)
    return status


def _in_force(
    first: dt.date | None, last: dt.date | None, open_ended: bool, today: dt.date
) -> tuple[InForce, int | None]:
    if first is not None and today < first:
        return "not-yet", None
    if last is not None and today > last:
        return "ended", None
    if first is None and last is None:
        return "unknown", None
    if last is None:
        return ("in-force" if open_ended or first is not None else "unknown"), None
    return "in-force", whole_months_between(today, last)


def _rounds(repository: Repository, today: dt.date) -> tuple[Round | None, Round | None]:
    """The latest round due by `today` and the next one due after it (a round is due at the period's meeting)."""
    # A period owes follow-ups once it has begun; the next round may begin after today, so look a year ahead.
    owed = owed_followups(repository, through=today + dt.timedelta(days=366))
    by_period: dict[Period, list[OwedFollowup]] = {}
    for item in owed:
        by_period.setdefault(item.period, []).append(item)
    document = repository.agreement.model if repository.agreement is not None else None
    names = party_names(document)
    rounds = [_round(period, items, names) for period, items in sorted(by_period.items())]
    past = [r for r in rounds if r.due <= today and r.period.start <= today]
    future = [r for r in rounds if r.due > today]
    latest = past[-1] if past else (future[0] if future else None)
    upcoming = next((r for r in future if r is not latest), None)
    return latest, upcoming


def _round(period: Period, items: list[OwedFollowup], names: dict[str, str]) -> Round:
    rows = []
    for item in items:
        state: FollowupState = "handed-in" if item.handed_in else "blank" if item.blank else "missing"
        rating = item.followup.model.rating if item.followup is not None and item.handed_in else None
        rows.append(
            FollowupRow(
                item.activity.id,
                item.activity.label,
                activity_owner(item.activity, names),
                state,
                rating,
            )
        )
    return Round(period, max(item.due for item in items), rows)


def _indicator(series: Series) -> IndicatorStatus:
    found = standing(series)
    assert found is not None  # only series with points are asked
    return IndicatorStatus(series.indicator.name, series.indicator.unit, series.owner, series.indicator.target, found)
