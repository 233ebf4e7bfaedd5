"""One record for every problem a user sees, whichever command found it and whichever format prints it.

A `Diagnostic` carries no sentence: a stable `code`, a place, a severity and typed parameters (dates, numbers,
periods, enums, ids, nested `Msg`s). The message catalog (`samverkan.catalog`) renders it in the language the
user chose, when a reporter prints it. Parameters are our own words or values we checked (ids, numbers we
computed), never free text from a user's file: this is youth crime and drugs, and a finding may end up in a CI
log that many people read. `extra` holds typed facts a machine-readable format lists beside the message (the
owner of an overdue follow-up, the days it is late).
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from samverkan.catalog import LANGS, Lang, Msg, has, render

__all__ = ["LANGS", "Diagnostic", "Lang", "Severity", "display_path", "has_errors", "quoted_key"]


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    file: str
    line: int | None
    column: int | None
    code: str
    severity: Severity
    params: Mapping[str, object] = field(default_factory=dict)
    #: Typed facts for machine-readable output (JSON keys), e.g. `owner` or `days_late`.
    extra: Mapping[str, object] = field(default_factory=dict)
    #: The message and hint already rendered in every language (`sv`, `sv.hint`, `en`, `en.hint`): a finding read
    #: back from the result cache (`samverkan.cache`), whose typed parameters are not kept.
    texts: Mapping[str, str] | None = None

    def message(self, lang: Lang = "sv") -> str:
        if self.texts is not None:
            return self.texts[lang]
        return render(self.code, lang, self.params)

    def hint(self, lang: Lang = "sv") -> str:
        if self.texts is not None:
            return self.texts[f"{lang}.hint"]
        key = self.code + ".hint"
        return render(key, lang, self.params) if has(key, lang) else ""

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line or 0, self.column or 0, self.code)

    def with_severity(self, severity: Severity) -> Diagnostic:
        return Diagnostic(self.file, self.line, self.column, self.code, severity, self.params, self.extra, self.texts)


def display_path(path: Path) -> str:
    """A path as users see it in findings: relative to the current folder when that is shorter, `/`-separated.

    The name stays as it is on disk (JSON gives it exactly); whatever writes it for a terminal passes it through the
    catalog's `escaped()`, as the reporters do, so a name with a line break or an escape sequence forges nothing."""
    folder, name = os.path.split(os.fspath(path))
    if name in ("", ".", ".."):
        return _shown(os.getcwd(), os.fspath(path))
    shown_folder = _shown(os.getcwd(), folder or os.curdir)
    return name if shown_folder == "." else f"{shown_folder}/{name}"


@functools.lru_cache(maxsize=1024)
def _shown(cwd: str, path: str) -> str:
    """One folder's shown form, remembered: every file of a folder shares it, and relpath costs ~6 µs a call."""
    try:
        shown = os.path.relpath(path, cwd)
    except ValueError:  # another drive on Windows
        shown = path
    if shown.startswith(".." + os.sep + ".." + os.sep):
        shown = path
    return shown.replace(os.sep, "/")


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    return any(d.severity is Severity.ERROR for d in diagnostics)


_OUR_KIND_OF_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]{0,40}")
#: No key or rule code of ours has four digits in a row; a personnummer or a phone number glued to letters does.
_DIGIT_RUN = re.compile(r"[0-9]{4}")


#: What a message says in place of a key it will not show.
UNSHOWN_KEY = Msg("word.the-key")


def quoted_key(key: str) -> str | Msg:
    """A key or rule code named in a message, shown only when it looks like one of ours: it could be a person's name
    or number. The one check for every key and code a message names (`loader.shown_key`, the ignore comments)."""
    return f"`{key}`" if _OUR_KIND_OF_KEY.fullmatch(key) and not _DIGIT_RUN.search(key) else UNSHOWN_KEY
