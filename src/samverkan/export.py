"""`samverkan export`: the action plan, the follow-ups and the action list as tables for a spreadsheet.

Three tables, each a sheet of the `.xlsx` (or one of them as a `.csv`):

- **aktiviteter**: one row per activity of the action plan, in the plan's order.
- **uppfoljningar**: one row per activity × period the schedule owes (`samverkan.schedule.owed_followups`, the same
  answer `overdue` and `report` give), so a missing follow-up is a row too, marked as missing (a scaffold nobody
  filled in counts as missing, as everywhere); then any follow-up file the schedule does not ask for (a window of a
  medborgarlöfte, a document without a rhythm), as handed in.
- **atgardslista**: one row per action point, as the latest meeting that lists it has it, with its original deadline
  when it has been moved.

The core builds plain rows of typed values (text, whole numbers, dates, `PartialDate`s, enums and catalog `Msg`s for
the words samverkan itself puts in a cell); the headers are catalog keys. `samverkan.office` writes them out, so the
words come from the catalog and the dates stay real dates.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from samverkan.catalog import Msg
from samverkan.models import Agreement, Council, FollowUp, Goal, PartialDate
from samverkan.repository import Repository
from samverkan.schedule import (
    CLOSED,
    action_point_owner,
    activity_owner,
    days_late,
    deadline_history,
    is_blank,
    latest_action_points,
    owed_followups,
    party_names,
)

#: What a cell may hold; `samverkan.office` turns each into a spreadsheet value.
Value = str | int | dt.date | PartialDate | StrEnum | Msg | None


class TableName(StrEnum):
    """The tables `export` writes, by the name `--table` takes (ASCII, so it is easy to type)."""

    AKTIVITETER = "aktiviteter"
    UPPFOLJNINGAR = "uppfoljningar"
    ATGARDSLISTA = "atgardslista"


@dataclass(frozen=True, slots=True)
class Table:
    name: TableName
    #: Each column's header as a catalog message (most are `export.column.<name>`; a question the document asks
    #: in its own words is its own header).
    headers: list[Msg | str]
    rows: list[list[Value]]


#: Follow-up fields whose answer is text, with the words the minutes use for them (`document.answer.<field>`).
_TEXT_ANSWERS = ("done", "cooperated", "effects", "planned")
_DEFAULT_ANSWERS = ("done", "cooperated", "effects")


def export_tables(repository: Repository, today: dt.date, only: TableName | None = None) -> list[Table]:
    """The tables (or just `only`) from a valid repository; `today` decides what is owed and what is late."""
    builders = {
        TableName.AKTIVITETER: _activities,
        TableName.UPPFOLJNINGAR: _followups,
        TableName.ATGARDSLISTA: _action_points,
    }
    return [build(repository, today) for name, build in builders.items() if only in (None, name)]


def _columns(names: str) -> list[Msg | str]:
    """Column headers from the catalog (`export.column.<name>`), for the names in `names` separated by spaces."""
    return [Msg(f"export.column.{name}") for name in names.split()]


def _activities(repository: Repository, today: dt.date) -> Table:
    agreement = repository.agreement.model if repository.agreement is not None else None
    names = party_names(_model(repository))
    areas = {area.id: area.name for area in agreement.focus_areas} if agreement is not None else {}
    goals = {goal.id: goal.name for goal in _all_goals(agreement.goals if agreement is not None else [])}
    rows: list[list[Value]] = []
    for loaded in sorted(repository.activities, key=lambda a: (a.model.order or 10**6, a.model.id)):
        activity = loaded.model
        rows.append(
            [
                activity.order,
                activity.id,
                activity.label,
                activity.full_name,
                _joined(areas.get(area, area) for area in activity.focus_areas),
                _joined(goals.get(goal, goal) for goal in activity.goals),
                activity_owner(activity, names),
                activity.status,
                activity.start,
                activity.end,
                _joined(target.as_stated or target.text for target in activity.production_targets),
                _in_data(repository, loaded.shown_as),
            ]
        )
    headers = _columns("order id activity full-name focus-areas goals owner status start end production-targets file")
    return Table(TableName.AKTIVITETER, headers, rows)


def _followups(repository: Repository, today: dt.date) -> Table:
    agreement = repository.agreement.model if repository.agreement is not None else None
    names = party_names(_model(repository))
    questions = agreement.questions if agreement is not None else []
    asked = [(text, key) for text, key in questions if key in _TEXT_ANSWERS or key.startswith("answers.")]
    plain = agreement is None or agreement.follow_up is None or all(
        isinstance(question, str) for question in agreement.follow_up.questions
    )
    if not asked:
        asked = [("", key) for key in _DEFAULT_ANSWERS]
    answer_headers: list[Msg | str] = [
        Msg(f"document.answer.{key}") if plain and key in _TEXT_ANSWERS else text for text, key in asked
    ]
    rows: list[list[Value]] = []
    listed: set[str] = set()
    for owed in owed_followups(repository, through=today):
        followup = owed.followup.model if owed.followup is not None else None
        if owed.followup is not None:
            listed.add(owed.followup.shown_as)
        state = "handed-in" if owed.handed_in else "blank" if owed.blank else "missing"
        late = None if owed.handed_in else days_late(owed.due, today)
        rows.append(
            [
                str(owed.period),
                owed.activity.id,
                owed.activity.label,
                activity_owner(owed.activity, names),
                owed.due,
                Msg(f"export.state.{state}"),
                late,
                followup.rating if followup is not None and owed.handed_in else None,
                *[_answer(followup, key) if owed.handed_in else None for _text, key in asked],
                followup.reported_by if followup is not None and owed.handed_in else None,
                _in_data(repository, owed.followup.shown_as) if owed.followup is not None else None,
            ]
        )
    activities = {loaded.model.id: loaded.model for loaded in repository.activities}
    for loaded in sorted(repository.followups, key=lambda f: (f.model.period, f.shown_as)):
        if loaded.shown_as in listed:
            continue  # a file the schedule does not ask for: a window of a löfte, a period ahead, no rhythm at all
        followup = loaded.model
        activity = activities.get(followup.activity)
        handed_in = not is_blank(followup, questions)
        rows.append(
            [
                followup.period,
                followup.activity,
                activity.label if activity is not None else None,
                activity_owner(activity, names) if activity is not None else None,
                None,
                Msg("export.state.handed-in" if handed_in else "export.state.blank"),
                None,
                followup.rating if handed_in else None,
                *[_answer(followup, key) if handed_in else None for _text, key in asked],
                followup.reported_by if handed_in else None,
                _in_data(repository, loaded.shown_as),
            ]
        )
    headers = [*_columns("period activity-id activity owner due state days-late rating"), *answer_headers]
    headers += _columns("reported-by file")
    return Table(TableName.UPPFOLJNINGAR, headers, rows)


def _answer(followup: FollowUp | None, key: str) -> str | None:
    """The follow-up's text answer in the field `key` (`answers.<key>` for the document's own), None when blank."""
    if followup is None:
        return None
    field, _, own = key.partition(".")
    value = followup.answers.get(own) if field == "answers" else getattr(followup, field, None)
    return value if isinstance(value, str) and value.strip() else None


def _action_points(repository: Repository, today: dt.date) -> Table:
    names = party_names(_model(repository))
    rows: list[list[Value]] = []
    latest = latest_action_points(repository)
    for point_id, (meeting, _index, point) in sorted(
        latest.items(), key=lambda item: (item[1][2].deadline, item[1][0].model.date, item[0])
    ):
        history = deadline_history(repository, point_id)
        still_open = point.status not in CLOSED
        rows.append(
            [
                point.id,
                point.what,
                action_point_owner(point, names),
                point.deadline,
                history[0] if history else None,
                len(history) or None,
                point.status,
                point.done_on,
                days_late(point.deadline, today) if still_open else None,
                meeting.model.period,
                point.reason,
                _in_data(repository, meeting.shown_as),
            ]
        )
    headers = _columns(
        "point-id what point-owner deadline original-deadline times-moved status done-on days-late meeting reason file"
    )
    return Table(TableName.ATGARDSLISTA, headers, rows)


def _in_data(repository: Repository, shown_as: str) -> str:
    """A file's path inside the data folder (`followups/2021Q3/sig.yaml`), the same wherever the export is run."""
    path = os.path.relpath(shown_as, repository.root)
    return shown_as if path.startswith("..") else Path(path).as_posix()


def _model(repository: Repository) -> Agreement | Council | None:
    document = repository.document
    return document.model if document is not None else None


def _joined(items: Iterable[str]) -> str | None:
    return "; ".join(dict.fromkeys(items)) or None


def _all_goals(goals: Iterable[Goal]) -> list[Goal]:
    found: list[Goal] = []
    for goal in goals:
        found.append(goal)
        found.extend(_all_goals(goal.subgoals))
    return found
