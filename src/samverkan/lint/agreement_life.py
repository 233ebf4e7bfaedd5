"""The document's life and what it states: signed by every signing party, in force and not about to run out
unnoticed, and saying what a document of its kind should say (validity, signing, forum, cadence, questions …).

What a document does not say is a warning at most, never an error: the facts are the document's, and a user must
never invent one. Each warning is silent when the fact is listed in `not_stated` (someone checked: the document is
silent), and applies only to the kinds of document that should state it (`samverkan.kinds.expects`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

from samverkan.catalog import Msg, msg
from samverkan.diagnostics import Severity
from samverkan.kinds import expects
from samverkan.loader import Path_
from samverkan.models import Agreement, NotStated, PartyStanding
from samverkan.repository import Loaded

from .context import Context
from .registry import Hit, hit, rule
from .responsibility import KOMMUN_KINDS

#: The standings whose kommun must have decided a joint document (not one that is only named or takes part).
_DECIDING = frozenset({PartyStanding.AVTALSPART, PartyStanding.BESLUTANDE, PartyStanding.SAMVERKANSPART})


@rule(code="agreement-expired", severity=Severity.WARNING, theme="agreement")
def agreement_expired(context: Context) -> Iterator[Hit]:
    """An agreement whose last day has passed."""
    agreement, end = _ending(context)
    if agreement is not None and end is not None and end < context.today:
        stated = agreement.model.validity.end if agreement.model.validity else None
        until = (
            msg("agreement-expired.through", end=stated)
            if stated and stated.day is None
            else msg("agreement-expired.day", end=end)
        )
        yield hit(agreement, ("validity", "end"), document=context.noun(), until=until)


@rule(code="agreement-expiring", severity=Severity.WARNING, theme="agreement")
def agreement_expiring(context: Context) -> Iterator[Hit]:
    """An agreement that ends soon."""
    agreement, end = _ending(context)
    if agreement is None or end is None:
        return
    days = (end - context.today).days
    if 0 <= days <= context.config.expiry_warning_days:
        when = Msg("agreement-expiring.today") if days == 0 else msg("agreement-expiring.in-days", days=days)
        yield hit(agreement, ("validity", "end"), document=context.noun(), end=end, when=when)


@rule(code="signatory-missing", severity=Severity.WARNING, theme="agreement")
def signatory_missing(context: Context) -> Iterator[Hit]:
    """A signing party (`standing: avtalspart`, the default) with no signatory."""
    agreement = context.agreement
    if agreement is None or not _expected(agreement.model, NotStated.SIGNATORIES):
        return
    signed = {signatory.party for signatory in agreement.model.signatories}
    for index, party in enumerate(agreement.model.parties):
        if party.standing is PartyStanding.AVTALSPART and party.id not in signed:
            yield hit(agreement, ("parties", index, "id"))


def _ending(context: Context) -> tuple[Loaded[Agreement] | None, dt.date | None]:
    """The agreement and its last day (None when there is no agreement or it states no end)."""
    agreement = context.agreement
    return agreement, agreement.model.last_day if agreement is not None else None


def _expected(model: Agreement, key: NotStated) -> bool:
    """Whether lint may ask for this fact: a document of this kind should state it, and nobody has recorded that
    this one does not."""
    return expects(model.kind, key) and key not in model.not_stated


def _unstated(context: Context, key: NotStated, path: Path_) -> Iterator[Hit]:
    """One warning at `path` (or its nearest ancestor) when the document should state `key` and does not."""
    agreement: Loaded[Agreement] | None = context.agreement
    if agreement is not None and _expected(agreement.model, key) and not agreement.model.states(key):
        yield hit(agreement, path, prefer_key=True, document=context.noun())


@rule(code="validity-missing", severity=Severity.WARNING, theme="agreement")
def validity_missing(context: Context) -> Iterator[Hit]:
    """A document that does not say how long it is valid."""
    yield from _unstated(context, NotStated.VALIDITY, ("validity",))


@rule(code="signing-missing", severity=Severity.WARNING, theme="agreement")
def signing_missing(context: Context) -> Iterator[Hit]:
    """A signed kind of document that does not say when or where it was signed."""
    yield from _unstated(context, NotStated.SIGNING, ("signing",))


@rule(code="forum-missing", severity=Severity.WARNING, theme="agreement")
def forum_missing(context: Context) -> Iterator[Hit]:
    """A document that does not say in which forum the work is followed up."""
    yield from _unstated(context, NotStated.FORUM, ("follow_up", "forum"))


@rule(code="cadence-missing", severity=Severity.WARNING, theme="agreement")
def cadence_missing(context: Context) -> Iterator[Hit]:
    """A document that does not say how often the work is followed up."""
    yield from _unstated(context, NotStated.CADENCE, ("follow_up", "cadence"))


@rule(code="followup-questions-missing", severity=Severity.WARNING, theme="agreement")
def followup_questions_missing(context: Context) -> Iterator[Hit]:
    """A document that does not say which questions a follow-up answers."""
    yield from _unstated(context, NotStated.FOLLOW_UP_QUESTIONS, ("follow_up", "questions"))


@rule(code="adoption-missing", severity=Severity.WARNING, theme="agreement")
def adoption_missing(context: Context) -> Iterator[Hit]:
    """An åtgärdsplan with no decision; in a document whose decisions name their kommun, a kommun with none."""
    agreement = context.agreement
    if agreement is None:
        return
    model = agreement.model
    if not model.all_adoptions:
        for found in _unstated(context, NotStated.ADOPTION, ("adoptions",)):
            who = msg("adoption-missing.who.document", document=context.noun())
            yield replace(found, params={**found.params, "who": who})
        return
    decided = {adoption.party for adoption in model.all_adoptions}
    if decided == {None}:
        return  # the decisions do not say which kommun they concern: nothing to compare
    for index, party in enumerate(model.parties):
        if party.kind in KOMMUN_KINDS and party.standing in _DECIDING and party.id not in decided:
            yield hit(
                agreement, ("parties", index, "id"), document=context.noun(), who=Msg("adoption-missing.who.kommun")
            )


@rule(code="situation-report-incomplete", severity=Severity.WARNING, theme="agreement")
def situation_report_incomplete(context: Context) -> Iterator[Hit]:
    """An åtgärdsplan whose lägesbild lacks one of the three parts of 4 § lag (2023:196)."""
    agreement = context.agreement
    if agreement is None or not _expected(agreement.model, NotStated.SITUATION_REPORT):
        return
    report = agreement.model.situation_report
    parts = {
        "crime_mapping": report.crime_mapping if report else None,
        "other_information": report.other_information if report else None,
        "analysis": report.analysis if report else None,
    }
    missing = [Msg(f"situation-report-incomplete.part.{name}") for name, value in parts.items() if value is None]
    if missing:
        yield hit(agreement, ("situation_report",), prefer_key=True, document=context.noun(), parts=missing)


@rule(code="coordination-function-missing", severity=Severity.WARNING, theme="agreement")
def coordination_function_missing(context: Context) -> Iterator[Hit]:
    """An åtgärdsplan that does not say who holds the kommun's coordination function."""
    yield from _unstated(context, NotStated.COORDINATION_FUNCTION, ("coordination_function",))
