"""References between files, unique ids, and file names that match the ids inside them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from enum import StrEnum
from typing import Any

from samverkan.catalog import Msg, msg
from samverkan.diagnostics import Severity
from samverkan.loader import Path_
from samverkan.models import JOINTLY, Agreement, FollowUp, Indicator, Measurement
from samverkan.periods import Cadence, Period, PeriodError, is_window_id
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
    PROBLEM = "problem"
    CAUSE = "cause"
    FINDING = "finding"
    LOCAL_PART = "local-part"
    PRODUCTION_TARGET = "production-target"
    WINDOW = "window"


@rule(code="unknown-reference", severity=Severity.ERROR, theme="references")
def unknown_reference(context: Context) -> Iterator[Hit]:
    """An id that points at nothing: a party, focus area, goal, indicator, source, activity, problem, cause, local
    part, production target or follow-up window."""
    agreement = context.agreement
    parties = sorted(context.parties)
    if agreement is not None:
        model = agreement.model
        yield from _document_references(context, agreement, parties)
        for index, party in enumerate(model.parties):
            for j, served in enumerate(party.serves):
                if served not in context.parties:
                    yield _missing(agreement, ("parties", index, "serves", j), IdKind.PARTY, served, parties)
        for index, signatory in enumerate(model.signatories):
            if signatory.party not in context.parties:
                yield _missing(agreement, ("signatories", index, "party"), IdKind.PARTY, signatory.party, parties)
        governance = model.governance
        for index, represented in enumerate(governance.representation if governance else []):
            if represented.party not in context.parties:
                path: Path_ = ("governance", "representation", index, "party")
                yield _missing(agreement, path, IdKind.PARTY, represented.party, parties)
        for index, coordinator in enumerate(governance.coordinators if governance else []):
            if coordinator.party not in context.parties:
                path = ("governance", "coordinators", index, "party")
                yield _missing(agreement, path, IdKind.PARTY, coordinator.party, parties)
        for at in context.goals:
            for j, area in enumerate(at.goal.focus_areas):
                if area not in context.focus_area_ids:
                    path = (*at.path, "focus_areas", j)
                    yield _missing(agreement, path, IdKind.FOCUS_AREA, area, sorted(context.focus_area_ids))
        for ind in context.indicators:
            if ind.indicator.source is not None and ind.indicator.source not in context.source_ids:
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
            if any(result.target is not None for result in followup.model.production):  # few files
                yield from _unknown_targets(context, followup)
        if is_window_id(followup.model.period) and followup.model.period not in context.windows:
            yield _missing(followup, ("period",), IdKind.WINDOW, followup.model.period, sorted(context.windows))
    for meeting in context.repository.meetings:
        if is_window_id(meeting.model.period) and meeting.model.period not in context.windows:
            yield _missing(meeting, ("period",), IdKind.WINDOW, meeting.model.period, sorted(context.windows))
    if context.repository.document is not None:
        for meeting in context.repository.meetings:
            m = meeting.model
            people: list[tuple[Path_, str | None]] = [
                ((role,), person.party)
                for role, person in (("chair", m.chair), ("secretary", m.secretary), ("adjuster", m.adjuster))
                if person is not None
            ]
            people += [(("present", index), person.party) for index, person in enumerate(m.present)]
            people += [(("absent", index), person.party) for index, person in enumerate(m.absent)]
            people += [(("action_points", index), point.owner_party) for index, point in enumerate(m.action_points)]
            for at_path, owner in people:
                if owner is not None and owner not in context.parties:
                    key = "owner_party" if at_path[0] == "action_points" else "party"
                    yield _missing(meeting, (*at_path, key), IdKind.PARTY, owner, parties)
    council = context.repository.council
    if council is not None:
        council_parties = {party.id for party in council.model.parties}
        for index, member in enumerate(council.model.members):
            if member.party is not None and member.party not in council_parties:
                path = ("members", index, "party")
                yield _missing(council, path, IdKind.PARTY, member.party, sorted(council_parties))


def _activity_references(context: Context, loaded: Loaded[Any], parties: list[str]) -> Iterator[Hit]:
    activity = loaded.model
    yield from _unknown_in_list(loaded, "goals", IdKind.GOAL, context.goal_ids)
    yield from _unknown_in_list(loaded, "focus_areas", IdKind.FOCUS_AREA, context.focus_area_ids)
    for index, responsibility in enumerate(activity.responsibilities):
        if responsibility.party not in context.parties:
            yield _missing(loaded, ("responsibilities", index, "party"), IdKind.PARTY, responsibility.party, parties)
    if activity.communication is not None:
        for j, party in enumerate(activity.communication.parties):
            if party not in context.parties:
                yield _missing(loaded, ("communication", "parties", j), IdKind.PARTY, party, parties)
    for field in ("by", "involves", "applies_to"):
        for j, party in enumerate(getattr(activity, field)):
            if party not in context.parties and not (field == "by" and party == JOINTLY):
                yield _missing(loaded, (field, j), IdKind.PARTY, party, parties + ([JOINTLY] if field == "by" else []))
    if activity.part is not None and activity.part not in context.local_part_ids:
        yield _missing(loaded, ("part",), IdKind.LOCAL_PART, activity.part, sorted(context.local_part_ids))
    yield from _unknown_in_list(loaded, "problems", IdKind.PROBLEM, context.problem_ids)
    yield from _unknown_in_list(loaded, "causes", IdKind.CAUSE, context.cause_ids)
    yield from _unknown_in_list(loaded, "indicators", IdKind.INDICATOR, context.indicator_ids)


def _unknown_in_list(loaded: Loaded[Any], field: str, kind: IdKind, known: set[str]) -> Iterator[Hit]:
    """Each id in the activity's list `field` that is not among the `known` ids of its kind."""
    for j, typed in enumerate(getattr(loaded.model, field)):
        if typed not in known:
            yield _missing(loaded, (field, j), kind, typed, sorted(known))


def _document_references(context: Context, agreement: Loaded[Agreement], parties: list[str]) -> Iterator[Hit]:
    """The ids inside agreement.yaml that the first issues did not have: decisions, members, the coordination
    function, local parts, `applies_to`, scopes, problems, causes and the lägesbild's sources and findings."""
    model = agreement.model
    party_refs: list[tuple[Path_, str | None]] = [
        (("adoptions", i, "party"), adoption.party) for i, adoption in enumerate(model.adoptions)
    ]
    for i, party in enumerate(model.parties):
        members = party.bra.members if party.bra else []
        party_refs += [(("parties", i, "bra", "members", j, "party"), m.party) for j, m in enumerate(members)]
    if model.coordination_function is not None:
        party_refs.append((("coordination_function", "party"), model.coordination_function.party))
    party_refs += [(("local_parts", i, "party"), part.party) for i, part in enumerate(model.local_parts)]
    for i, area in enumerate(model.focus_areas):
        party_refs += [(("focus_areas", i, "applies_to", j), p) for j, p in enumerate(area.applies_to)]
        if area.scope is not None:
            party_refs += [(("focus_areas", i, "scope", "parties", j), p) for j, p in enumerate(area.scope.parties)]
    for at in context.goals:
        party_refs += [((*at.path, "applies_to", j), p) for j, p in enumerate(at.goal.applies_to)]
    for ind in context.indicators:
        for base, scope in [((*ind.path, "scope"), ind.indicator.scope)] + [
            ((*ind.path, key, *index, "scope"), value.scope) for key, index, value in _measurements(ind.indicator)
        ]:
            if scope is not None:
                party_refs += [((*base, "parties", j), p) for j, p in enumerate(scope.parties)]
    for path, ref in party_refs:
        if ref is not None and ref not in context.parties:
            yield _missing(agreement, path, IdKind.PARTY, ref, parties)
    areas = sorted(context.focus_area_ids)
    for i, part in enumerate(model.local_parts):
        for j, area_id in enumerate(part.focus_areas):
            if area_id not in context.focus_area_ids:
                yield _missing(agreement, ("local_parts", i, "focus_areas", j), IdKind.FOCUS_AREA, area_id, areas)
    problems = sorted(context.problem_ids)
    for i, area in enumerate(model.focus_areas):
        for j, problem_id in enumerate(area.problems):
            if problem_id not in context.problem_ids:
                yield _missing(agreement, ("focus_areas", i, "problems", j), IdKind.PROBLEM, problem_id, problems)
    for at in context.goals:
        for j, problem_id in enumerate(at.goal.problems):
            if problem_id not in context.problem_ids:
                yield _missing(agreement, (*at.path, "problems", j), IdKind.PROBLEM, problem_id, problems)
        for j, cause_id in enumerate(at.goal.causes):
            if cause_id not in context.cause_ids:
                yield _missing(agreement, (*at.path, "causes", j), IdKind.CAUSE, cause_id, sorted(context.cause_ids))
    report = model.situation_report
    if report is not None:
        sources = sorted(context.source_ids)
        source_refs: list[tuple[Path_, str]] = [
            (("situation_report", "sources", j), s) for j, s in enumerate(report.sources)
        ]
        findings = report.crime_mapping.findings if report.crime_mapping else []
        for i, finding in enumerate(findings):
            found_at: Path_ = ("situation_report", "crime_mapping", "findings", i)
            source_refs += [((*found_at, "sources", j), s) for j, s in enumerate(finding.sources)]
            for j, indicator in enumerate(finding.indicators):
                if indicator not in context.indicator_ids:
                    path = (*found_at, "indicators", j)
                    yield _missing(agreement, path, IdKind.INDICATOR, indicator, sorted(context.indicator_ids))
        for key in ("other_information", "analysis"):
            part = getattr(report, key)
            if part is not None:
                source_refs += [(("situation_report", key, "sources", j), s) for j, s in enumerate(part.sources)]
        finding_ids = {finding.id for finding in findings}
        for problem, path in context.problems:
            for j, finding_id in enumerate(problem.findings):
                if finding_id not in finding_ids:
                    yield _missing(agreement, (*path, "findings", j), IdKind.FINDING, finding_id, sorted(finding_ids))
            for j, area_id in enumerate(problem.focus_areas):
                if area_id not in context.focus_area_ids:
                    yield _missing(agreement, (*path, "focus_areas", j), IdKind.FOCUS_AREA, area_id, areas)
        for cause, path in context.causes:
            source_refs += [((*path, "sources", j), s) for j, s in enumerate(cause.sources)]
        for path, source in source_refs:
            if source not in context.source_ids:
                yield _missing(agreement, path, IdKind.SOURCE, source, sources)


def _measurements(indicator: Indicator) -> Iterator[tuple[str, tuple[int, ...], Measurement]]:
    """An indicator's baseline and values, with where they are under it."""
    if indicator.baseline is not None:
        yield "baseline", (), indicator.baseline
    for index, value in enumerate(indicator.values):
        yield "values", (index,), value


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
            (IdKind.PROBLEM, [((*path, "id"), problem.id) for problem, path in context.problems]),
            (IdKind.CAUSE, [((*path, "id"), cause.id) for cause, path in context.causes]),
            (IdKind.LOCAL_PART, [(("local_parts", i, "id"), p.id) for i, p in enumerate(model.local_parts)]),
        ]
        report = model.situation_report
        findings = report.crime_mapping.findings if report and report.crime_mapping else []
        base: Path_ = ("situation_report", "crime_mapping", "findings")
        groups.append((IdKind.FINDING, [((*base, i, "id"), f.id) for i, f in enumerate(findings)]))
        for kind, entries in groups:
            yield from _repeated(agreement, kind, entries)
    first_file: dict[str, str] = {}
    for activity in context.repository.activities:
        ident = activity.model.id
        if ident in first_file:
            line, column = activity.document.position(("id",))
            first = msg("duplicate-id.first-in", file=first_file[ident])
            yield Hit(activity.shown_as, line, column, _duplicate(IdKind.ACTIVITY, first))
        else:
            first_file[ident] = activity.shown_as
        targets = activity.model.production_targets
        yield from _repeated(
            activity,
            IdKind.PRODUCTION_TARGET,
            [(("production_targets", i, "id"), target.id) for i, target in enumerate(targets) if target.id is not None],
        )
    for meeting in context.repository.meetings:
        points = meeting.model.action_points
        yield from _repeated(
            meeting, IdKind.ACTION_POINT, [(("action_points", i, "id"), point.id) for i, point in enumerate(points)]
        )


def _repeated(loaded: Loaded[Any], kind: IdKind, entries: list[tuple[Path_, str]]) -> Iterator[Hit]:
    """Each id among ENTRIES (path, id) of one file that an earlier entry already has, with that entry's line.
    Places are asked for only when an id repeats: most files have none, and their places are never read."""
    first: dict[str, Path_] = {}
    for path, ident in entries:
        if ident in first:
            line, column = loaded.document.position(path)
            first_line = loaded.document.position(first[ident])[0]
            yield Hit(loaded.shown_as, line, column, _duplicate(kind, _on_line(first_line)))
        else:
            first[ident] = path


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
        folder, _, name = followup.shown_as.rpartition("/")
        if _stem(name) != followup.model.activity:
            yield hit(followup, ("activity",), field="`activity`", layout=FOLLOWUP_LAYOUT)
        if folder.rpartition("/")[2] != followup.model.period:
            yield hit(followup, ("period",), field="`period`", layout=FOLLOWUP_LAYOUT)
    for meeting in context.repository.meetings:
        if _stem(meeting.shown_as) != meeting.model.period:
            yield hit(meeting, ("period",), field="`period`", layout=MEETING_LAYOUT)
        elif _day_of(meeting.model.period) not in (None, meeting.model.date):
            yield hit(meeting, ("date",), field="`date`", layout=MEETING_LAYOUT)


def _unknown_targets(context: Context, followup: Loaded[FollowUp]) -> Iterator[Hit]:
    """Each result of the follow-up whose `target` its activity does not have."""
    reported = context.activities.get(followup.model.activity)
    if reported is None:
        return  # the activity itself is unknown: that is the finding
    targets = {t.id for t in reported.model.production_targets if t.id}
    for index, result in enumerate(followup.model.production):
        if result.target is not None and result.target not in targets:
            path = ("production", index, "target")
            yield _missing(followup, path, IdKind.PRODUCTION_TARGET, result.target, sorted(targets))


def _day_of(key: str) -> dt.date | None:
    """The day a meeting file is named by (`2024-02-13`, a council that meets as needed), else None."""
    if is_window_id(key):
        return None
    try:
        period = Period.parse(key)
    except PeriodError:  # pragma: no cover - the schema's pattern already allows only periods
        return None
    return period.start if period.cadence is Cadence.LOPANDE else None


def _stem(shown_as: str) -> str:
    """The file's name without its ending, as `PurePosixPath.stem`, in plain strings (it runs for every file)."""
    name = shown_as.rpartition("/")[2]
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name
