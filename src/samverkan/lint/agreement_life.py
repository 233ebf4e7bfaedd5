"""The agreement's life: signed by every signing party, in force, and not about to run out unnoticed."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.catalog import Msg, msg
from samverkan.diagnostics import Severity
from samverkan.models import PartyStanding

from .context import Context
from .registry import Hit, hit, rule


@rule(code="agreement-expired", severity=Severity.WARNING, theme="agreement")
def agreement_expired(context: Context) -> Iterator[Hit]:
    """An agreement whose last day has passed."""
    agreement = context.agreement
    if agreement is None or agreement.model.validity.end is None:
        return
    end = agreement.model.validity.end
    if end < context.today:
        yield hit(agreement, ("validity", "end"), end=end)


@rule(code="agreement-expiring", severity=Severity.WARNING, theme="agreement")
def agreement_expiring(context: Context) -> Iterator[Hit]:
    """An agreement that ends soon."""
    agreement = context.agreement
    if agreement is None or agreement.model.validity.end is None:
        return
    end = agreement.model.validity.end
    days = (end - context.today).days
    if 0 <= days <= context.config.expiry_warning_days:
        when = Msg("agreement-expiring.today") if days == 0 else msg("agreement-expiring.in-days", days=days)
        yield hit(agreement, ("validity", "end"), end=end, when=when)


@rule(code="signatory-missing", severity=Severity.WARNING, theme="agreement")
def signatory_missing(context: Context) -> Iterator[Hit]:
    """A signing party (`standing: avtalspart`, the default) with no signatory."""
    agreement = context.agreement
    if agreement is None:
        return
    signed = {signatory.party for signatory in agreement.model.signatories}
    for index, party in enumerate(agreement.model.parties):
        if party.standing is PartyStanding.AVTALSPART and party.id not in signed:
            yield hit(agreement, ("parties", index, "id"))
