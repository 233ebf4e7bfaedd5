"""`samverkan status` as people and programs read it: plain text, tables on a terminal (Rich), or JSON.

The screen is a few sections, each some lines and at most one table (`sections`); the plain text and the Rich
tables are two ways of drawing the same sections, so a pipe and a terminal always say the same. Plain text is what
a pipe, a log or a test gets: stable, aligned with spaces, no colour. Every value from a file passes the catalog,
which shows control characters escaped, and reaches Rich as a `Text` (never as markup).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TextIO

from samverkan.catalog import Lang, Msg, escaped, msg, render, say, shown
from samverkan.models import Rating
from samverkan.reporters import json_item, json_text, json_value
from samverkan.status import Check, DocumentStatus, IndicatorStatus, Round, Status


@dataclass(frozen=True, slots=True)
class Table:
    headers: list[str]
    rows: list[list[str]]


@dataclass(frozen=True, slots=True)
class Section:
    lines: list[str] = field(default_factory=list)
    table: Table | None = None
    after: list[str] = field(default_factory=list)


def sections(status: Status, lang: Lang) -> list[Section]:
    """The screen, top to bottom: the documents, the follow-up round, what is overdue, indicators, the checklist."""
    found = [Section([render("status.heading", lang, {"as_of": status.as_of})])]
    found.append(Section([say(_document_line(document), lang) for document in status.documents]))
    found.append(_round_section(status, lang))
    found.append(_overdue_section(status, lang))
    found.append(_indicator_section(status.indicators, lang))
    found.append(_checklist_section(status.checklist, lang))
    return found


def _document_line(document: DocumentStatus) -> Msg:
    params = {
        "noun": document.noun,
        "title": document.title,
        "first": document.first_day,
        "last": document.last_day,
        "months": document.months_left,
    }
    if document.noun.kind is None:
        return msg("status.council", title=document.title)
    if document.state == "in-force":
        if document.last_day is None:
            key = "status.document.in-force-open" if document.until_further_notice else "status.document.in-force-from"
        else:
            key = "status.document.in-force" if document.first_day else "status.document.in-force-until"
        return Msg(key, params)
    return Msg(f"status.document.{document.state}", params)


def _round_section(status: Status, lang: Lang) -> Section:
    latest, upcoming = status.latest_round, status.next_round
    if latest is None:
        return Section([render("status.round.none", lang)])
    key = "status.round.latest" if latest.due <= status.as_of else "status.round.coming"
    line = render(key, lang, _round_counts(latest))
    table = Table(
        [render(f"status.column.{name}", lang) for name in ("activity", "owner", "state", "rating")],
        [
            [
                escaped(row.label),
                escaped(row.owner),
                render(f"status.state.{row.state}", lang),
                shown(row.rating, lang) if row.rating is not None else "–",
            ]
            for row in latest.rows
        ],
    )
    after = []
    if upcoming is not None:
        after.append(
            render(
                "status.round.next", lang, {"period": upcoming.period, "due": upcoming.due, "count": len(upcoming.rows)}
            )
        )
    return Section([line], table, after)


def _round_counts(round_: Round) -> dict[str, object]:
    return {
        "period": round_.period,
        "due": round_.due,
        "handed_in": round_.count("handed-in"),
        "blank": round_.count("blank"),
        "missing": round_.count("missing"),
    }


def _overdue_section(status: Status, lang: Lang) -> Section:
    if not status.overdue:
        return Section([render("status.overdue.nothing", lang, {"as_of": status.as_of})])
    followups = sum(item.extra["kind"] == "followup" for item in status.overdue)
    heading = render(
        "status.overdue.heading",
        lang,
        {"as_of": status.as_of, "followups": followups, "points": len(status.overdue) - followups},
    )
    rows = []
    for item in status.overdue:
        if item.extra["kind"] == "followup":
            what = render(
                "status.overdue.followup", lang, {"activity": item.extra["activity"], "period": item.extra["quarter"]}
            )
        else:
            what = render("status.overdue.action-point", lang, {"point": item.extra["action_point"]})
        rows.append(
            [
                what,
                shown(item.extra["owner"], lang),
                shown(item.extra["due"], lang),
                shown(item.extra["days_late"], lang),
            ]
        )
    headers = [render(f"status.column.{name}", lang) for name in ("what", "owner", "due", "late")]
    return Section([heading], Table(headers, rows))


def _indicator_section(indicators: list[IndicatorStatus], lang: Lang) -> Section:
    heading = render("status.indicators.heading", lang)
    if not indicators:
        return Section([heading, render("status.indicators.none", lang)])
    rows = [
        [
            escaped(item.name),
            _value(
                item.standing.latest.value,
                item.unit,
                item.standing.latest.label,
                item.standing.latest.approximate,
                lang,
            ),
            _change(item, lang),
            _target(item, lang),
            render(f"status.verdict.{item.standing.verdict if item.standing.verdict else 'none'}", lang),
        ]
        for item in indicators
    ]
    headers = [render(f"status.column.{name}", lang) for name in ("indicator", "latest", "change", "target", "verdict")]
    return Section([heading], Table(headers, rows))


def _value(value: float, unit: str | None, when: str, approximate: bool, lang: Lang) -> str:
    key = "status.value" + (".unit" if unit else "") + (".approximate" if approximate else "")
    return render(key, lang, {"value": value, "unit": unit, "when": when})


def _change(item: IndicatorStatus, lang: Lang) -> str:
    standing = item.standing
    if standing.trend is None or standing.previous is None:
        return "–"
    return render(f"status.trend.{standing.trend}", lang, {"value": standing.previous.value})


def _target(item: IndicatorStatus, lang: Lang) -> str:
    target = item.target
    if target is None or (target.value is None and target.direction is None):
        return render("status.target.none", lang)
    direction = render(f"status.direction.{target.direction.value}", lang) if target.direction else None
    if target.value is not None and direction is not None:
        return render("status.target.value-direction", lang, {"value": target.value, "direction": direction})
    if target.value is not None:
        return render("status.target.value", lang, {"value": target.value})
    return render("status.target.direction", lang, {"direction": direction})


def _checklist_section(checklist: list[Check], lang: Lang) -> Section:
    heading = render("status.checklist.heading", lang)
    counts = Counter(check.outcome for check in checklist)
    if counts["not-applicable"] == len(checklist):
        return Section([heading, render("status.checklist.none", lang)])
    # What does not concern the document is only counted, so the screen stays one screen (JSON lists every check).
    rows = [
        [
            render(f"check.{check.code}", lang),
            render(f"check.{check.code}.source", lang),
            render("status.outcome.findings", lang, {"count": len(check.findings)})
            if check.outcome == "failed"
            else render(f"status.outcome.{check.outcome}", lang),
        ]
        for check in checklist
        if check.outcome != "not-applicable"
    ]
    headers = [render(f"status.column.{name}", lang) for name in ("check", "source", "outcome")]
    summary = render(
        "status.checklist.summary",
        lang,
        {
            "passed": counts["passed"],
            "failed": counts["failed"],
            "not_applicable": counts["not-applicable"],
        },
    )
    after = [summary, render("status.checklist.where", lang)] if counts["failed"] else [summary]
    return Section([heading], Table(headers, rows), after)


# ------------------------------------------------------------------------------------------------ plain text


def write_plain(status: Status, lang: Lang, stream: TextIO) -> None:
    """The sections as plain text: headings and lines as they are, tables aligned with two spaces between columns."""
    blocks = []
    for section in sections(status, lang):
        lines = list(section.lines)
        if section.table is not None:
            lines.extend("  " + line for line in _aligned(section.table))
        lines.extend(section.after)
        blocks.append("\n".join(lines))
    stream.write("\n\n".join(block for block in blocks if block) + "\n")


def _aligned(table: Table) -> list[str]:
    widths = [max(len(cell) for cell in column) for column in zip(table.headers, *table.rows, strict=True)]
    lines = []
    for cells in [table.headers, *table.rows]:
        padded = [cell.ljust(width) for cell, width in zip(cells, widths, strict=True)]
        lines.append("  ".join(padded).rstrip())
    return lines


# ----------------------------------------------------------------------------------------------- a terminal


def write_rich(status: Status, lang: Lang, stream: TextIO) -> None:
    """The sections with Rich tables, for a terminal. Rich is imported here only, so no other command pays for it."""
    from rich import box
    from rich.console import Console
    from rich.table import Table as RichTable
    from rich.text import Text

    console = Console(file=stream, markup=False, emoji=False, highlight=False)
    for number, section in enumerate(sections(status, lang)):
        style = "bold" if number == 0 else ""
        for line in section.lines:
            console.print(Text(line, style=style if line is section.lines[0] else ""))
        if section.table is not None:
            table = RichTable(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
            for header in section.table.headers:
                table.add_column(Text(header))
            for row in section.table.rows:
                table.add_row(*(Text(cell, style=_cell_style(cell, lang)) for cell in row))
            console.print(table)
        for line in section.after:
            console.print(Text(line))
        console.print()


def _cell_style(cell: str, lang: Lang) -> str:
    """Colour for the words that need attention: what is missing or not met in red, what is met in green, and
    Brå's traffic lights in their own colours."""
    red = {render(key, lang) for key in ("status.state.missing", "status.verdict.away", "status.verdict.not-reached")}
    if cell in red | {shown(Rating.ROD, lang)} or cell.startswith(render("status.outcome.failed", lang)):
        return "red"
    if cell in {render("status.state.blank", lang), shown(Rating.GUL, lang)}:
        return "yellow"
    if cell in {
        render("status.outcome.passed", lang),
        render("status.verdict.reached", lang),
        shown(Rating.GRON, lang),
    }:
        return "green"
    return ""


# ---------------------------------------------------------------------------------------------------- JSON


def write_json(status: Status, lang: Lang, stream: TextIO) -> None:
    """The same facts for a program: codes and ISO dates, with the texts in `lang` where a person may read them."""
    document = {
        "as_of": status.as_of.isoformat(),
        "documents": [
            {
                "kind": document.noun.kind.value if document.noun.kind is not None else "council",
                "title": document.title,
                "first_day": json_value(document.first_day),
                "last_day": json_value(document.last_day),
                "until_further_notice": document.until_further_notice,
                "state": document.state,
                "months_left": document.months_left,
            }
            for document in status.documents
        ],
        "latest_round": _round_json(status.latest_round),
        "next_round": _round_json(status.next_round),
        "overdue": [json_item(item, lang) for item in status.overdue],
        "indicators": [_indicator_json(item) for item in status.indicators],
        "checklist": [
            {
                "code": check.code,
                "check": render(f"check.{check.code}", lang),
                "source": render(f"check.{check.code}.source", lang),
                "outcome": check.outcome,
                "findings": [json_item(finding, lang) for finding in check.findings],
            }
            for check in status.checklist
        ],
    }
    stream.write(json_text(document) + "\n")


def _round_json(round_: Round | None) -> dict[str, object] | None:
    if round_ is None:
        return None
    return {
        "period": str(round_.period),
        "due": round_.due.isoformat(),
        "followups": [
            {
                "activity": row.activity,
                "owner": row.owner,
                "state": row.state,
                "rating": row.rating.value if row.rating is not None else None,
            }
            for row in round_.rows
        ],
    }


def _indicator_json(item: IndicatorStatus) -> dict[str, object]:
    standing = item.standing
    target = item.target
    return {
        "name": item.name,
        "unit": item.unit,
        "latest": {"date": standing.latest.day.isoformat(), "value": standing.latest.value},
        "previous": {"date": standing.previous.day.isoformat(), "value": standing.previous.value}
        if standing.previous is not None
        else None,
        "trend": standing.trend if standing.trend is not None else None,
        "target": {"value": target.value, "direction": target.direction.value if target.direction else None}
        if target is not None
        else None,
        "verdict": standing.verdict if standing.verdict is not None else None,
    }
