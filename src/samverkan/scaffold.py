"""`new followup`: the files a period needs, pre-filled, ready for each owner to answer in their own pull request.

For a period, samverkan plans:

- `followups/<period>/<activity>.yaml` for every activity that owes a follow-up for that period (the schedule's
  answer, the same as `overdue`'s and `report`'s, see samverkan.schedule), with `activity` and `period` filled in,
  the activity's name in a comment, and one empty field per question the document defines (`done:` with nothing
  after it; the field each question's `answer` names, Strängnäs's three plain questions being done, cooperated and
  effects), with guidance in comments in the language the user chose (samverkan.catalog.cycle, `scaffold.*`), or
  the document's own question for a question written `{text, answer}`. A document with no questions gets `done:`.
  Empty answers are valid for the schema, so `validate` passes; `lint` reports them as not yet answered, which is
  the point. The period is always quoted (`period: "2018"`), so every form reads back as the text it is.
- `meetings/<period>.yaml`: a planned meeting that starts from the previous one: its forum, chair, secretary,
  justerare and attendance list (roles and organisations, names only of officials as the previous file gave them),
  and its open action points (`öppen`, `pågår`) carried over under the same ids, so they can be followed from meeting
  to meeting. Decisions and other items start empty; the next meeting is left for the meeting to set.

The meeting's planned date, first rule that applies, and only a day inside the period and not before `today`: the
date the previous meeting set for the next one (`next_meeting`, with its time and place); else the previous
meeting's date moved one period on; else the period's last weekday (a period that has already ended gets its last
weekday even so: the meeting is being recorded after the fact).

Planning is pure (text in memory); `write_planned` writes through samverkan.safe_write: only names we made, only
inside the data folder, atomically, and never over an existing file unless `force`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from samverkan.catalog import Lang, Msg, has, msg, render
from samverkan.diagnostics import Diagnostic, Severity, display_path
from samverkan.kinds import document_noun
from samverkan.models import PLAIN_ANSWERS, ActionPoint, ActionStatus, Agreement, Meeting, Question
from samverkan.periods import Period
from samverkan.repository import Repository
from samverkan.safe_write import Outcome, UnsafePath, write_in_data
from samverkan.schedule import deadline_history, owed_followups, previous_meeting

FOLLOWUP_SCHEMA = "../../../schemas/followup.schema.json"
MEETING_SCHEMA = "../../schemas/meeting.schema.json"


@dataclass(frozen=True, slots=True)
class PlannedFile:
    parts: tuple[str, ...]  # inside the data folder, e.g. ("followups", "2021Q3", "sig.yaml")
    text: str
    kind: str  # "followup" or "meeting"


@dataclass(frozen=True, slots=True)
class Written:
    shown_as: str
    kind: str
    outcome: Outcome


@dataclass(frozen=True, slots=True)
class Plan:
    period: Period
    files: list[PlannedFile]
    meeting_date: dt.date
    carried_over: int


def in_validity(agreement: Agreement, period: Period) -> bool:
    """Whether the period overlaps the agreement's validity (an unknown start or end does not limit it)."""
    start, end = agreement.first_day, agreement.last_day
    return (start is None or period.end >= start) and (end is None or period.start <= end)


def plan_period(repository: Repository, period: Period, lang: Lang, today: dt.date) -> Plan:
    """The files `period` needs, with their guidance comments in `lang`; `today` keeps a proposed date out of the
    past."""
    assert repository.agreement is not None, "validate before scaffolding"
    agreement = repository.agreement.model
    files: list[PlannedFile] = []
    for owed in owed_followups(repository, through=period.end):
        if owed.period != period:
            continue
        activity = owed.activity
        title = activity.label + (f" – {activity.full_name}" if activity.full_name else "")
        parts = ("followups", str(period), f"{activity.id}.yaml")
        files.append(PlannedFile(parts, followup_text(activity.id, title, period, lang, agreement), "followup"))
    previous = previous_meeting(repository, period)
    histories = (
        {point.id: deadline_history(repository, point.id, until=previous.date) for point in previous.action_points}
        if previous is not None
        else {}
    )
    text, date, carried = meeting_text(agreement, period, previous, lang, today, histories)
    files.append(PlannedFile(("meetings", f"{period}.yaml"), text, "meeting"))
    return Plan(period, files, date, carried)


def write_planned(root: Path, plan: Plan, force: bool) -> tuple[list[Written], list[Diagnostic]]:
    written: list[Written] = []
    problems: list[Diagnostic] = []
    for planned in plan.files:
        shown = display_path(root.joinpath(*planned.parts))
        try:
            _path, outcome = write_in_data(root, planned.parts, planned.text, force=force)
        except UnsafePath:
            problems.append(Diagnostic(shown, None, None, "scaffold-unsafe-path", Severity.ERROR))
            continue
        except OSError as error:
            params = {"reason": _os_reason(error)}
            problems.append(Diagnostic(shown, None, None, "scaffold-write-failed", Severity.ERROR, params))
            continue
        written.append(Written(shown, planned.kind, outcome))
    return written, problems


def _os_reason(error: OSError) -> Msg:
    """Why the system refused, in the user's language for the usual reasons (`os.*` in the catalog)."""
    import errno

    key = f"os.{errno.errorcode.get(error.errno or 0, '').lower()}"
    return Msg(key) if has(key) else msg("os.other", reason=error.strerror or type(error).__name__)


# ----------------------------------------------------------------------------------------------------- the texts


def _comment(text: str) -> str:
    """Text from a data file made safe for one comment line: no line breaks or control characters."""
    return "".join(ch for ch in " ".join(text.split()) if ch.isprintable())


def _guidance(key: str, lang: Lang, **params: object) -> str:
    """A guidance text from the catalog as YAML comment lines."""
    return "\n".join(f"# {line}" for line in render(key, lang, params).split("\n"))


_BLANK_LINE = "\n\n"
#: Answer fields whose empty form is a list.
_LIST_ANSWERS = ("production", "indicator_values")


def followup_text(activity_id: str, title: str, period: Period, lang: Lang, agreement: Agreement | None = None) -> str:
    """A follow-up to fill in: one empty field per question, then `rating` and `reported_by`. The period is quoted
    (`"2021Q3"`, `"2021"`) except for the calendar forms that YAML cannot mistake for anything but text."""
    rule = agreement.follow_up if agreement is not None else None
    asked: list[tuple[str | None, str]] = []  # (the document's own question, or None for our guidance; the field)
    for index, question in enumerate(rule.questions if rule else []):
        if isinstance(question, Question):
            asked.append((question.text, question.answer))
        elif index < len(PLAIN_ANSWERS):
            asked.append((None, PLAIN_ANSWERS[index]))
    if not asked:
        asked = [(None, "done")]
    fields = [field for _text, field in asked]
    asked += [(None, field) for field in ("rating", "reported_by") if field not in fields]
    blocks: list[str] = []
    answers: list[str] = []
    for text, field in asked:
        comment = f"# {_comment(text)}" if text is not None else _guidance(f"scaffold.followup.{field}", lang)
        if field.startswith("answers."):
            answers.append(f"  {comment.replace(chr(10), chr(10) + '  ')}\n  {field.removeprefix('answers.')}:")
        elif field in _LIST_ANSWERS:
            blocks.append(f"{comment}\n{field}: []")
        else:
            blocks.append(f"{comment}\n{field}:")
    if answers:
        blocks.append("answers:\n" + "\n".join(answers))
    count = len(fields) if rule and rule.questions else 0
    questions = _questions_msg(count, agreement)
    return (
        f"# yaml-language-server: $schema={FOLLOWUP_SCHEMA}\n"
        f"{_guidance('scaffold.followup.intro', lang, title=_comment(title), period=period, questions=questions)}\n"
        f"activity: {activity_id}\n"
        f"period: {_period_value(period)}\n"
        f"\n{_BLANK_LINE.join(blocks)}\n"
    )


def _questions_msg(count: int, agreement: Agreement | None) -> Msg:
    """`överenskommelsens tre frågor`, `medborgarlöftets fråga`, or `frågorna` when the document defines none."""
    document = document_noun(agreement, "genitive")
    if count == 0:
        return Msg("scaffold.questions.none")
    if count <= 3:
        return msg(f"scaffold.questions.{count}", document=document)
    return msg("scaffold.questions.many", document=document, n=count)


def _period_value(period: Period) -> str:
    """`2021Q3` as it is; `"2018"` and `"2024-02-13"` quoted, which YAML would otherwise read as a number or a date."""
    text = str(period)
    return f'"{text}"' if text[:1].isdigit() and not any(c.isalpha() for c in text) else text


def planned_date(
    period: Period, previous: Meeting | None, today: dt.date
) -> tuple[dt.date, str | None, str | None]:
    """Date, time and place for the new meeting (see the module's docstring for the rule)."""
    earliest = max(period.start, today)

    def fits(day: dt.date) -> bool:
        return earliest <= day <= period.end

    if previous is not None and previous.next_meeting is not None and fits(previous.next_meeting.date):
        nxt = previous.next_meeting
        return nxt.date, nxt.time, nxt.place
    if previous is not None:
        if not period.cadence.is_weekly:
            months = 12 // period.cadence.periods_per_year
            month_index = previous.date.month - 1 + months
            year, month = previous.date.year + month_index // 12, month_index % 12 + 1
            day = min(previous.date.day, calendar.monthrange(year, month)[1])
            moved = _weekday_on_or_before(dt.date(year, month, day))
        else:  # weeks: the same weekday one period on
            moved = _weekday_on_or_before(previous.date + (period.start - period.previous().start))
        if fits(moved):
            return moved, previous.start_time, previous.place
    return _weekday_on_or_before(period.end), None, None


def _weekday_on_or_before(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


class _Dumper(yaml.SafeDumper):
    """Plain YAML the strict loader accepts: never an anchor or alias."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


#: What a new meeting copies from the previous one: who runs it and who usually comes.
_CARRIED_PEOPLE = ("chair", "secretary", "adjuster", "present")


def meeting_text(
    agreement: Agreement,
    period: Period,
    previous: Meeting | None,
    lang: Lang,
    today: dt.date,
    histories: dict[str, list[dt.date]] | None = None,
) -> tuple[str, dt.date, int]:
    histories = histories or {}
    date, time, place = planned_date(period, previous, today)
    carried = [
        _carried_point(point, histories.get(point.id, []))
        for point in (previous.action_points if previous else [])
        if point.status in (ActionStatus.OPPEN, ActionStatus.PAGAR)
    ]
    head: dict[str, Any] = {
        "period": str(period),
        "forum": (previous.forum if previous else None) or agreement.forum,
        "status": "planerat",
        "date": date,
    }
    if head["forum"] is None:
        del head["forum"]  # not known: left out rather than invented
    if time:
        head["start_time"] = time
    if place:
        head["place"] = place
    people = (
        previous.model_dump(mode="json", include=set(_CARRIED_PEOPLE), exclude_none=True, exclude_defaults=True)
        if previous is not None
        else {}
    )
    lines = [
        f"# yaml-language-server: $schema={MEETING_SCHEMA}",
        _guidance("scaffold.meeting.intro", lang, period=period),
        _dump(head).rstrip("\n"),
        "",
    ]
    if people:
        lines.append(_guidance("scaffold.meeting.people", lang))
        lines.append(_dump({key: people[key] for key in _CARRIED_PEOPLE if key in people}).rstrip("\n"))
        lines.append("")
    lines.append(_guidance("scaffold.meeting.decisions", lang))
    lines.append("items: []")
    lines.append("decisions: []")
    lines.append("")
    if carried:
        lines.append(_guidance("scaffold.meeting.carried", lang))
        lines.append(_dump({"action_points": carried}).rstrip("\n"))
    else:
        lines.append("action_points: []")
    return "\n".join(lines) + "\n", date, len(carried)


def _carried_point(point: ActionPoint, history: list[dt.date]) -> dict[str, Any]:
    """The point as the new meeting lists it: as it stood, with every deadline it was moved from (so each meeting file
    tells the point's history on its own, and the minutes can say "flyttad från 31 maj 2020")."""
    fields = point.model_dump(mode="json", exclude_defaults=True) | {"status": point.status.value}
    fields.pop("moved_from", None)
    ordered: dict[str, Any] = {}
    for key, value in fields.items():
        ordered[key] = value
        if key == "deadline" and history:
            ordered["moved_from"] = [day.isoformat() for day in history]
    return _plain(ordered)


def _plain(point: dict[str, Any]) -> dict[str, Any]:
    """Dates as dates, so they are written `2021-09-30` rather than quoted."""
    def as_date(key: str, value: Any) -> Any:
        if key in ("deadline", "done_on"):
            return dt.date.fromisoformat(value)
        if key == "moved_from":
            return [dt.date.fromisoformat(day) for day in value]
        return value

    return {key: as_date(key, value) for key, value in point.items()}


def _dump(data: dict[str, Any]) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100)
