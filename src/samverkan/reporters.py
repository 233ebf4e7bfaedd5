"""Reporters: the same findings as text for people, JSON for programs, or GitHub workflow annotations.

Chosen from `REPORTERS` by `--format`, like check-jsonschema. Each is a plain function writing to a stream.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TextIO

from samverkan.diagnostics import Diagnostic, Lang, Severity


@dataclass(frozen=True, slots=True)
class Summary:
    """What the run covered, for the closing line of the text format."""

    files_checked: int


Reporter = Callable[[Sequence[Diagnostic], Summary, Lang, TextIO], None]

_RED, _YELLOW, _BOLD, _DIM, _GREEN, _RESET = "\x1b[31m", "\x1b[33m", "\x1b[1m", "\x1b[2m", "\x1b[32m", "\x1b[0m"


def use_colour(stream: TextIO) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def report_text(diagnostics: Sequence[Diagnostic], summary: Summary, lang: Lang, stream: TextIO) -> None:
    colour = use_colour(stream)

    def paint(code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if colour else text

    for d in diagnostics:
        place = f"{d.file}:{d.line or 1}:{d.column or 1}:"
        severity = d.severity.word(lang)
        severity = paint(_RED if d.severity is Severity.ERROR else _YELLOW, severity)
        stream.write(f"{paint(_BOLD, place)} {severity} [{d.code}] {d.message(lang)}\n")
        hint = d.hint(lang)
        if hint:
            stream.write(paint(_DIM, f"    {'tips' if lang == 'sv' else 'hint'}: {hint}") + "\n")
    stream.write(summary_line(diagnostics, summary, lang, colour) + "\n")


def summary_line(diagnostics: Sequence[Diagnostic], summary: Summary, lang: Lang, colour: bool = False) -> str:
    errors = sum(d.severity is Severity.ERROR for d in diagnostics)
    warnings = len(diagnostics) - errors
    files = summary.files_checked
    if lang == "sv":
        checked = f"{files} {'fil' if files == 1 else 'filer'} kontrollerade" if files != 1 else "1 fil kontrollerad"
        if not diagnostics:
            text, code = f"Inga fel: {checked}.", _GREEN
        else:
            warn = f"{warnings} {'varning' if warnings == 1 else 'varningar'}"
            text, code = f"{errors} fel, {warn}: {checked}.", _RED if errors else _YELLOW
    else:
        checked = f"{files} file{'' if files == 1 else 's'} checked"
        if not diagnostics:
            text, code = f"No problems: {checked}.", _GREEN
        else:
            text = f"{errors} error{'' if errors == 1 else 's'}, {warnings} warning{'' if warnings == 1 else 's'}: {checked}."
            code = _RED if errors else _YELLOW
    return f"{code}{text}{_RESET}" if colour else text


def report_json(diagnostics: Sequence[Diagnostic], summary: Summary, lang: Lang, stream: TextIO) -> None:
    items = [
        {
            "file": d.file,
            "line": d.line,
            "column": d.column,
            "code": d.code,
            "severity": d.severity.value,
            "message": d.message(lang),
            "hint": d.hint(lang),
        }
        for d in diagnostics
    ]
    json.dump(items, stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def _escape_annotation(text: str, *, property_value: bool = False) -> str:
    # https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def github_annotation(d: Diagnostic, lang: Lang, *, level: str | None = None, extra: str = "") -> str:
    """One workflow command line: `::error file=…,line=…,col=…,title=CODE::message` plus the hint."""
    place = [f"file={_escape_annotation(d.file, property_value=True)}"]
    if d.line is not None:
        place.append(f"line={d.line}")
    if d.column is not None:
        place.append(f"col={d.column}")
    place.append(f"title={_escape_annotation(d.code, property_value=True)}")
    text = d.message(lang) + extra
    hint = d.hint(lang)
    if hint:
        text += f"\n{'Tips' if lang == 'sv' else 'Hint'}: {hint}"
    level = level or ("error" if d.severity is Severity.ERROR else "warning")
    return f"::{level} {','.join(place)}::{_escape_annotation(text)}\n"


def report_github(diagnostics: Sequence[Diagnostic], summary: Summary, lang: Lang, stream: TextIO) -> None:
    for d in diagnostics:
        stream.write(github_annotation(d, lang))
    stream.write(summary_line(diagnostics, summary, lang) + "\n")


REPORTERS: dict[str, Reporter] = {"text": report_text, "json": report_json, "github": report_github}
