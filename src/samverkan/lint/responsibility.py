"""Who does what: every activity names the kommun's part, the Police's part and who communicates; no role is unclear."""

from __future__ import annotations

import re
from collections.abc import Iterator

from samverkan.diagnostics import Localized, Message, Severity
from samverkan.loader import Path_
from samverkan.models import PartyKind

from .registry import Context, Hit, hit, rule

KOMMUN_KINDS = frozenset({PartyKind.KOMMUN, PartyKind.STADSDEL})
POLICE_KINDS = frozenset({PartyKind.POLISMYNDIGHETEN})


@rule(
    "responsibility-missing",
    Severity.WARNING,
    Message(
        "Aktiviteten saknar {side}.",
        "The activity lacks {side}.",
        "{fix_sv}",
        "{fix_en}",
    ),
    "Varje aktivitet anger vem som gör något på kommunens sida, på Polisens sida och vem som kommunicerar.",
    "Every activity says who acts on the kommun's side, on the Police's side, and who communicates.",
    "responsibility",
    explanation_sv="""En aktivitet där en av handlingsplanens tre kolumner är tom.

    Undvik: en aktivitet där bara kommunens roll är ifylld. Tabellen i en svensk handlingsplan har tre kolumner –
    Kommun, Polis, Kommunikation – och en tom ruta betyder att ingen ansvarar för den delen.

    Bättre: en post i `responsibilities` för en part av sorten `kommun` (eller `stadsdel`), en för
    `polismyndigheten`, och en post i `communication` som anger vem som kommunicerar.
    """,
)
def responsibility_missing(context: Context) -> Iterator[Hit]:
    """An activity where one of the action plan's three columns is empty.

    Anti-pattern: an activity with only the kommun's role filled in. The table of a Swedish action plan has three
    columns — Kommun, Polis, Kommunikation — and an empty cell means nobody is accountable for that part.

    Better: one `responsibilities` entry for a party of kind `kommun` (or `stadsdel`), one for
    `polismyndigheten`, and a `communication` entry naming who communicates.
    """
    if context.agreement is None:
        return
    for loaded in context.repository.activities:
        activity = loaded.model
        kinds = {context.parties[r.party].kind for r in activity.responsibilities if r.party in context.parties}
        if not kinds & KOMMUN_KINDS:
            yield hit(
                loaded,
                ("responsibilities",),
                prefer_key=True,
                side=Localized("en roll för kommunen", "a role for the kommun"),
                fix_sv="Lägg till en post i `responsibilities` för kommunens part, med enhet och roll.",
                fix_en="Add an entry to `responsibilities` for the kommun's party, with unit and role.",
            )
        if not kinds & POLICE_KINDS:
            yield hit(
                loaded,
                ("responsibilities",),
                prefer_key=True,
                side=Localized("en roll för Polisen", "a role for the Police"),
                fix_sv="Lägg till en post i `responsibilities` för Polisens part, med enhet och roll.",
                fix_en="Add an entry to `responsibilities` for the Police's party, with unit and role.",
            )
        if activity.communication is None:
            yield hit(
                loaded,
                ("name",),
                side=Localized("uppgift om vem som kommunicerar", "who communicates"),
                fix_sv="Lägg till `communication:` med `parties:` (och gärna `units:`) för den som kommunicerar.",
                fix_en="Add `communication:` with `parties:` (and preferably `units:`) for whoever communicates.",
            )


_UNCERTAIN_WORDS = re.compile(r"\?|(?<!\w)(?:oklar[at]?|eventuell[at]?|osäker[at]?)(?!\w)", re.IGNORECASE)


@rule(
    "uncertain-responsibility",
    Severity.WARNING,
    Message(
        "Rollen i aktiviteten är osäker: {why}.",
        "The role in the activity is uncertain: {why}.",
        "Reda ut med parterna vem som gör vad och rätta handlingsplanen vid nästa revision. Tills dess: låt "
        "markeringen stå, så att osäkerheten syns.",
        "Settle with the parties who does what and correct the action plan at the next revision. Until then: "
        "leave the marking, so that the uncertainty stays visible.",
    ),
    "Ingen roll i en aktivitet är osäker (`uncertain: true`, eller ”?”, ”oklart”, ”eventuellt” i texten).",
    "No role in an activity is uncertain (`uncertain: true`, or “?”, “oklart”, “eventuellt” in its text).",
    "responsibility",
    explanation_sv="""Ett ansvar som det undertecknade dokumentet lämnar oklart.

    Undvik: ”Socialtjänst? deltar” – frågetecknet skrevs under, och ingen vet om socialtjänsten deltar. En oklar
    roll blir oftast en roll som ingen fyller.

    Bättre: behåll texten som den skrevs under i `as_signed` med `uncertain: true` (rätta aldrig ett undertecknat
    dokument i tysthet), och reda ut frågan på nästa BRÅ-möte.
    """,
)
def uncertain_responsibility(context: Context) -> Iterator[Hit]:
    """A responsibility that the signed document leaves unclear.

    Anti-pattern: "Socialtjänst? deltar" — the question mark was signed, and nobody knows whether the social
    services take part. An unclear role is usually a role nobody fills.

    Better: keep the text as signed in `as_signed` with `uncertain: true` (never correct a signed document in
    silence), and settle the question at the next BRÅ meeting.
    """
    for loaded in context.repository.activities:
        for index, responsibility in enumerate(loaded.model.responsibilities):
            base: Path_ = ("responsibilities", index)
            texts: list[tuple[Path_, str]] = []
            if responsibility.as_signed is not None:
                texts.append(((*base, "as_signed"), responsibility.as_signed))
            texts += [((*base, "units", k), unit) for k, unit in enumerate(responsibility.units)]
            if responsibility.scope is not None:
                texts.append(((*base, "scope"), responsibility.scope))
            marked = next((path for path, text in texts if _UNCERTAIN_WORDS.search(text)), None)
            if marked is not None:
                yield hit(
                    loaded,
                    marked,
                    why=Localized(
                        "texten har ett frågetecken eller ett ord som ”oklart” eller ”eventuellt”",
                        "the text has a question mark or a word such as “oklart” or “eventuellt”",
                    ),
                )
            elif responsibility.uncertain:
                yield hit(
                    loaded,
                    (*base, "uncertain"),
                    why=Localized("den är markerad `uncertain: true`", "it is marked `uncertain: true`"),
                )
