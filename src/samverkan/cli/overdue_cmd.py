"""`samverkan overdue [--as-of DATE] [--check]`: follow-ups that are missing and action points past their deadline."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from samverkan.cli.app import (
    AsOfOption,
    DataOption,
    FormatOption,
    LangOption,
    app,
    choose_data_folder,
    choose_format,
    choose_lang,
    choose_today,
)
from samverkan.diagnostics import Lang

if TYPE_CHECKING:
    from samverkan.overdue import OverdueItem, OverdueReport


@app.command()
def overdue(
    as_of: AsOfOption = None,
    check: Annotated[
        bool, typer.Option("--check", help="Avsluta med 1 när något är försenat (för CI och pre-commit).")
    ] = False,
    output_format: FormatOption = "text",
    data: DataOption = None,
    lang: LangOption = None,
) -> int:
    """Lista uppföljningar som skulle ha skrivits och åtgärdspunkter efter sin deadline.

    En uppföljning ska finnas för varje aktivitet och period (kvartal för de flesta avtal) medan avtalet gäller.
    Den ska vara klar till periodens BRÅ-möte, eller periodens sista dag om inget möte är inlagt. Försenat betyder
    att det datumet har passerat (samma dag räknas inte som försenat).

    Avslutas med 0 (en lista är inget fel), med 1 när data är ogiltiga eller, med --check, när något är
    försenat, och med 2 vid felaktig användning.
    """
    chosen_lang = choose_lang(lang)
    chosen_format = choose_format(output_format)
    today = choose_today(as_of)
    root = choose_data_folder(data)

    from samverkan.cli.cycle_common import load_valid
    from samverkan.overdue import find_overdue

    repository = load_valid(root, chosen_lang, sys.stdout, chosen_format)
    if repository is None:
        return 1
    report = find_overdue(repository, today)
    if chosen_format == "json":
        _json(report, chosen_lang, sys.stdout)
    elif chosen_format == "github":
        _github(report, chosen_lang, sys.stdout)
    else:
        _text(report, chosen_lang, sys.stdout)
    return 1 if check and report.items else 0


def _summary(report: OverdueReport, lang: Lang) -> str:
    from samverkan.dates import long_date
    from samverkan.overdue import count_kinds

    followups, points = count_kinds(report.items)
    day = long_date(report.as_of, lang)
    if lang == "sv":
        if not report.items:
            return f"Inget är försenat per {day}."
        return (
            f"Försenat per {day}: {followups} {'uppföljning' if followups == 1 else 'uppföljningar'} och "
            f"{points} {'åtgärdspunkt' if points == 1 else 'åtgärdspunkter'}."
        )
    if not report.items:
        return f"Nothing is overdue as of {day}."
    return (
        f"Overdue as of {day}: {followups} follow-up{'' if followups == 1 else 's'} and "
        f"{points} action point{'' if points == 1 else 's'}."
    )


def _groups(items: list[OverdueItem]) -> list[tuple[str, list[OverdueItem]]]:
    groups: dict[str, list[OverdueItem]] = {}
    for item in items:
        groups.setdefault(str(item.period) if item.period else "", []).append(item)
    return list(groups.items())


def _text(report: OverdueReport, lang: Lang, stream: TextIO) -> None:
    notice = report.ended_notice()
    if notice is not None:
        stream.write(f"{notice.message(lang)}\n\n")
    owner_word = "ansvarig" if lang == "sv" else "owner"
    hint_word = "tips" if lang == "sv" else "hint"
    for code, items in _groups(report.items):
        period = items[0].period
        title = f"{period.label(lang)} ({code})" if period else ("utan period" if lang == "sv" else "no period")
        stream.write(f"## {title}\n")
        hints: dict[str, str] = {}
        for item in items:
            d = item.finding
            stream.write(
                f"{d.file}:{d.line or 1}:{d.column or 1}: {d.severity.word(lang)} [{d.code}] {d.message(lang)}"
            )
            stream.write(f" ({owner_word}: {item.owner})\n" if item.owner else "\n")
            hints.setdefault(d.code, d.hint(lang))
        for hint in hints.values():
            stream.write(f"    {hint_word}: {hint}\n")
        stream.write("\n")
    stream.write(_summary(report, lang) + "\n")


def _json(report: OverdueReport, lang: Lang, stream: TextIO) -> None:
    notice = report.ended_notice()
    if notice is not None:
        sys.stderr.write(f"samverkan: {notice.message(lang)}\n")
    json.dump([item.as_json(lang) for item in report.items], stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def _github(report: OverdueReport, lang: Lang, stream: TextIO) -> None:
    from samverkan.reporters import _escape_annotation, github_annotation

    notice = report.ended_notice()
    if notice is not None:
        stream.write(f"::notice title=agreement-ended::{_escape_annotation(notice.message(lang))}\n")
    for item in report.items:
        owner = f" ({'ansvarig' if lang == 'sv' else 'owner'}: {item.owner})" if item.owner else ""
        stream.write(github_annotation(item.finding, lang, level="warning", extra=owner))
    stream.write(_summary(report, lang) + "\n")
