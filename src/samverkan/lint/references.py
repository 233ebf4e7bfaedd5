"""References between files, unique ids, and file names that match the ids inside them."""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from pathlib import PurePosixPath
from typing import Any

from samverkan.catalog import Msg, msg
from samverkan.diagnostics import Severity
from samverkan.loader import Path_
from samverkan.repository import Loaded

from .context import Context
from .registry import Hit, did_you_mean, hit, rule

#: A list of valid ids is shown in the hint when it is this short.
MAX_LISTED_IDS = 5


class IdKind(StrEnum):
    """What an id names; the catalog words it (`lint.id.<kind>.*`)."""

    PARTY = "party"
    FOCUS_AREA = "focus-area"
    GOAL = "goal"
    INDICATOR = "indicator"
    SOURCE = "source"
    ACTIVITY = "activity"
    ACTION_POINT = "action-point"


@rule(code="unknown-reference", severity=Severity.ERROR, theme="references")
def unknown_reference(context: Context) -> Iterator[Hit]:
    """An id that points at nothing: a party, focus area, goal, indicator, source or activity."""
    agreement = context.agreement
    parties = sorted(context.parties)
    if agreement is not None:
        model = agreement.model
        for index, party in enumerate(model.parties):
            for j, served in enumerate(party.serves):
                if served not in context.parties:
                    yield _missing(agreement, ("parties", index, "serves", j), IdKind.PARTY, served, parties)
        for index, signatory in enumerate(model.signatories):
            if signatory.party not in context.parties:
                yield _missing(agreement, ("signatories", index, "party"), IdKind.PARTY, signatory.party, parties)
        for index, represented in enumerate(model.governance.representation):
            if represented.party not in context.parties:
                path: Path_ = ("governance", "representation", index, "party")
                yield _missing(agreement, path, IdKind.PARTY, represented.party, parties)
        for index, coordinator in enumerate(model.governance.coordinators):
            if coordinator.party not in context.parties:
                path = ("governance", "coordinators", index, "party")
                yield _missing(agreement, path, IdKind.PARTY, coordinator.party, parties)
        for at in context.goals:
            for j, area in enumerate(at.goal.focus_areas):
                if area not in context.focus_area_ids:
                    path = (*at.path, "focus_areas", j)
                    yield _missing(agreement, path, IdKind.FOCUS_AREA, area, sorted(context.focus_area_ids))
        for ind in context.indicators:
            if ind.indicator.source not in context.source_ids:
                path = (*ind.path, "source")
                yield _missing(agreement, path, IdKind.SOURCE, ind.indicator.source, sorted(context.source_ids))
        for activity in context.repository.activities:
            yield from _activity_references(context, activity, parties)
    for followup in context.repository.followups:
        if followup.model.activity not in context.activity_file_ids:
            known = sorted(context.activity_file_ids)
            yield _missing(followup, ("activity",), IdKind.ACTIVITY, followup.model.activity, known)
        if agreement is not None:
            for index, value in enumerate(followup.model.indicator_values):
                if value.indicator not in context.indicator_ids:
                    path = ("indicator_values", index, "indicator")
                    yield _missing(followup, path, IdKind.INDICATOR, value.indicator, sorted(context.indicator_ids))
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
            for at_path, owner in people:
                if owner not in context.parties:
                    key = "owner_party" if at_path[0] == "action_points" else "party"
                    yield _missing(meeting, (*at_path, key), IdKind.PARTY, owner, parties)


def _activity_references(context: Context, loaded: Loaded[Any], parties: list[str]) -> Iterator[Hit]:
    activity = loaded.model
    for j, goal in enumerate(activity.goals):
        if goal not in context.goal_ids:
            yield _missing(loaded, ("goals", j), IdKind.GOAL, goal, sorted(context.goal_ids))
    for j, area in enumerate(activity.focus_areas):
        if area not in context.focus_area_ids:
            yield _missing(loaded, ("focus_areas", j), IdKind.FOCUS_AREA, area, sorted(context.focus_area_ids))
    for index, responsibility in enumerate(activity.responsibilities):
        if responsibility.party not in context.parties:
            yield _missing(loaded, ("responsibilities", index, "party"), IdKind.PARTY, responsibility.party, parties)
    if activity.communication is not None:
        for j, party in enumerate(activity.communication.parties):
            if party not in context.parties:
                yield _missing(loaded, ("communication", "parties", j), IdKind.PARTY, party, parties)


def _missing(loaded: Loaded[Any], path: Path_, kind: IdKind, typed: str, known: list[str]) -> Hit:
    """A hit for an unknown id: what kind of id, where the valid ones are, the closest valid one, and the valid ones
    themselves when there are few. The id that was typed is compared, never shown: only ids that exist are."""
    return hit(
        loaded,
        path,
        target=Msg(f"lint.id.{kind}.a"),
        where=Msg(f"lint.id.{kind}.where"),
        suggestion=did_you_mean(typed, known),
        known=_listed(known),
    )


def _listed(known: list[str]) -> Msg | str:
    if not known:
        return Msg("unknown-reference.none-known")
    if len(known) <= MAX_LISTED_IDS:
        return msg("unknown-reference.known", ids=[f"`{ident}`" for ident in dict.fromkeys(known)])
    return ""


@rule(code="duplicate-id", severity=Severity.ERROR, theme="references")
def duplicate_id(context: Context) -> Iterator[Hit]:
    """Two things of the same kind with the same id (action points: within one meeting)."""
    agreement = context.agreement
    if agreement is not None:
        model = agreement.model
        groups: list[tuple[IdKind, list[tuple[Path_, str]]]] = [
            (IdKind.PARTY, [(("parties", i, "id"), p.id) for i, p in enumerate(model.parties)]),
            (IdKind.FOCUS_AREA, [(("focus_areas", i, "id"), a.id) for i, a in enumerate(model.focus_areas)]),
            (IdKind.GOAL, [((*at.path, "id"), at.goal.id) for at in context.goals]),
            (IdKind.INDICATOR, [((*at.path, "id"), at.indicator.id) for at in context.indicators]),
            (IdKind.SOURCE, [(("sources", i, "id"), s.id) for i, s in enumerate(model.sources)]),
        ]
        for kind, entries in groups:
            first_line: dict[str, int] = {}
            for path, ident in entries:
                line, column = agreement.document.position(path)
                if ident in first_line:
                    yield Hit(agreement.shown_as, line, column, _duplicate(kind, _on_line(first_line[ident])))
                else:
                    first_line[ident] = line
    first_file: dict[str, str] = {}
    for activity in context.repository.activities:
        ident = activity.model.id
        if ident in first_file:
            line, column = activity.document.position(("id",))
            first = msg("duplicate-id.first-in", file=first_file[ident])
            yield Hit(activity.shown_as, line, column, _duplicate(IdKind.ACTIVITY, first))
        else:
            first_file[ident] = activity.shown_as
    for meeting in context.repository.meetings:
        seen: dict[str, int] = {}
        for index, point in enumerate(meeting.model.action_points):
            line, column = meeting.document.position(("action_points", index, "id"))
            if point.id in seen:
                yield Hit(meeting.shown_as, line, column, _duplicate(IdKind.ACTION_POINT, _on_line(seen[point.id])))
            else:
                seen[point.id] = line


def _duplicate(kind: IdKind, first: Msg) -> dict[str, object]:
    return {"kind": Msg(f"lint.id.{kind}.another"), "first": first}


def _on_line(line: int) -> Msg:
    return msg("duplicate-id.first-on-line", line=line)


#: Where a file of each kind lies, as the catalog shows it.
ACTIVITY_LAYOUT = Msg("lint.layout.activity")
FOLLOWUP_LAYOUT = Msg("lint.layout.followup")
MEETING_LAYOUT = Msg("lint.layout.meeting")


@rule(code="file-name-mismatch", severity=Severity.ERROR, theme="references")
def file_name_mismatch(context: Context) -> Iterator[Hit]:
    """A file whose name (or folder) disagrees with the id or period inside it."""
    for activity in context.repository.activities:
        if _stem(activity.shown_as) != activity.model.id:
            yield hit(activity, ("id",), field="`id`", layout=ACTIVITY_LAYOUT)
    for followup in context.repository.followups:
        path = PurePosixPath(followup.shown_as)
        if _stem(followup.shown_as) != followup.model.activity:
            yield hit(followup, ("activity",), field="`activity`", layout=FOLLOWUP_LAYOUT)
        if path.parent.name != followup.model.period:
            yield hit(followup, ("period",), field="`period`", layout=FOLLOWUP_LAYOUT)
    for meeting in context.repository.meetings:
        if _stem(meeting.shown_as) != meeting.model.period:
            yield hit(meeting, ("period",), field="`period`", layout=MEETING_LAYOUT)


def _stem(shown_as: str) -> str:
    return PurePosixPath(shown_as).stem
