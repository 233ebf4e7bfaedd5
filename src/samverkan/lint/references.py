"""References between files, unique ids, and file names that match the ids inside them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any

from samverkan.diagnostics import Localized, Message, Severity
from samverkan.loader import Path_
from samverkan.repository import Loaded

from .registry import Context, Hit, hit, rule

PARTY = (Localized("en part", "a party"), Localized("`parties` i agreement.yaml", "`parties` in agreement.yaml"))
FOCUS_AREA = (
    Localized("en inriktning", "a focus area"),
    Localized("`focus_areas` i agreement.yaml", "`focus_areas` in agreement.yaml"),
)
GOAL = (
    Localized("ett mål", "a goal"),
    Localized("`action_plan.goals` i agreement.yaml", "`action_plan.goals` in agreement.yaml"),
)
SOURCE = (Localized("en källa", "a source"), Localized("`sources` i agreement.yaml", "`sources` in agreement.yaml"))
INDICATOR = (
    Localized("en indikator", "an indicator"),
    Localized("målens `indicators` i agreement.yaml", "the goals' `indicators` in agreement.yaml"),
)
ACTIVITY = (
    Localized("en aktivitet", "an activity"),
    Localized("filnamnen i data/activities/", "the file names in data/activities/"),
)


@rule(
    "unknown-reference",
    Severity.ERROR,
    Message(
        "Id:t hänvisar till {target} som inte finns.",
        "The id refers to {target} that does not exist.",
        "Kontrollera stavningen mot {where}. Ett id skrivs med små bokstäver a–z, siffror och bindestreck.",
        "Check the spelling against {where}. An id uses lowercase a–z, digits and hyphens.",
    ),
    "Varje id som en fil hänvisar till (part, inriktning, mål, indikator, källa, aktivitet) finns.",
    "Every id a file refers to (party, focus area, goal, indicator, source, activity) exists.",
    "references",
    explanation_sv="""Ett id som inte pekar på något.

    Undvik: en aktivitet anger `goals: [minska-ungdomsbrott]` medan målets id är `minska-ungdomsbrottslighet`, eller
    en uppföljning nämner en aktivitet som har bytt namn. Kopplingen försvinner då ur rapporten utan att någon
    märker det.

    Bättre: kopiera id:t från där det står definierat (`parties`, `focus_areas`, `action_plan.goals`, `sources`,
    målens `indicators` i agreement.yaml, eller aktivitetens filnamn).
    """,
)
def unknown_reference(context: Context) -> Iterator[Hit]:
    """An id that points at nothing.

    Anti-pattern: an activity lists `goals: [minska-ungdomsbrott]` while the goal's id is `minska-ungdomsbrottslighet`;
    a follow-up names an activity that was renamed. The report then silently loses the link.

    Better: copy the id from where it is defined (`parties`, `focus_areas`, `action_plan.goals`, `sources`, the goals'
    `indicators` in agreement.yaml, or the activity's file name).
    """
    agreement = context.agreement
    if agreement is not None:
        model = agreement.model
        known_parties = set(context.parties)
        for index, party in enumerate(model.parties):
            for j, served in enumerate(party.serves):
                if served not in known_parties:
                    yield _missing(agreement, ("parties", index, "serves", j), PARTY)
        for index, signatory in enumerate(model.signatories):
            if signatory.party not in known_parties:
                yield _missing(agreement, ("signatories", index, "party"), PARTY)
        for index, represented in enumerate(model.governance.representation):
            if represented.party not in known_parties:
                yield _missing(agreement, ("governance", "representation", index, "party"), PARTY)
        for index, coordinator in enumerate(model.governance.coordinators):
            if coordinator.party not in known_parties:
                yield _missing(agreement, ("governance", "coordinators", index, "party"), PARTY)
        for at in context.goals:
            for j, area in enumerate(at.goal.focus_areas):
                if area not in context.focus_area_ids:
                    yield _missing(agreement, (*at.path, "focus_areas", j), FOCUS_AREA)
        for ind in context.indicators:
            if ind.indicator.source not in context.source_ids:
                yield _missing(agreement, (*ind.path, "source"), SOURCE)
        for activity in context.repository.activities:
            yield from _activity_references(context, activity)
    for followup in context.repository.followups:
        if followup.model.activity not in context.activity_file_ids:
            yield _missing(followup, ("activity",), ACTIVITY)
        if agreement is not None:
            for index, value in enumerate(followup.model.indicator_values):
                if value.indicator not in context.indicator_ids:
                    yield _missing(followup, ("indicator_values", index, "indicator"), INDICATOR)
    if agreement is not None:
        for meeting in context.repository.meetings:
            m = meeting.model
            people: list[tuple[Path_, str]] = [
                ((role,), person.party)
                for role, person in (("chair", m.chair), ("secretary", m.secretary), ("adjuster", m.adjuster))
                if person is not None
            ]
            people += [(("present", index), person.party) for index, person in enumerate(m.present)]
            people += [(("absent", index), person.party) for index, person in enumerate(m.absent)]
            people += [(("action_points", index), point.owner_party) for index, point in enumerate(m.action_points)]
            for path, owner in people:
                if owner not in context.parties:
                    key = "owner_party" if path[0] == "action_points" else "party"
                    yield _missing(meeting, (*path, key), PARTY)


def _activity_references(context: Context, loaded: Loaded[Any]) -> Iterator[Hit]:
    activity = loaded.model
    for j, goal in enumerate(activity.goals):
        if goal not in context.goal_ids:
            yield _missing(loaded, ("goals", j), GOAL)
    for j, area in enumerate(activity.focus_areas):
        if area not in context.focus_area_ids:
            yield _missing(loaded, ("focus_areas", j), FOCUS_AREA)
    for index, responsibility in enumerate(activity.responsibilities):
        if responsibility.party not in context.parties:
            yield _missing(loaded, ("responsibilities", index, "party"), PARTY)
    if activity.communication is not None:
        for j, party in enumerate(activity.communication.parties):
            if party not in context.parties:
                yield _missing(loaded, ("communication", "parties", j), PARTY)


def _missing(loaded: Loaded[Any], path: Path_, what: tuple[Localized, Localized]) -> Hit:
    return hit(loaded, path, target=what[0], where=what[1])


_KINDS = {
    "party": Localized("en annan part", "another party"),
    "focus_area": Localized("en annan inriktning", "another focus area"),
    "goal": Localized("ett annat mål", "another goal"),
    "indicator": Localized("en annan indikator", "another indicator"),
    "source": Localized("en annan källa", "another source"),
    "activity": Localized("en annan aktivitet", "another activity"),
    "action_point": Localized("en annan åtgärdspunkt i samma möte", "another action point in the same meeting"),
}


@rule(
    "duplicate-id",
    Severity.ERROR,
    Message(
        "Id:t används redan för {kind} ({first}).",
        "The id is already used for {kind} ({first}).",
        "Ge varje part, inriktning, mål, indikator, källa, aktivitet och åtgärdspunkt ett eget id.",
        "Give each party, focus area, goal, indicator, source, activity and action point its own id.",
    ),
    "Id:n är unika: parter, inriktningar, mål, indikatorer, källor, aktiviteter, åtgärdspunkter i ett möte.",
    "Ids are unique: parties, focus areas, goals, indicators, sources, activities, action points in a meeting.",
    "references",
    explanation_sv="""Två saker med samma id.

    Undvik: två mål som båda heter `trygghet`, eller en kopierad aktivitetsfil där `id` inte har ändrats. Varje
    hänvisning till det id:t blir då tvetydig.

    Bättre: ett id per sak. En åtgärdspunkt får behålla sitt id från möte till möte (det är så man följer den), men
    inom ett möte används varje id bara en gång.
    """,
)
def duplicate_id(context: Context) -> Iterator[Hit]:
    """Two things with the same id.

    Anti-pattern: two goals both called `trygghet`, or a copied activity file whose `id` was not changed; every
    reference to that id is then ambiguous.

    Better: one id per thing. Action points may keep their id from meeting to meeting (that is how a point is
    followed), but within one meeting each id is used once.
    """
    agreement = context.agreement
    if agreement is not None:
        model = agreement.model
        groups: list[tuple[str, list[tuple[Path_, str]]]] = [
            ("party", [(("parties", i, "id"), p.id) for i, p in enumerate(model.parties)]),
            ("focus_area", [(("focus_areas", i, "id"), a.id) for i, a in enumerate(model.focus_areas)]),
            ("goal", [((*at.path, "id"), at.goal.id) for at in context.goals]),
            ("indicator", [((*at.path, "id"), at.indicator.id) for at in context.indicators]),
            ("source", [(("sources", i, "id"), s.id) for i, s in enumerate(model.sources)]),
        ]
        for kind, entries in groups:
            first_line: dict[str, int] = {}
            for path, ident in entries:
                line, column = agreement.document.position(path)
                if ident in first_line:
                    yield Hit(
                        agreement.shown_as,
                        line,
                        column,
                        {"kind": _KINDS[kind], "first": _on_line(first_line[ident])},
                    )
                else:
                    first_line[ident] = line
    first_file: dict[str, str] = {}
    for activity in context.repository.activities:
        ident = activity.model.id
        if ident in first_file:
            yield hit(activity, ("id",), kind=_KINDS["activity"], first=_in_file(first_file[ident]))
        else:
            first_file[ident] = activity.shown_as
    for meeting in context.repository.meetings:
        seen: dict[str, int] = {}
        for index, point in enumerate(meeting.model.action_points):
            line, column = meeting.document.position(("action_points", index, "id"))
            if point.id in seen:
                yield Hit(
                    meeting.shown_as, line, column, {"kind": _KINDS["action_point"], "first": _on_line(seen[point.id])}
                )
            else:
                seen[point.id] = line


def _on_line(line: int) -> Localized:
    return Localized(f"först på rad {line}", f"first on line {line}")


def _in_file(file: str) -> Localized:
    return Localized(f"först i {file}", f"first in {file}")


@rule(
    "file-name-mismatch",
    Severity.ERROR,
    Message(
        "Fältet {field} stämmer inte med var filen ligger: {expected}.",
        "The field {field} does not match where the file lies: {expected}.",
        "Byt namn på filen (eller flytta den), eller rätta fältet, så att de stämmer.",
        "Rename (or move) the file, or correct the field, so that they match.",
    ),
    "Filnamnet stämmer med innehållet: aktivitet = id, uppföljning = aktivitet i mappen för perioden, möte = period.",
    "File names match the content: activity = id, follow-up = activity in the period's folder, meeting = period.",
    "references",
    explanation_sv="""En fil vars namn (eller mapp) inte stämmer med id:t eller perioden i filen.

    Undvik: `activities/team-ungdom.yaml` med `id: team-unga`, eller en uppföljning för 2021Q3 som sparats i
    `followups/2021Q2/`. Man letar efter filer på deras namn, och två uppföljningar kan då krocka.

    Bättre: `activities/<id>.yaml`, `followups/<period>/<aktivitet>.yaml`, `meetings/<period>.yaml`.
    """,
)
def file_name_mismatch(context: Context) -> Iterator[Hit]:
    """A file whose name (or folder) disagrees with the id or period inside it.

    Anti-pattern: `activities/team-ungdom.yaml` with `id: team-unga`; a follow-up for 2021Q3 saved in
    `followups/2021Q2/`. People find files by their names, and two follow-ups can then collide.

    Better: `activities/<id>.yaml`, `followups/<period>/<activity>.yaml`, `meetings/<period>.yaml`.
    """
    for activity in context.repository.activities:
        if _stem(activity.shown_as) != activity.model.id:
            yield hit(activity, ("id",), field="`id`", expected=_layout("activities/<id>.yaml"))
    for followup in context.repository.followups:
        path = PurePosixPath(followup.shown_as)
        if _stem(followup.shown_as) != followup.model.activity:
            yield hit(
                followup, ("activity",), field="`activity`", expected=_layout("followups/<period>/<activity>.yaml")
            )
        if path.parent.name != followup.model.period:
            yield hit(followup, ("period",), field="`period`", expected=_layout("followups/<period>/<activity>.yaml"))
    for meeting in context.repository.meetings:
        if _stem(meeting.shown_as) != meeting.model.period:
            yield hit(meeting, ("period",), field="`period`", expected=_layout("meetings/<period>.yaml"))


def _stem(shown_as: str) -> str:
    return PurePosixPath(shown_as).stem


def _layout(pattern: str) -> Localized:
    return Localized(f"filen ska ligga som {pattern}", f"the file should be {pattern}")
