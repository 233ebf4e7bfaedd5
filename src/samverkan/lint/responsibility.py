"""Who does what: every row of the action table fills the columns the document has (the kommun's part, the Police's
part, who communicates), every löfte says who gives it, and no role is unclear."""

from __future__ import annotations

import re
from collections.abc import Iterator

from samverkan.catalog import Msg
from samverkan.diagnostics import Severity
from samverkan.kinds import effective_columns
from samverkan.loader import Path_
from samverkan.models import Activity, ActivityKind, DocumentKind, PartyKind, PlanColumn
from samverkan.repository import Loaded

from .context import Context
from .registry import Hit, hit, rule

KOMMUN_KINDS = frozenset({PartyKind.KOMMUN, PartyKind.STADSDEL})
POLICE_KINDS = frozenset({PartyKind.POLISMYNDIGHETEN})


#: The old code, from before it was split in three: still accepted in data/samverkan.yaml and in ignore comments,
#: where it stands for all three.
ALIASES: dict[str, tuple[str, ...]] = {
    "responsibility-missing": (
        "responsibility-kommun-missing",
        "responsibility-police-missing",
        "communication-missing",
    ),
}


def _tabled(context: Context) -> Iterator[tuple[Loaded[Activity], frozenset[PartyKind]]]:
    """The activities that are rows of a four-column action table (not a löfte, and not in a medborgarlöfte), with
    the kinds of the parties responsible for each."""
    agreement = context.agreement
    if agreement is None or agreement.model.kind is DocumentKind.MEDBORGARLOFTE:
        return
    for loaded in context.repository.activities:
        if loaded.model.kind is ActivityKind.LOFTE:
            continue
        responsible = loaded.model.responsibilities
        yield loaded, frozenset(context.parties[r.party].kind for r in responsible if r.party in context.parties)


@rule(code="responsibility-kommun-missing", severity=Severity.WARNING, theme="responsibility")
def responsibility_kommun_missing(context: Context) -> Iterator[Hit]:
    """An activity with nothing in the kommun's column (or, in a table with a `vem` column, no one responsible)."""
    if context.agreement is None:
        return
    columns = effective_columns(context.agreement.model)
    kommun, anyone = PlanColumn.KOMMUN in columns, PlanColumn.VEM in columns
    for loaded, kinds in _tabled(context):
        if kommun and not kinds & KOMMUN_KINDS:
            yield _missing_side(loaded, "kommun")
        elif anyone and not kommun and not loaded.model.responsibilities:
            yield _missing_side(loaded, "anyone")


def _missing_side(loaded: Loaded[Activity], side: str) -> Hit:
    return hit(
        loaded,
        ("responsibilities",),
        prefer_key=True,
        side=Msg(f"responsibility-kommun-missing.side.{side}"),
        fix=Msg(f"responsibility-kommun-missing.fix.{side}"),
    )


@rule(code="responsibility-police-missing", severity=Severity.WARNING, theme="responsibility")
def responsibility_police_missing(context: Context) -> Iterator[Hit]:
    """An activity with nothing in the Police's column."""
    if context.agreement is None or PlanColumn.POLIS not in effective_columns(context.agreement.model):
        return
    for loaded, kinds in _tabled(context):
        if not kinds & POLICE_KINDS:
            yield hit(loaded, ("responsibilities",), prefer_key=True)


@rule(code="communication-missing", severity=Severity.WARNING, theme="responsibility")
def communication_missing(context: Context) -> Iterator[Hit]:
    """An activity with nothing in the communication column."""
    if context.agreement is None or PlanColumn.KOMMUNIKATION not in effective_columns(context.agreement.model):
        return
    for loaded, _kinds in _tabled(context):
        if loaded.model.communication is None:
            yield hit(loaded, ("name",) if loaded.model.name is not None else ("text",))


@rule(code="promise-giver-missing", severity=Severity.WARNING, theme="responsibility")
def promise_giver_missing(context: Context) -> Iterator[Hit]:
    """A löfte that does not say who gives it (`by`)."""
    for loaded in context.repository.activities:
        if loaded.model.kind is ActivityKind.LOFTE and not loaded.model.by:
            yield hit(loaded, ("kind",))


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
