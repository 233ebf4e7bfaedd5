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

from samverkan.catalog import Lang, join, render
from samverkan.diagnostics import Diagnostic
from samverkan.models import (
    ActionPoint,
    Activity,
    Agreement,
    Cadence,
    FollowUp,
    Goal,
    Indicator,
    Meeting,
    MeetingStatus,
    Participant,
    PartyKind,
    PeriodSpan,
    Responsibility,
)
from samverkan.periods import Period, PeriodError
from samverkan.repository import Loaded, Repository
from samverkan.schedule import (
    action_point_owner,
    activity_owner,
    due_date,
    meetings_by_period,
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


def minutes_context(repository: Repository, period: Period, as_of: dt.date, lang: Lang) -> dict[str, Any]:
    assert repository.agreement is not None, "validate before rendering"
    agreement = repository.agreement.model
    cadence = agreement.follow_up.cadence
    names = party_names(agreement)
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

    groups = _activity_groups(repository, agreement, period, names)
    current_points = {point.id: point for point in meeting.action_points} if meeting else {}
    previous_ids = {point.id for point in previous.action_points} if previous else set()
    illustrative = bool(meeting and meeting.illustrative) or any(
        a["followup"]["illustrative"] for g in groups for a in g["activities"] if a["followup"] is not None
    )
    end = agreement.validity.end
    return {
        "mode": mode,
        "as_of": as_of,
        "illustrative": illustrative,
        "period": {"code": str(period), "label": period.label(lang), "start": period.start, "end": period.end},
        "forum": meeting.forum if meeting else agreement.follow_up.forum,
        "kommuner": [p.name for p in agreement.parties if p.kind in (PartyKind.KOMMUN, PartyKind.STADSDEL)],
        "agreement": {
            "title": agreement.title,
            "start": agreement.validity.start,
            "end": end,
            "ended_in_or_before_period": end is not None and end <= period.end,
            "questions": list(agreement.follow_up.questions),
        },
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
        "focus_groups": groups,
        "indicators": _indicators(agreement, repository.followups, period, cadence, lang),
        "new_action_points": [
            _point_view(point, names, on_day, lang)
            for point in (meeting.action_points if meeting else [])
            if point.id not in previous_ids
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
    return {"role": person.role, "organisation": names.get(person.party, person.party), "name": person.name}


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
        "items": [{"heading": item.heading, "text": item.text} for item in meeting.items],
        "decisions": [{"text": d.text, "item": d.item} for d in meeting.decisions],
        "next_meeting": (
            {"date": meeting.next_meeting.date, "time": meeting.next_meeting.time, "place": meeting.next_meeting.place}
            if meeting.next_meeting
            else None
        ),
        "notes": meeting.notes,
    }


def _duty(person: Participant, meeting: Meeting, lang: Lang) -> str | None:
    """`ordförande`, `sekreterare`, `justerare` when the person holds that duty (same role and organisation)."""
    duties = []
    for duty, holder in (("chair", meeting.chair), ("secretary", meeting.secretary), ("adjuster", meeting.adjuster)):
        if holder is not None and (holder.role, holder.party, holder.name) == (person.role, person.party, person.name):
            duties.append(render(f"document.duty.{duty}", lang))
    return ", ".join(duties) or None


def _point_view(point: ActionPoint, names: dict[str, str], on_day: dt.date, lang: Lang) -> dict[str, Any]:
    return {
        "id": point.id,
        "what": point.what,
        "owner": action_point_owner(point, names),
        "deadline": point.deadline,
        "status": render(f"document.status.{point.status.value}", lang),
        "done_on": point.done_on,
        "late": open_on(point, on_day) and point.deadline < on_day,
        "notes": point.notes,
    }


def _activity_focus_areas(activity: Activity, agreement: Agreement) -> list[str]:
    goals = {goal.id: goal for goal in _all_goals(agreement.action_plan.goals)}
    found = list(activity.focus_areas)
    for goal_id in activity.goals:
        goal = goals.get(goal_id)
        if goal is not None:
            found.extend(area for area in goal.focus_areas if area not in found)
    return found


def _activity_groups(
    repository: Repository, agreement: Agreement, period: Period, names: dict[str, str]
) -> list[dict[str, Any]]:
    """The activities the minutes go through, by focus area: those that owe the period a follow-up (the schedule's
    answer, the same as `overdue`'s), and any other whose follow-up for the period came in anyway."""
    rows: dict[str, tuple[Activity, dt.date, FollowUp | None]] = {}
    for owed in owed_followups(repository, through=period.end):
        if owed.period == period:
            rows[owed.activity.id] = (owed.activity, owed.due, owed.followup.model if owed.followup else None)
    due = due_date(period, meetings_by_period(repository, agreement.follow_up.cadence))
    activities = {loaded.model.id: loaded.model for loaded in repository.activities}
    for loaded in repository.followups:
        activity = activities.get(loaded.model.activity)
        if activity is not None and activity.id not in rows and _is_period(loaded.model.period, period):
            rows[activity.id] = (activity, due, loaded.model)
    groups: dict[str | None, list[dict[str, Any]]] = {area.id: [] for area in agreement.focus_areas}
    for activity, activity_due, followup in sorted(rows.values(), key=lambda r: (r[0].order or 10**6, r[0].id)):
        areas = [area for area in _activity_focus_areas(activity, agreement) if area in groups]
        groups.setdefault(areas[0] if areas else None, []).append(
            {
                "id": activity.id,
                "name": activity.name,
                "full_name": activity.full_name,
                "owner": activity_owner(activity, names),
                "status": activity.status.value,
                "due": activity_due,
                "followup": _followup_view(followup) if followup else None,
            }
        )
    views: list[dict[str, Any]] = [
        {"name": area.name, "kind": area.kind.value, "activities": groups[area.id]} for area in agreement.focus_areas
    ]
    if groups.get(None):
        views.append({"name": None, "kind": None, "activities": groups[None]})
    return views


def _is_period(code: str, period: Period) -> bool:
    try:
        return Period.parse(code, expect=period.cadence) == period
    except PeriodError:
        return False


def _followup_view(followup: FollowUp) -> dict[str, Any]:
    return {
        "illustrative": followup.illustrative,
        "done": followup.done,
        "cooperated": followup.cooperated,
        "effects": followup.effects,
        "rating": followup.rating.value if followup.rating else None,
        "done_on": followup.done_on,
        "production": [{"text": p.text, "count": p.count} for p in followup.production],
        "reported_by": followup.reported_by,
        "notes": followup.notes,
        "complete": all(v is not None and v.strip() for v in (followup.done, followup.cooperated, followup.effects)),
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


def _indicators(
    agreement: Agreement, followups: list[Loaded[FollowUp]], period: Period, cadence: Cadence, lang: Lang
) -> list[dict[str, Any]]:
    """Each indicator with its baseline, target and latest value known at the end of the period."""
    sources = {source.id: source.name for source in agreement.sources}
    reported: dict[str, list[tuple[dt.date, float, str]]] = {}
    for loaded in followups:
        try:
            followup_period = Period.parse(loaded.model.period, expect=cadence)
        except PeriodError:
            continue
        if followup_period > period:
            continue
        for value in loaded.model.indicator_values:
            span_end = value.period.end if value.period else followup_period.end
            label = _span_text(value.period, lang) if value.period else followup_period.label(lang)
            reported.setdefault(value.indicator, []).append((span_end, value.value, label))
    views = []
    for goal in _all_goals(agreement.action_plan.goals):
        for indicator in goal.indicators:
            views.append(_indicator_view(goal, indicator, reported.get(indicator.id, []), sources, period, lang))
    return views


def _indicator_view(
    goal: Goal,
    indicator: Indicator,
    reported: list[tuple[dt.date, float, str]],
    sources: dict[str, str],
    period: Period,
    lang: Lang,
) -> dict[str, Any]:
    values = [
        (m.period.end, m.value, _span_text(m.period, lang)) for m in indicator.values if m.period.end <= period.end
    ]
    values += [entry for entry in reported if entry[0] <= period.end]
    latest = max(values, key=lambda entry: entry[0]) if values else None
    change = indicator.changes[-1] if indicator.changes else None
    target = indicator.target
    return {
        "id": indicator.id,
        "name": indicator.name,
        "goal": goal.name,
        "unit": indicator.unit,
        "source": sources.get(indicator.source, indicator.source),
        "baseline": (
            {"value": indicator.baseline.value, "period": _span_text(indicator.baseline.period, lang)}
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
    """The agreement model as it is, plus the action plan's table laid out column by column."""
    assert repository.agreement is not None, "validate before rendering"
    agreement = repository.agreement.model
    names = party_names(agreement)
    activities = sorted((a.model for a in repository.activities), key=lambda a: (a.order or 10**6, a.id))
    columns = _table_columns(agreement, activities, lang)
    rows = []
    for activity in activities:
        cells = []
        for party_id, _header in columns:
            texts = [_responsibility_text(r, lang) for r in activity.responsibilities if r.party == party_id]
            cells.append("; ".join(texts))
        communication = activity.communication
        if communication is None:
            said = ""
        elif communication.as_signed:
            said = communication.as_signed
        else:
            said = ", ".join(communication.units) or join([names.get(p, p) for p in communication.parties], lang)
        what = activity.name + (f" {activity.full_name}" if activity.full_name else "")
        rows.append({"activity": activity, "what": what, "cells": cells, "communication": said})
    return {
        "agreement": agreement,
        "parties": {party.id: party for party in agreement.parties},
        "goals": _all_goals(agreement.action_plan.goals),
        "activities": activities,
        "columns": [header for _party, header in columns],
        "rows": rows,
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
