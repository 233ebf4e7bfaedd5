"""The law's and Brå's checklist, as far as it is not already a rule of another theme.

Lag (2023:196) 4 § (the lägesbild's three parts) and the åtgärdsplan's decision and coordination function are
checked by `situation-report-incomplete`, `adoption-missing` and `coordination-function-missing` (theme
`agreement`); they are not repeated here. This theme adds what Brå asks of the work beyond the law's text, and
the lägesbild's age where the kommun has set a limit (the law leaves the cadence to the kommun).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from samverkan.diagnostics import Severity
from samverkan.models import DocumentKind

from .context import Context
from .registry import Hit, hit, rule

_PLAN = frozenset({DocumentKind.ATGARDSPLAN})
#: Brå's questions about the work concern every document that plans it; a lägesbild only describes.
_PLANNING = frozenset(DocumentKind) - {DocumentKind.LAGESBILD}


@dataclass(frozen=True, slots=True)
class CheckDefinition:
    #: The check's stable code (catalog: `check.<code>` and `check.<code>.source`).
    code: str
    #: The lint rules whose findings fail the check.
    rules: tuple[str, ...]
    #: The kinds of document the check concerns.
    applies_to: frozenset[DocumentKind]
    #: For `situation-report-incomplete`, which of the lägesbild's three parts (4 §) this check is about.
    part: str | None = None
    #: Whether follow-ups owed and not handed in by their due date fail the check too (they are `overdue`'s
    #: finding, not a lint rule's).
    counts_overdue_followups: bool = False


#: The checklist, in the order docs/lag-2023-196.md lists it.
CHECKS: tuple[CheckDefinition, ...] = (
    CheckDefinition("situation-report-crime-mapping", ("situation-report-incomplete",), _PLAN, part="crime_mapping"),
    CheckDefinition(
        "situation-report-other-information", ("situation-report-incomplete",), _PLAN, part="other_information"
    ),
    CheckDefinition("situation-report-analysis", ("situation-report-incomplete",), _PLAN, part="analysis"),
    CheckDefinition("situation-report-recent", ("situation-report-old",), _PLAN),
    CheckDefinition("action-plan-adopted", ("adoption-missing",), _PLAN),
    CheckDefinition("coordination-function-named", ("coordination-function-missing",), _PLAN),
    CheckDefinition("measures-linked", ("activity-unanchored",), _PLANNING),
    CheckDefinition("followup-planned", ("cadence-missing", "forum-missing", "followup-questions-missing"), _PLANNING),
    CheckDefinition(
        "followup-done", ("followup-empty", "followup-incomplete"), _PLANNING, counts_overdue_followups=True
    ),
    CheckDefinition("citizen-feedback", ("citizen-feedback-missing",), frozenset({DocumentKind.MEDBORGARLOFTE})),
)

#: Every rule a check of the checklist rests on: the rules `checklist:` in data/samverkan.yaml sets the level of.
CHECKLIST_RULES: tuple[str, ...] = tuple(dict.fromkeys(code for check in CHECKS for code in check.rules))


@rule(code="citizen-feedback-missing", severity=Severity.WARNING, theme="lag")
def citizen_feedback_missing(context: Context) -> Iterator[Hit]:
    """A medborgarlöfte that does not say how the results are fed back to the citizens it is made to.

    Only a medborgarlöfte is addressed to citizens; for every other kind the check does not apply."""
    agreement = context.agreement
    if agreement is None or agreement.model.kind is not DocumentKind.MEDBORGARLOFTE:
        return
    follow_up = agreement.model.follow_up
    if follow_up is None or follow_up.feedback is None:
        yield hit(agreement, ("follow_up",), prefer_key=True, document=context.noun())


@rule(code="situation-report-old", severity=Severity.WARNING, theme="lag")
def situation_report_old(context: Context) -> Iterator[Hit]:
    """An åtgärdsplan whose lägesbild is older than the kommun allows (`situation_report_max_age_months`).

    The law does not say how often the lägesbild is renewed, so there is no limit unless the kommun sets one; a
    lägesbild dated only by year or month counts from the last day it may mean, never older than it can be."""
    limit = context.config.situation_report_max_age_months
    agreement = context.agreement
    if limit is None or agreement is None or agreement.model.kind is not DocumentKind.ATGARDSPLAN:
        return
    report = agreement.model.situation_report
    if report is None or report.date is None:
        return  # no lägesbild is situation-report-incomplete's finding; an undated one has no age to compare
    months = whole_months_between(report.date.last_day(), context.today)
    if months > limit:
        yield hit(agreement, ("situation_report", "date"), date=report.date, months=months, limit=limit)


def whole_months_between(start: dt.date, end: dt.date) -> int:
    """How many whole months have passed from `start` to `end` (15 March to 14 May is one, to 15 May two)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - 1 if end.day < start.day else months
