"""Reporters: the same findings as text for people, JSON for programs, or GitHub workflow annotations.

Chosen from `REPORTERS` by `--format`, like check-jsonschema. Each is a plain function writing to a stream. Every
command that reports findings uses them (`validate`, `lint`, `overdue`, and the template problems of `report`);
what differs between commands is said through the `Summary`:

- `closing`: the last line, instead of the count of files and findings (`overdue`: "Försenat per …");
- `notices`: sentences said before the findings (text, github) or on standard error (json), e.g. that the
  agreement has ended;
- `group_by`: the name of an `extra` fact to group the text output by, under a heading (catalog key
  `group.<name>`, or `group.<name>.none` for findings without it), with each hint once per group.

A finding's `extra` facts become JSON keys. Where the catalog has a key `<code>.detail`, text and github show it
after the message, filled from the params and `extra` (`(ansvarig: Fritid (Testby kommun))`); it is left out when
a fact it names is empty.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import string
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TextIO

from samverkan.catalog import Msg, escaped, has, render, say, texts
from samverkan.diagnostics import Diagnostic, Lang, Severity


@dataclass(frozen=True, slots=True)
class Summary:
    """What the run covered, for the closing line of the text format, and what else the command has to say."""

    files_checked: int
    #: The closing line, instead of the count of files and findings.
    closing: Msg | None = None
    #: Said before the findings (text and github), or on standard error (json).
    notices: tuple[Msg, ...] = ()
    #: The `extra` fact the text output is grouped by (see the module's docstring).
    group_by: str | None = None


Reporter = Callable[[Sequence[Diagnostic], Summary, Lang, TextIO], None]

_RED, _YELLOW, _BOLD, _DIM, _GREEN, _RESET = "\x1b[31m", "\x1b[33m", "\x1b[1m", "\x1b[2m", "\x1b[32m", "\x1b[0m"


def use_colour(stream: TextIO) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def detail(d: Diagnostic, lang: Lang) -> str:
    """The finding's `<code>.detail` (e.g. who is responsible), or "" when there is none or a fact it names is empty."""
    key = d.code + ".detail"
    if not has(key, lang):
        return ""
    facts: Mapping[str, object] = {**d.params, **d.extra}
    names = {name for _, name, _, _ in string.Formatter().parse(texts(lang)[key]) if name}
    if any(facts.get(name) in (None, "") for name in names):
        return ""
    return render(key, lang, facts)


def report_text(diagnostics: Sequence[Diagnostic], summary: Summary, lang: Lang, stream: TextIO) -> None:
    colour = use_colour(stream)

    def paint(code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if colour else text

    def finding(d: Diagnostic) -> None:
        # The file's name is the one text in a finding that did not pass the catalog: a name can hold any character.
        place = f"{escaped(shown_file(d.file))}:{d.line or 1}:{d.column or 1}:"
        severity = render(f"enum.Severity.{d.severity.value}", lang)
        severity = paint(_RED if d.severity is Severity.ERROR else _YELLOW, severity)
        more = detail(d, lang)
        stream.write(f"{paint(_BOLD, place)} {severity} [{d.code}] {d.message(lang)}{' ' + more if more else ''}\n")

    def hint(text: str) -> None:
        if text:
            stream.write(paint(_DIM, f"    {render('word.hint', lang)}: {text}") + "\n")

    for notice in summary.notices:
        stream.write(say(notice, lang) + "\n")
    if summary.notices:
        stream.write("\n")
    if summary.group_by is None:
        for d in diagnostics:
            finding(d)
            hint(d.hint(lang))
    else:
        for heading, group in _groups(diagnostics, summary.group_by, lang):
            stream.write(f"## {heading}\n")
            hints: dict[str, str] = {}
            for d in group:
                finding(d)
                hints.setdefault(d.code, d.hint(lang))
            for text in hints.values():
                hint(text)
            stream.write("\n")
    stream.write(summary_line(diagnostics, summary, lang, colour) + "\n")


def _groups(diagnostics: Sequence[Diagnostic], by: str, lang: Lang) -> list[tuple[str, list[Diagnostic]]]:
    """The findings under their headings, in the order the findings come."""
    groups: dict[str, list[Diagnostic]] = {}
    for d in diagnostics:
        value = d.extra.get(by)
        heading = render(f"group.{by}.none", lang) if value is None else render(f"group.{by}", lang, {"value": value})
        groups.setdefault(heading, []).append(d)
    return list(groups.items())


def summary_line(diagnostics: Sequence[Diagnostic], summary: Summary, lang: Lang, colour: bool = False) -> str:
    errors = sum(d.severity is Severity.ERROR for d in diagnostics)
    warnings = len(diagnostics) - errors
    code = _GREEN if not diagnostics else _RED if errors else _YELLOW
    if summary.closing is not None:
        text = say(summary.closing, lang)
    else:
        params = {"files": summary.files_checked, "errors": errors, "warnings": warnings}
        text = render("summary.clean" if not diagnostics else "summary.found", lang, params)
    return f"{code}{text}{_RESET}" if colour else text


def report_json(diagnostics: Sequence[Diagnostic], summary: Summary, lang: Lang, stream: TextIO) -> None:
    for notice in summary.notices:  # standard output stays one JSON document
        sys.stderr.write(f"samverkan: {say(notice, lang)}\n")
    stream.write(json_text([json_item(d, lang) for d in diagnostics]) + "\n")


def json_item(d: Diagnostic, lang: Lang) -> dict[str, object]:
    """One finding as a JSON object: where, which rule, what, and its `extra` facts as keys."""
    return {
        "file": shown_file(d.file),
        "line": d.line,
        "column": d.column,
        "code": d.code,
        "severity": d.severity.value,
        "message": d.message(lang),
        "hint": d.hint(lang),
        **{key: json_value(value) for key, value in d.extra.items()},
    }


#: What stands in a shown path in place of an identity number in a file or folder name.
MASKED = "[…]"


def shown_file(path: str) -> str:
    """A finding's file as it may be shown: a personnummer or samordningsnummer in a file or folder name is
    replaced by `[…]` (the rule `identity-number-in-name` says where it is), so no finding prints the number."""
    from samverkan.identity import SIX_DIGITS, identity_numbers

    if not SIX_DIGITS.search(path):
        return path

    for found in sorted(identity_numbers(path), key=lambda found: found.start, reverse=True):
        path = path[: found.start] + MASKED + path[found.end :]
    return path


def json_text(value: object) -> str:
    """JSON as people can read it (Swedish letters as they are), but with every character a terminal could act on
    escaped: `json` escapes only C0 controls, and leaves DEL, C1 controls, the line separators and the
    bidirectional overrides raw, which a terminal or a log viewer would obey (they can only stand inside strings)."""
    return json.dumps(value, ensure_ascii=False, indent=2).translate(_JSON_UNSAFE)


_JSON_UNSAFE = {
    code: f"\\u{code:04x}"
    for code in [0x7F, *range(0x80, 0xA0), 0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
}


def json_value(value: object) -> object:
    """A typed extra fact as JSON: dates as ISO text, periods and enums by their code."""
    if isinstance(value, int | float | str | bool) or value is None:
        return value
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _escape_annotation(text: str, *, property_value: bool = False) -> str:
    # https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def github_annotation(d: Diagnostic, lang: Lang) -> str:
    """One workflow command line: `::error file=…,line=…,col=…,title=CODE::message` plus the hint."""
    place = [f"file={_escape_annotation(escaped(shown_file(d.file)), property_value=True)}"]
    if d.line is not None:
        place.append(f"line={d.line}")
    if d.column is not None:
        place.append(f"col={d.column}")
    place.append(f"title={_escape_annotation(d.code, property_value=True)}")
    more = detail(d, lang)
    text = d.message(lang) + (f" {more}" if more else "")
    hint = d.hint(lang)
    if hint:
        text += f"\n{render('word.Hint', lang)}: {hint}"
    level = "error" if d.severity is Severity.ERROR else "warning"
    return f"::{level} {','.join(place)}::{_escape_annotation(text)}\n"


def report_github(diagnostics: Sequence[Diagnostic], summary: Summary, lang: Lang, stream: TextIO) -> None:
    for notice in summary.notices:
        title = _escape_annotation(notice.key, property_value=True)
        stream.write(f"::notice title={title}::{_escape_annotation(say(notice, lang))}\n")
    for d in diagnostics:
        stream.write(github_annotation(d, lang))
    stream.write(summary_line(diagnostics, summary, lang) + "\n")


REPORTERS: dict[str, Reporter] = {"text": report_text, "json": report_json, "github": report_github}
