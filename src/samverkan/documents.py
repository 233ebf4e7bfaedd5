"""The documents samverkan writes: a period's BRÅ minutes (`report --quarter`) and the agreement itself (`render`).

(Not to be confused with samverkan.reporters, which prints findings.) This module only gathers what a template
needs into plain dictionaries and lists; the wording and layout live in the Jinja templates
(`templates/minutes.md.j2`, `templates/agreement.md.j2`), which a kommun can replace with its own (see
samverkan.templating). Nothing here reads the clock: `as_of` decides whether a period's meeting has taken place,
so a report is the same every time it is made for the same `as_of`.

A period's meeting has *taken place* when its file exists, says `status: genomfört` and its date is on or before
`as_of`; the document is then the minutes. Otherwise (no file, `planerat`, or a later date) it is a draft agenda
("Förslag till dagordning") of what the meeting is expected to go through, and a cancelled meeting (`inställt`)
says so. Which activities the minutes go through, and when their follow-ups are due, is the schedule's answer
(samverkan.schedule), the same one `overdue` and `new followup` use.

A document has one language: the language of its template. The built-in templates are Swedish documents (minutes
kept by a Swedish kommun), so `DOCUMENT_LANG` is Swedish whatever `--lang` the messages are in; the words the code
fills in (dates, an action point's status, meeting duties, the roles in the action plan's table) come from the
catalog (samverkan.catalog.documents) in that language, and the template sees it as `lang`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from samverkan.catalog import Lang, join, render, say, shown
from samverkan.diagnostics import Diagnostic
from samverkan.history import changes_between
from samverkan.kinds import CLASSIC_COLUMNS, FORMS, Noun, effective_columns
from samverkan.models import (
    JOINTLY,
    ActionPoint,
    Activity,
    ActivityKind,
    Adoption,
    Agreement,
    FollowUp,
    Goal,
    Indicator,
    Measurement,
    Meeting,
    MeetingStatus,
    Participant,
    PartyKind,
    PeriodSpan,
    PlanColumn,
    Responsibility,
    ResultState,
)
from samverkan.periods import Period, PeriodError
from samverkan.repository import Loaded, Repository
from samverkan.schedule import (
    action_point_owner,
    activity_owner,
    days_late,
    due_date,
    is_blank,
    item_places,
    meetings_by_period,
    nothing_owed,
    open_on,
    owed_followups,
    party_names,
    previous_meeting,
)
from samverkan.templating import find_template
from samverkan.templating import render as render_template

MINUTES_TEMPLATE = "minutes.md.j2"
AGREEMENT_TEMPLATE = "agreement.md.j2"
#: The language of the built-in templates, and so of the words filled into them.
DOCUMENT_LANG: Lang = "sv"


# --------------------------------------------------------------------------------------------------- the minutes


def render_minutes(
    repository: Repository, period: Period, as_of: dt.date, lang: Lang, template: Path | None = None
) -> tuple[str | None, list[Diagnostic]]:
    """The period's minutes (or draft agenda) as Markdown in `lang`, or the findings that stopped it."""
    source = find_template(MINUTES_TEMPLATE, repository.root, template)
    return render_template(source, minutes_context(repository, period, as_of, lang), lang)


def render_agreement(
    repository: Repository, lang: Lang, template: Path | None = None
) -> tuple[str | None, list[Diagnostic]]:
    source = find_template(AGREEMENT_TEMPLATE, repository.root, template)
    return render_template(source, agreement_context(repository, lang), lang)


def nouns(agreement: Agreement | None, lang: Lang) -> dict[str, str]:
    """The document's kind in words for a template: `definite` ("medborgarlöftet"), `short`, `genitive`, `label`
    ("Medborgarlöfte"), each also with a capital (`definite_cap` …)."""
    kind = agreement.kind if agreement is not None else None
    words: dict[str, str] = {}
    for form in FORMS:
        text = Noun(kind, form).text(lang)
        words[form] = text
        words[f"{form}_cap"] = text[:1].upper() + text[1:]
    return words


def minutes_context(repository: Repository, period: Period, as_of: dt.date, lang: Lang) -> dict[str, Any]:
    # Without an agreement the folder describes a council (bra.yaml) that keeps minutes: no plan is followed up.
    agreement = repository.agreement.model if repository.agreement is not None else None
    council = repository.council.model if repository.council is not None else None
    assert agreement is not None or council is not None, "validate before rendering"
    parties = agreement.parties if agreement is not None else council.parties if council is not None else []
    cadence = period.cadence
    names = party_names(agreement or council)
    meetings = meetings_by_period(repository, cadence)
    current = meetings.get(period)
    meeting = current.model if current else None
    if meeting is None or meeting.status is MeetingStatus.PLANERAT or meeting.date > as_of:
        mode = "agenda"
    elif meeting.status is MeetingStatus.INSTALLT:
        mode = "cancelled"
    else:
        mode = "minutes"
    on_day = meeting.date if meeting is not None and mode == "minutes" else as_of
    previous = previous_meeting(repository, period)

    groups = _activity_groups(repository, agreement, period, as_of, names, lang) if agreement is not None else []
    current_points = {point.id: point for point in meeting.action_points} if meeting else {}
    previous_ids = {point.id for point in previous.action_points} if previous else set()
    illustrative = bool(meeting and meeting.illustrative) or any(
        a["followup"]["illustrative"] for g in groups for a in g["activities"] if a["followup"] is not None
    )
    end = agreement.last_day if agreement is not None else None
    why_nothing_owed = nothing_owed(agreement) if agreement is not None else None
    return {
        "mode": mode,
        "as_of": as_of,
        "illustrative": illustrative,
        "period": {"code": str(period), "label": period.label(lang), "start": period.start, "end": period.end},
        "forum": (meeting.forum or meeting.title if meeting else None)
        or (agreement.forum if agreement is not None else council.name if council is not None else None),
        "kommuner": [p.name for p in parties if p.kind in (PartyKind.KOMMUN, PartyKind.STADSDEL)],
        "noun": nouns(agreement, lang),
        "nothing_owed": say(why_nothing_owed, lang) if why_nothing_owed is not None else None,
        "agreement": (
            {
                "title": agreement.title,
                "start": agreement.first_day,
                "end": end,
                "ended_in_or_before_period": end is not None and end <= period.end,
                "questions": [text for text, _field in agreement.questions],
            }
            if agreement is not None
            else None
        ),
        "meeting": _meeting_view(meeting, names, lang) if meeting else None,
        "planned": _planned(meeting, previous),
        "previous": (
            {
                "period": previous.period,
                "date": previous.date,
                "action_points": [
                    _point_view(current_points.get(point.id, point), names, on_day, lang)
                    for point in previous.action_points
                ],
            }
            if previous
            else None
        ),
        "changes": _changes(repository, previous, meeting.date if mode == "minutes" and meeting else as_of),
        "focus_groups": groups,
        "overview": _overview(groups, lang),
        "indicators": _indicators(agreement, repository.followups, period, lang) if agreement is not None else [],
        "new_action_points": [
            _point_view(point, names, on_day, lang)
            for point in (meeting.action_points if meeting else [])
            if point.id not in previous_ids
        ],
    }


def _changes(repository: Repository, previous: Meeting | None, through: dt.date) -> dict[str, Any] | None:
    """What was committed to the agreement and the action plan since the previous meeting; None (no section) without
    a previous meeting or outside a git repository."""
    if previous is None or previous.date >= through or repository.agreement is None:
        return None
    changes = changes_between(repository.root, previous.date, through)
    if changes is None:
        return None
    names = {loaded.model.id: loaded.model.name for loaded in repository.activities}
    return {
        "after": previous.date,
        "through": through,
        "items": [
            {
                "day": change.day,
                "kind": change.kind.value,
                "activity": None if change.activity is None else names.get(change.activity, change.activity),
                "commit": change.commit,
                "subject": change.subject,
            }
            for change in changes
        ],
    }


def _planned(meeting: Meeting | None, previous: Meeting | None) -> dict[str, Any] | None:
    """When and where the meeting is planned: its own file, else what the previous meeting decided."""
    if meeting is not None:
        return {"date": meeting.date, "time": meeting.start_time, "place": meeting.place, "from_previous": False}
    if previous is not None and previous.next_meeting is not None:
        nxt = previous.next_meeting
        return {"date": nxt.date, "time": nxt.time, "place": nxt.place, "from_previous": True}
    return None


def _participant(person: Participant | None, names: dict[str, str]) -> dict[str, Any] | None:
    if person is None:
        return None
    organisation = names.get(person.party, person.party) if person.party else person.organisation
    return {"role": person.role, "organisation": organisation, "name": person.name}


def _meeting_view(meeting: Meeting, names: dict[str, str], lang: Lang) -> dict[str, Any]:
    def by_organisation(people: list[Participant]) -> list[dict[str, Any]]:
        groups: dict[str, list[dict[str, Any]]] = {}
        for person in people:
            view = _participant(person, names)
            assert view is not None
            view["duty"] = _duty(person, meeting, lang)
            groups.setdefault(view["organisation"], []).append(view)
        return [{"organisation": organisation, "people": people} for organisation, people in groups.items()]

    return {
        "status": meeting.status.value,
        "date": meeting.date,
        "start_time": meeting.start_time,
        "end_time": meeting.end_time,
        "place": meeting.place,
        "chair": _participant(meeting.chair, names),
        "secretary": _participant(meeting.secretary, names),
        "adjuster": _participant(meeting.adjuster, names),
        "present": by_organisation(meeting.present),
        "absent": by_organisation(meeting.absent),
        "kind": meeting.kind.value if meeting.kind else None,
        "sequence": meeting.sequence,
        "first_item": meeting.first_item,
        "adjusted_on": meeting.adjusted_on,
        "agenda_decision": meeting.agenda_decision,
        **_items_and_decisions(meeting),
        "next_meeting": (
            {"date": meeting.next_meeting.date, "time": meeting.next_meeting.time, "place": meeting.next_meeting.place}
            if meeting.next_meeting
            else None
        ),
        "notes": meeting.notes,
    }


def _items_and_decisions(meeting: Meeting) -> dict[str, Any]:
    """The meeting's own items, each with the decisions that belong to it, and the decisions that name no item.

    A decision's `item` is the item's own § number when the file numbers its items (imported minutes keep their
    numbers, so a decision citing § 2 still points at the right item), else the item's place in the list."""
    items: list[dict[str, Any]] = [
        {"heading": item.heading, "text": item.text, "number": item.number, "decisions": []} for item in meeting.items
    ]
    by_reference = {reference: items[index] for reference, index in item_places(meeting).items()}
    loose: list[dict[str, Any]] = []
    for decision in meeting.decisions:
        view = {"text": decision.text, "cites": [{"meeting": c.meeting, "item": c.item} for c in decision.cites]}
        owner = by_reference.get(decision.item) if decision.item is not None else None
        if owner is not None:
            owner["decisions"].append(view)
        else:
            loose.append(view)
    return {"items": items, "decisions": loose}


def _duty(person: Participant, meeting: Meeting, lang: Lang) -> str | None:
    """`ordförande`, `sekreterare`, `justerare` when the person holds that duty (same role and organisation)."""
    duties = []
    for duty, holder in (("chair", meeting.chair), ("secretary", meeting.secretary), ("adjuster", meeting.adjuster)):
        if holder is not None and _same(holder, person):
            duties.append(render(f"document.duty.{duty}", lang))
    return ", ".join(duties) or None


def _same(one: Participant, other: Participant) -> bool:
    return (one.role, one.party, one.organisation, one.name) == (
        other.role,
        other.party,
        other.organisation,
        other.name,
    )


def _point_view(point: ActionPoint, names: dict[str, str], on_day: dt.date, lang: Lang) -> dict[str, Any]:
    return {
        "id": point.id,
        "what": point.what,
        "owner": action_point_owner(point, names),
        "deadline": point.deadline,
        "moved_from": point.moved_from,
        "status": render(f"document.status.{point.status.value}", lang),
        "done_on": point.done_on,
        "late": open_on(point, on_day) and days_late(point.deadline, on_day) is not None,
        "reason": point.reason,
        "notes": point.notes,
    }


def _activity_focus_areas(activity: Activity, agreement: Agreement) -> list[str]:
    goals = {goal.id: goal for goal in _all_goals(agreement.goals)}
    found = list(activity.focus_areas)
    for goal_id in activity.goals:
        goal = goals.get(goal_id)
        if goal is not None:
            found.extend(area for area in goal.focus_areas if area not in found)
    return found


def _activity_groups(
    repository: Repository, agreement: Agreement, period: Period, as_of: dt.date, names: dict[str, str], lang: Lang
) -> list[dict[str, Any]]:
    """The activities the minutes go through, by focus area: those that owe the period a follow-up (the schedule's
    answer, the same as `overdue`'s), and any other whose follow-up for the period came in anyway."""
    #: Each activity with its due day, the follow-up handed in (None: none yet) and whether a file is there but blank.
    rows: dict[str, tuple[Activity, dt.date, FollowUp | None, bool]] = {}
    for owed in owed_followups(repository, through=period.end):
        if owed.period == period:
            handed_in = owed.followup.model if owed.followup is not None and owed.handed_in else None
            rows[owed.activity.id] = (owed.activity, owed.due, handed_in, owed.blank)
    due = due_date(period, meetings_by_period(repository, period.cadence))
    activities = {loaded.model.id: loaded.model for loaded in repository.activities}
    for loaded in repository.followups:
        activity = activities.get(loaded.model.activity)
        if activity is None or activity.id in rows or not _is_period(loaded.model.period, period):
            continue
        if not is_blank(loaded.model, agreement.questions):  # a blank file came in, but nothing came in with it
            rows[activity.id] = (activity, due, loaded.model, False)
    groups: dict[str | None, list[dict[str, Any]]] = {area.id: [] for area in agreement.focus_areas}
    ordered = sorted(rows.values(), key=lambda r: (r[0].order or 10**6, r[0].id))
    for activity, activity_due, followup, blank in ordered:
        view = {
            "id": activity.id,
            "name": activity.label,
            "full_name": activity.full_name,
            "owner": activity_owner(activity, names),
            "status": activity.status.value,
            "due": activity_due,
            "days_late": days_late(activity_due, as_of),
            "blank": blank,
            "followup": _followup_view(followup, agreement, lang) if followup else None,
        }
        # Under every focus area the activity serves: an area is "without activity" only when none serves it.
        areas: list[str | None] = [area for area in _activity_focus_areas(activity, agreement) if area in groups]
        for area in areas or [None]:
            groups.setdefault(area, []).append(view)
    views: list[dict[str, Any]] = [
        {
            "name": area.name,
            "kind": area.kind.value if area.kind else None,
            "kind_text": render(f"document.focus-kind.{area.kind.name.lower()}", lang) if area.kind else None,
            "activities": groups[area.id],
        }
        for area in agreement.focus_areas
    ]
    if groups.get(None):
        views.append({"name": None, "kind": None, "kind_text": None, "activities": groups[None]})
    return views


def _overview(groups: list[dict[str, Any]], lang: Lang) -> list[dict[str, Any]]:
    """Each activity of the minutes once, in the order they are gone through: its name, whether its follow-up is
    handed in, blank or missing (`state`, and `state_text` in the document's words), and its rating (the status
    light)."""
    seen: dict[str, dict[str, Any]] = {}
    for group in groups:
        for activity in group["activities"]:
            followup = activity["followup"]
            state = "handed-in" if followup is not None else "blank" if activity["blank"] else "missing"
            seen.setdefault(
                activity["id"],
                {
                    "name": activity["name"],
                    "state": state,
                    "state_text": render(f"document.followup-state.{state}", lang),
                    "rating": followup["rating"] if followup else None,
                },
            )
    return list(seen.values())


def _is_period(code: str, period: Period) -> bool:
    try:
        return Period.parse(code, expect=period.cadence) == period
    except PeriodError:
        return False


#: The answer fields shown as a line of their own, in the minutes' words when the question has none of its own.
_TEXT_ANSWERS = ("done", "cooperated", "effects", "planned")


def _answer_rows(followup: FollowUp, agreement: Agreement, lang: Lang) -> list[dict[str, Any]]:
    """One row per question the document asks that a text answers: its label and the answer (None: unanswered).
    A plain question (Strängnäs) is labelled in the minutes' own words; one written {text, answer} by its text."""
    questions = agreement.follow_up.questions if agreement.follow_up else []
    asked = agreement.questions or [("", "done")]
    rows = []
    for index, (text, field) in enumerate(asked):
        own = index < len(questions) and not isinstance(questions[index], str)
        if field in _TEXT_ANSWERS:
            value = getattr(followup, field)
        elif field.startswith("answers."):
            value = followup.answers.get(field.removeprefix("answers."))
        else:
            continue  # rating, production and indicator values have lines of their own
        label = text if own else render(f"document.answer.{field}", lang) if field in _TEXT_ANSWERS else text
        rows.append({"label": label, "value": value})
    return rows


def _followup_view(followup: FollowUp, agreement: Agreement, lang: Lang) -> dict[str, Any]:
    rows = _answer_rows(followup, agreement, lang)
    return {
        "illustrative": followup.illustrative,
        "rows": rows,
        "done": followup.done,
        "cooperated": followup.cooperated,
        "effects": followup.effects,
        "planned": followup.planned,
        "rating": followup.rating.value if followup.rating else None,
        "done_on": followup.done_on,
        "production": [
            {"text": p.text, "count": p.count, "planned": p.state is ResultState.PLANERAT} for p in followup.production
        ],
        "reported_by": followup.reported_by,
        "notes": followup.notes,
        "complete": all(row["value"] is not None and row["value"].strip() for row in rows),
    }


def _all_goals(goals: Iterable[Goal]) -> list[Goal]:
    found: list[Goal] = []
    stack = list(goals)[::-1]
    while stack:
        goal = stack.pop()
        found.append(goal)
        stack.extend(goal.subgoals[::-1])
    return found


def _percent_change(percent: float, lang: Lang) -> str:
    """`+12,5 %`: the sign written out for an increase, as a change is."""
    return render("document.percent-change", lang, {"sign": "+" if percent > 0 else "", "percent": percent})


def _span_text(span: PeriodSpan, lang: Lang) -> str:
    if span.label:
        return span.label
    return render("document.span", lang, {"start": span.start, "end": span.end})


def _measured(measurement: Measurement, lang: Lang) -> tuple[dt.date, str]:
    """When a value holds (its last day; the earliest date for one the source gives no time for) and in words."""
    if measurement.period is not None:
        return measurement.period.end, _span_text(measurement.period, lang)
    if measurement.when is not None:
        return measurement.when.last_day(), measurement.label or shown(measurement.when, lang)
    return dt.date.min, measurement.label or ""


def _indicators(
    agreement: Agreement, followups: list[Loaded[FollowUp]], period: Period, lang: Lang
) -> list[dict[str, Any]]:
    """Each indicator with its baseline, target and latest value known at the end of the period: the whole
    document's, each focus area's and each goal's (a local part's too)."""
    sources = {source.id: source.name for source in agreement.sources}
    reported: dict[str, list[tuple[dt.date, float, str]]] = {}
    for loaded in followups:
        try:
            followup_period = Period.parse(loaded.model.period, expect=period.cadence)
        except PeriodError:
            continue
        if followup_period > period:
            continue
        for value in loaded.model.indicator_values:
            if value.period is not None:
                span_end, label = value.period.end, _span_text(value.period, lang)
            elif value.when is not None:
                span_end, label = value.when.last_day(), shown(value.when, lang)
            else:
                span_end, label = followup_period.end, followup_period.label(lang)
            reported.setdefault(value.indicator, []).append((span_end, value.value, label))
    owners: list[tuple[str, Indicator]] = [(agreement.title, i) for i in agreement.indicators]
    owners += [(area.name, i) for area in agreement.focus_areas for i in area.indicators]
    goals = _all_goals([*agreement.goals, *(goal for part in agreement.local_parts for goal in part.goals)])
    owners += [(goal.name, i) for goal in goals for i in goal.indicators]
    return [
        _indicator_view(owner, indicator, reported.get(indicator.id, []), sources, period, lang)
        for owner, indicator in owners
    ]


def _indicator_view(
    goal: str,
    indicator: Indicator,
    reported: list[tuple[dt.date, float, str]],
    sources: dict[str, str],
    period: Period,
    lang: Lang,
) -> dict[str, Any]:
    values = [(*_measured(m, lang)[:1], m.value, _measured(m, lang)[1]) for m in indicator.values]
    values = [entry for entry in values if entry[0] <= period.end]
    values += [entry for entry in reported if entry[0] <= period.end]
    latest = max(values, key=lambda entry: entry[0]) if values else None
    change = indicator.changes[-1] if indicator.changes else None
    target = indicator.target
    return {
        "id": indicator.id,
        "name": indicator.name,
        "goal": goal,
        "unit": indicator.unit,
        "source": sources.get(indicator.source, indicator.source) if indicator.source else None,
        "baseline": (
            {"value": indicator.baseline.value, "period": _measured(indicator.baseline, lang)[1]}
            if indicator.baseline
            else None
        ),
        "latest": {"value": latest[1], "period": latest[2]} if latest else None,
        "change": (
            {
                "text": change.as_stated or _percent_change(change.percent, lang),
                "from": _span_text(change.from_period, lang),
                "to": _span_text(change.to_period, lang),
            }
            if change
            else None
        ),
        "target": (
            {
                "value": target.value,
                "direction": target.direction.value if target.direction else None,
                "by": target.by,
                "text": target.text,
            }
            if target
            else None
        ),
    }


# ------------------------------------------------------------------------------------------------- the agreement


def _responsibility_text(responsibility: Responsibility, lang: Lang) -> str:
    """A cell of the action plan's table: as signed, else the units, their roles and the scope."""
    if responsibility.as_signed:
        return responsibility.as_signed
    roles = join([render(f"document.role.{role.value}", lang) for role in responsibility.roles], lang)
    text = " ".join(part for part in (", ".join(responsibility.units), roles, responsibility.scope or "") if part)
    return text + (" " + render("document.uncertain", lang) if responsibility.uncertain else "")


def agreement_context(repository: Repository, lang: Lang) -> dict[str, Any]:
    """The agreement model as it is, plus the action plan's table laid out column by column, the löften listed
    one by one, and the words that depend on the kind of document (`noun`)."""
    assert repository.agreement is not None, "validate before rendering"
    agreement = repository.agreement.model
    names = party_names(agreement)
    activities = sorted((a.model for a in repository.activities), key=lambda a: (a.order or 10**6, a.id))
    promises = [a for a in activities if a.kind is ActivityKind.LOFTE]
    tabled = [a for a in activities if a.kind is not ActivityKind.LOFTE]
    wanted = effective_columns(agreement)
    classic = set(wanted) <= set(CLASSIC_COLUMNS) and bool(wanted)
    columns = _table_columns(agreement, tabled, lang) if classic else []
    rows = []
    for activity in tabled if classic else []:
        cells = []
        for party_id, _header in columns:
            texts = [_responsibility_text(r, lang) for r in activity.responsibilities if r.party == party_id]
            cells.append("; ".join(texts))
        rows.append(
            {
                "activity": activity,
                "what": _what(activity),
                "cells": cells,
                "communication": _said(activity, names, lang),
            }
        )
    # The four-column table has no place for time and production targets; they follow the table per activity.
    details = {
        activity.id: {"when": _when(activity, lang), "targets": _targets(activity, lang)}
        for activity in (tabled if classic else [])
    }
    plan_columns = list(wanted) if not classic and tabled else []
    plan_rows = [_plan_cells(activity, agreement, plan_columns, names, lang) for activity in tabled if plan_columns]
    return {
        "agreement": agreement,
        "noun": nouns(agreement, lang),
        "parties": {party.id: party for party in agreement.parties},
        "source_names": {source.id: source.name for source in agreement.sources},
        "remark_label": render("document.remark", lang),
        "goals": _all_goals(agreement.goals),
        "activities": activities,
        "columns": [header for _party, header in columns],
        "rows": rows,
        "details": details,
        "plan_columns": [render(f"document.plan-column.{c.name.lower()}", lang) for c in plan_columns],
        "plan_rows": plan_rows,
        "promises": [_promise_view(a, names, lang) for a in promises],
        "adoptions": [_adoption_view(a, names) for a in agreement.all_adoptions],
        "follow_up": _follow_up_view(agreement, lang),
        "local_parts": [
            {
                "part": part,
                "party": names.get(part.party, part.party),
                "focus_areas": [area.name for area in agreement.focus_areas if area.id in part.focus_areas],
                "activities": [_what(a) for a in activities if a.part == part.id],
            }
            for part in agreement.local_parts
        ],
        "coordination": (
            {
                "function": agreement.coordination_function,
                "party": names.get(agreement.coordination_function.party, agreement.coordination_function.party),
            }
            if agreement.coordination_function
            else None
        ),
    }


def _what(activity: Activity) -> str:
    return activity.label + (f" {activity.full_name}" if activity.full_name else "")


def _said(activity: Activity, names: dict[str, str], lang: Lang) -> str:
    """The communication column: as signed, else the units, else the parties."""
    communication = activity.communication
    if communication is None:
        return ""
    if communication.as_signed:
        return communication.as_signed
    return ", ".join(communication.units) or join([names.get(p, p) for p in communication.parties], lang)


def _who(ids: list[str], names: dict[str, str], lang: Lang) -> str:
    """Party names; `vi` as the parties together."""
    return join([render("document.jointly", lang) if i == JOINTLY else names.get(i, i) for i in ids], lang)


def _targets(activity: Activity, lang: Lang) -> list[str]:
    return [t.as_stated or t.text for t in activity.production_targets]


def _when(activity: Activity, lang: Lang) -> str:
    """`återkommande, från augusti 2024` or `klart till oktober 2025`: the timing, the start and the due date."""
    parts = []
    if activity.timing is not None:
        parts.append(render(f"document.timing.{activity.timing.name.lower()}", lang))
    if activity.start is not None:
        parts.append(render("document.when.start", lang, {"day": activity.start}))
    if activity.due_as_stated:
        parts.append(activity.due_as_stated)
    elif activity.due is not None:
        parts.append(render("document.when.due", lang, {"day": activity.due}))
    if activity.end is not None:
        parts.append(render("document.when.end", lang, {"day": activity.end}))
    return ", ".join(parts)


def _plan_cells(
    activity: Activity, agreement: Agreement, columns: list[PlanColumn], names: dict[str, str], lang: Lang
) -> list[str]:
    """One cell per column of Brå's kind of action table."""
    report = agreement.situation_report
    causes = {c.id: c.text for p in (report.problems if report else []) for c in p.causes}
    problems = {p.id: p.name for p in (report.problems if report else [])}
    goals = {g.id: g.name for g in _all_goals(agreement.goals)}
    indicators = {i["id"]: i["name"] for i in _indicator_names(agreement)}
    cells = []
    for column in columns:
        if column is PlanColumn.ORSAK:
            texts = [causes.get(c, c) for c in activity.causes] or [problems.get(p, p) for p in activity.problems]
            cells.append("\n".join(texts))
        elif column is PlanColumn.ATGARD:
            cells.append(_what(activity))
        elif column is PlanColumn.OPERATIVT_MAL:
            cells.append("\n".join(_targets(activity, lang) or [goals.get(g, g) for g in activity.goals]))
        elif column is PlanColumn.NAR:
            cells.append(_when(activity, lang))
        elif column is PlanColumn.VEM:
            cells.append("\n".join(_responsible(r, names, lang) for r in activity.responsibilities))
        elif column in (PlanColumn.KOMMUN, PlanColumn.POLIS):
            kind = PartyKind.KOMMUN if column is PlanColumn.KOMMUN else PartyKind.POLISMYNDIGHETEN
            parties = {p.id for p in agreement.parties if p.kind is kind}
            cells.append(
                "; ".join(_responsibility_text(r, lang) for r in activity.responsibilities if r.party in parties)
            )
        elif column is PlanColumn.KOMMUNIKATION:
            cells.append(_said(activity, names, lang))
        else:  # uppföljning
            cells.append("\n".join(indicators.get(i, i) for i in activity.indicators))
    return cells


def _responsible(responsibility: Responsibility, names: dict[str, str], lang: Lang) -> str:
    who = ", ".join(responsibility.units) or names.get(responsibility.party, responsibility.party)
    if responsibility.contact_role:
        who += " " + render("document.contact", lang, {"role": responsibility.contact_role})
    return who


def _indicator_names(agreement: Agreement) -> list[dict[str, str]]:
    found = [{"id": i.id, "name": i.name} for i in agreement.indicators]
    found += [{"id": i.id, "name": i.name} for area in agreement.focus_areas for i in area.indicators]
    goals = _all_goals([*agreement.goals, *(goal for part in agreement.local_parts for goal in part.goals)])
    found += [{"id": i.id, "name": i.name} for goal in goals for i in goal.indicators]
    return found


def _promise_view(activity: Activity, names: dict[str, str], lang: Lang) -> dict[str, Any]:
    return {
        "name": activity.name,
        "text": activity.text,
        "description": activity.description,
        "by": _who(activity.by, names, lang) if activity.by else None,
        "units": ", ".join(unit for r in activity.responsibilities for unit in r.units) or None,
        "involves": _who(activity.involves, names, lang) if activity.involves else None,
        "trigger": activity.trigger,
        "condition": activity.condition,
        "when": _when(activity, lang) or None,
        "targets": _targets(activity, lang),
        "extension": activity.extension,
        "notes": activity.notes,
        "remarks": activity.remarks,
    }


def _adoption_view(adoption: Adoption, names: dict[str, str]) -> dict[str, Any]:
    return {
        "party": names.get(adoption.party, adoption.party) if adoption.party else None,
        "adopted_by": adoption.adopted_by,
        "date": adoption.date,
        "reference": adoption.reference,
        "prepared_by": adoption.prepared_by,
        "prepared_on": adoption.prepared_on,
        "as_stated": adoption.as_stated,
    }


def _follow_up_view(agreement: Agreement, lang: Lang) -> dict[str, Any] | None:
    """Where, how often and what: `rhythm` in words ("en gång per kvartal", "löpande"), None when not stated."""
    rule = agreement.follow_up
    if rule is None:
        return None
    rhythm = rule.cadence_as_stated
    if rhythm is None and rule.cadence is not None:
        rhythm = render(f"document.rhythm.{rule.cadence.name.lower()}", lang)
    return {
        "text": rule.text,
        "forum": rule.forum,
        "rhythm": rhythm,
        "questions": [text for text, _field in rule.answered],
        "feedback": rule.feedback,
    }


def _table_columns(agreement: Agreement, activities: list[Activity], lang: Lang) -> list[tuple[str, str]]:
    """One column per party with a role in any activity: kommuner first, then the Police, then the others."""
    used = {r.party for activity in activities for r in activity.responsibilities}
    order = {PartyKind.KOMMUN: 0, PartyKind.STADSDEL: 1, PartyKind.POLISMYNDIGHETEN: 2}
    parties = sorted(
        (p for p in agreement.parties if p.id in used), key=lambda p: (order.get(p.kind, 3), agreement.parties.index(p))
    )
    kommuner = [p for p in parties if p.kind is PartyKind.KOMMUN]
    polis = [p for p in parties if p.kind is PartyKind.POLISMYNDIGHETEN]
    columns = []
    for party in parties:
        if party.kind is PartyKind.KOMMUN and len(kommuner) == 1:
            header = render("document.column.kommun", lang)
        elif party.kind is PartyKind.POLISMYNDIGHETEN and len(polis) == 1:
            header = render("document.column.polis", lang)
        else:
            header = party.name
        columns.append((party.id, header))
    return columns
