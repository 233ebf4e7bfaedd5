"""The agreement's life: signed by every signing party, in force, and not about to run out unnoticed."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.dates import long_date
from samverkan.diagnostics import Localized, Message, Severity
from samverkan.models import PartyStanding

from .registry import Context, Hit, hit, rule


def _day(day: object) -> Localized:
    import datetime as dt

    assert isinstance(day, dt.date)
    return Localized(long_date(day, "sv"), long_date(day, "en"))


@rule(
    "agreement-expired",
    Severity.WARNING,
    Message(
        "Överenskommelsen gällde till {end} och har löpt ut.",
        "The agreement was valid until {end} and has expired.",
        "Teckna en ny överenskommelse och lägg den i ett nytt förråd eller en ny datamapp; den här finns kvar som "
        "historik. Aktiviteter som fortsätter hör till den nya.",
        "Sign a new agreement and keep it in a new repository or data folder; this one stays as history. "
        "Activities that continue belong to the new one.",
    ),
    "Överenskommelsen har inte löpt ut.",
    "The agreement has not expired.",
    "agreement",
    explanation_sv="""En överenskommelse vars sista dag har passerat.

    Undvik: att BRÅ fortsätter att följa upp en handlingsplan som inte längre binder någon. Polisens lokala
    överenskommelser ska förnyas utifrån en ny lägesbild.

    Bättre: teckna en ny överenskommelse i tid (se `agreement-expiring`) och behåll den gamla som historik.
    """,
)
def agreement_expired(context: Context) -> Iterator[Hit]:
    """An agreement whose last day has passed.

    Anti-pattern: the BRÅ keeps following up an action plan that no longer binds anyone; the Police's local
    agreements are meant to be renewed from a fresh lägesbild.

    Better: sign a new agreement in time (see `agreement-expiring`), and keep the old one as history.
    """
    agreement = context.agreement
    if agreement is None or agreement.model.validity.end is None:
        return
    end = agreement.model.validity.end
    if end < context.today:
        yield hit(agreement, ("validity", "end"), end=_day(end))


@rule(
    "agreement-expiring",
    Severity.WARNING,
    Message(
        "Överenskommelsen löper ut {end}, om {days} dagar.",
        "The agreement expires on {end}, in {days} days.",
        "Börja ta fram en ny lägesbild och en ny överenskommelse. Hur långt i förväg samverkan varnar ställs in "
        "med `expiry_warning_days` i data/samverkan.yaml.",
        "Start on a new lägesbild and a new agreement. How early samverkan warns is set with "
        "`expiry_warning_days` in data/samverkan.yaml.",
    ),
    "Överenskommelsen löper inte ut inom `expiry_warning_days` dagar (förval 90).",
    "The agreement does not expire within `expiry_warning_days` days (default 90).",
    "agreement",
    explanation_sv="""En överenskommelse som snart löper ut.

    Undvik: att på sista BRÅ-mötet upptäcka att överenskommelsen gick ut förra månaden, utan någon lägesbild att
    bygga en ny på.

    Bättre: börja med den nya lägesbilden och överenskommelsen några månader i förväg. Varningen kommer
    `expiry_warning_days` dagar (förval 90) före sista dagen.
    """,
)
def agreement_expiring(context: Context) -> Iterator[Hit]:
    """An agreement that ends soon.

    Anti-pattern: noticing at the last BRÅ meeting that the agreement ended last month, with no lägesbild for a
    new one.

    Better: start the new lägesbild and agreement a few months ahead; the warning comes `expiry_warning_days`
    days (default 90) before the last day.
    """
    agreement = context.agreement
    if agreement is None or agreement.model.validity.end is None:
        return
    end = agreement.model.validity.end
    days = (end - context.today).days
    if 0 <= days <= context.config.expiry_warning_days:
        yield hit(agreement, ("validity", "end"), end=_day(end), days=days)


@rule(
    "signatory-missing",
    Severity.WARNING,
    Message(
        "Parten är avtalspart men ingen har skrivit under för den.",
        "The party is a signing party but nobody has signed for it.",
        "Lägg till en post i `signatories` med `party`, namn och titel, eller ändra partens `standing` till "
        "`samverkanspart` eller `medverkande` om den inte skriver under.",
        "Add an entry to `signatories` with `party`, name and title, or change the party's `standing` to "
        "`samverkanspart` or `medverkande` if it does not sign.",
    ),
    "Varje avtalspart har någon som skrivit under för den.",
    "Every signing party has someone who signed for it.",
    "agreement",
    explanation_sv="""En avtalspart (`standing: avtalspart`, som är förval) som ingen har skrivit under för.

    Undvik: en tredje kommun som har lagts till bland parterna men inte bland underskrifterna. Överenskommelsen
    påstår då ett åtagande som ingen har gjort.

    Bättre: varje `avtalspart` har en post i `signatories`; parter som inte skriver under är `samverkanspart` eller
    `medverkande`.
    """,
)
def signatory_missing(context: Context) -> Iterator[Hit]:
    """A signing party (`standing: avtalspart`, the default) with no signatory.

    Anti-pattern: a third kommun added to the parties list but not to the signatures; the agreement then claims a
    commitment nobody made.

    Better: every `avtalspart` has a `signatories` entry; partners who do not sign are `samverkanspart` or
    `medverkande`.
    """
    agreement = context.agreement
    if agreement is None:
        return
    signed = {signatory.party for signatory in agreement.model.signatories}
    for index, party in enumerate(agreement.model.parties):
        if party.standing is PartyStanding.AVTALSPART and party.id not in signed:
            yield hit(agreement, ("parties", index, "id"))
