"""What each kind of document is called, so no command calls a medborgarlöfte "Samverkansöverenskommelsen".

The words live in the catalog (`kind.<name>.definite`, "medborgarlöftet"; `kind.<name>.short`, the everyday word,
"överenskommelsen" for a samverkansöverenskommelse); this module only picks the key. A `Noun` is a message
parameter like a date or a period: the catalog renders it in the user's language, `{document:cap}` with a capital
first letter at the start of a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from samverkan.catalog import Lang, render
from samverkan.models import Agreement, DocumentKind, NotStated, PlanColumn

#: The forms: `definite` is the full word ("samverkansöverenskommelsen"), `short` the everyday one
#: ("överenskommelsen"), `genitive` the everyday one owning something ("överenskommelsens"), `label` the bare
#: word ("överenskommelse", "medborgarlöfte").
FORMS = ("definite", "short", "genitive", "label")


@dataclass(frozen=True, slots=True)
class Noun:
    """The document's noun as a catalog parameter: a kind of document, or the council (`bra.yaml`) when None."""

    kind: DocumentKind | None
    form: str = "short"

    def text(self, lang: Lang, capital: bool = False) -> str:
        name = self.kind.name.lower() if self.kind is not None else "council"
        word = render(f"kind.{name}.{self.form}", lang)
        return word[:1].upper() + word[1:] if capital else word

    def catalog_text(self, lang: Lang, spec: str) -> str:
        return self.text(lang, capital=spec == "cap")


def noun(kind: DocumentKind | None, lang: Lang, *, definite: bool = True, capital: bool = False) -> str:
    """`medborgarlöftet`, `Åtgärdsplanen`, `samverkansöverenskommelsen` (definite) or `överenskommelsen` (short)."""
    return Noun(kind, "definite" if definite else "short").text(lang, capital)


def document_noun(agreement: Agreement | None, form: str = "short") -> Noun:
    """The noun for the repository's document: its kind, or the council when there is no agreement."""
    return Noun(agreement.kind if agreement is not None else None, form)


#: The columns of the action table when the document does not list its own (`action_plan.columns`): Brå's
#: template for an åtgärdsplan; none for a medborgarlöfte, whose löften are listed instead; otherwise the four
#: columns of a Swedish agreement's action plan (activity, kommun, Polisen, communication).
_DEFAULT_COLUMNS: dict[DocumentKind, tuple[PlanColumn, ...]] = {
    DocumentKind.ATGARDSPLAN: (
        PlanColumn.ORSAK,
        PlanColumn.ATGARD,
        PlanColumn.OPERATIVT_MAL,
        PlanColumn.NAR,
        PlanColumn.VEM,
        PlanColumn.UPPFOLJNING,
    ),
    DocumentKind.MEDBORGARLOFTE: (),
    DocumentKind.LAGESBILD: (),
}
CLASSIC_COLUMNS = (PlanColumn.KOMMUN, PlanColumn.POLIS, PlanColumn.KOMMUNIKATION)


def effective_columns(agreement: Agreement) -> tuple[PlanColumn, ...]:
    """The action table's columns: as the document lists them, else what is usual for its kind."""
    if agreement.action_plan is not None and agreement.action_plan.columns:
        return tuple(agreement.action_plan.columns)
    return _DEFAULT_COLUMNS.get(agreement.kind, CLASSIC_COLUMNS)


_AGREEMENTS = frozenset({DocumentKind.SAMVERKANSOVERENSKOMMELSE, DocumentKind.MEDBORGARLOFTE, DocumentKind.LOKAL_DEL})
_PLANS = frozenset(set(DocumentKind) - {DocumentKind.LAGESBILD})

#: What a good document of each kind states. A signed kind (an agreement, a medborgarlöfte, a local part) names
#: its signing and signatories; an åtgärdsplan is decided, not signed, and states its lägesbild (4 § lag
#: 2023:196), its coordination function and the decision; every kind but a lägesbild states its validity and how
#: it is followed up.
_EXPECTED: dict[NotStated, frozenset[DocumentKind]] = {
    NotStated.VALIDITY: _PLANS,
    NotStated.SIGNING: _AGREEMENTS,
    NotStated.SIGNATORIES: _AGREEMENTS,
    NotStated.ADOPTION: frozenset({DocumentKind.ATGARDSPLAN}),
    NotStated.FORUM: _PLANS,
    NotStated.CADENCE: _PLANS,
    NotStated.FOLLOW_UP_QUESTIONS: _PLANS,
    NotStated.SITUATION_REPORT: frozenset({DocumentKind.ATGARDSPLAN}),
    NotStated.COORDINATION_FUNCTION: frozenset({DocumentKind.ATGARDSPLAN}),
}


def expects(kind: DocumentKind, key: NotStated) -> bool:
    """Whether a document of this kind should state what `key` stands for (lint warns when it does not)."""
    return kind in _EXPECTED.get(key, frozenset())
