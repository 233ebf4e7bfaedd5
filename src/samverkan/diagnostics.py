"""One record for every problem a user sees, whichever command found it and whichever format prints it.

A `Diagnostic` carries a `Message` and the parameters to fill it with, not finished text, so the core stays
language-agnostic: the reporter chooses Swedish or English when it prints. Parameters are always our own words
(field names, allowed values, line numbers), never a value taken from a user's file: this is youth crime and
drugs, and a finding may end up in a CI log that many people read.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Literal

Lang = Literal["sv", "en"]
LANGS: tuple[Lang, ...] = ("sv", "en")


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"

    def word(self, lang: Lang) -> str:
        if lang == "sv":
            return "fel" if self is Severity.ERROR else "varning"
        return self.value


@dataclass(frozen=True, slots=True)
class Message:
    """A message in both languages, with a hint telling the user how to fix it. `{name}` fields are filled in."""

    sv: str
    en: str
    hint_sv: str = ""
    hint_en: str = ""

    def text(self, lang: Lang, params: Mapping[str, object]) -> str:
        return (self.sv if lang == "sv" else self.en).format_map(_Params.of(params, lang))

    def hint(self, lang: Lang, params: Mapping[str, object]) -> str:
        return (self.hint_sv if lang == "sv" else self.hint_en).format_map(_Params.of(params, lang))


@dataclass(frozen=True, slots=True)
class Localized:
    """A parameter that itself differs by language, e.g. a place described in words."""

    sv: str
    en: str


class _Params(dict[str, object]):
    @classmethod
    def of(cls, params: Mapping[str, object], lang: Lang) -> _Params:
        return cls(
            {k: ((v.sv if lang == "sv" else v.en) if isinstance(v, Localized) else v) for k, v in params.items()}
        )

    """format_map that leaves an unknown `{field}` visible instead of raising, so a typo never crashes a run."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    file: str
    line: int | None
    column: int | None
    code: str
    severity: Severity
    template: Message
    params: Mapping[str, object] = field(default_factory=dict)

    def message(self, lang: Lang = "sv") -> str:
        return self.template.text(lang, self.params)

    def hint(self, lang: Lang = "sv") -> str:
        return self.template.hint(lang, self.params)

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line or 0, self.column or 0, self.code)

    def with_severity(self, severity: Severity) -> Diagnostic:
        return Diagnostic(self.file, self.line, self.column, self.code, severity, self.template, self.params)


def display_path(path: Path) -> str:
    """A path as users see it in findings: relative to the current folder when that is shorter, `/`-separated."""
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


#: What a message says in place of a key it will not show.
UNSHOWN_KEY = Localized("(nyckeln)", "(the key)")


def quoted_key(key: str) -> str | Localized:
    """A key named in a message, shown only when it looks like one of ours: a key could be a person's name."""
    return f"`{key}`" if _OUR_KIND_OF_KEY.fullmatch(key) else UNSHOWN_KEY
