"""Who does what: every activity names the kommun's part, the Police's part and who communicates; no role is unclear."""

from __future__ import annotations

import re
from collections.abc import Iterator

from samverkan.catalog import Msg
from samverkan.diagnostics import Severity
from samverkan.loader import Path_
from samverkan.models import PartyKind

from .context import Context
from .registry import Hit, hit, rule

KOMMUN_KINDS = frozenset({PartyKind.KOMMUN, PartyKind.STADSDEL})
POLICE_KINDS = frozenset({PartyKind.POLISMYNDIGHETEN})


@rule(code="responsibility-missing", severity=Severity.WARNING, theme="responsibility")
def responsibility_missing(context: Context) -> Iterator[Hit]:
    """An activity where one of the action plan's three columns is empty."""
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
                side=Msg("responsibility-missing.side.kommun"),
                fix=Msg("responsibility-missing.fix.kommun"),
            )
        if not kinds & POLICE_KINDS:
            yield hit(
                loaded,
                ("responsibilities",),
                prefer_key=True,
                side=Msg("responsibility-missing.side.police"),
                fix=Msg("responsibility-missing.fix.police"),
            )
        if activity.communication is None:
            yield hit(
                loaded,
                ("name",),
                side=Msg("responsibility-missing.side.communication"),
                fix=Msg("responsibility-missing.fix.communication"),
            )


_UNCERTAIN_WORDS = re.compile(r"\?|(?<!\w)(?:oklar[at]?|eventuell[at]?|osäker[at]?)(?!\w)", re.IGNORECASE)


@rule(code="uncertain-responsibility", severity=Severity.WARNING, theme="responsibility")
def uncertain_responsibility(context: Context) -> Iterator[Hit]:
    """A responsibility that the signed document leaves unclear."""
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
                    why=Msg("uncertain-responsibility.why.marked-in-text"),
                )
            elif responsibility.uncertain:
                yield hit(
                    loaded,
                    (*base, "uncertain"),
                    why=Msg("uncertain-responsibility.why.flagged"),
                )
