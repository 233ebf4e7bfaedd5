"""The rule registry: each rule is a small function registered with `@rule`, with a stable code and a severity.

A rule receives a `Context` (see `samverkan.lint.context`: the repository, `today`, the settings and indexes built
once) and yields `Hit`s: where the problem is and the typed parameters of its message. The registry turns a hit
into a `Diagnostic` with the rule's code and severity. Rules never print, never exit, never read the clock and
never write a sentence.

Everything a user reads about a rule lives in the message catalog (`samverkan.catalog.lint`), under keys derived
from its code: the message (`<code>`), the hint (`<code>.hint`), the one-line summary (`rule.<code>.summary`) and
the explanation (`rule.<code>.explanation`: what it looks for, the anti-pattern with an example, the better way).
`samverkan rules` and docs/lint.md are generated from those. A rule whose texts are missing in either language is
refused when it is registered.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from samverkan.catalog import LANGS, Msg, has
from samverkan.diagnostics import Diagnostic, Severity
from samverkan.loader import Path_, Position
from samverkan.repository import Loaded

from .context import Context

#: The themes, in the order `samverkan rules` and docs/lint.md list them (and the rules run in).
THEME_ORDER = (
    "references", "chain", "responsibility", "dates", "followups", "agreement", "lag", "personal-data", "settings"
)


@dataclass(frozen=True, slots=True)
class Hit:
    """One problem a rule found: where, and the typed parameters of the rule's message (never free text)."""

    file: str
    line: int | None
    column: int | None
    params: dict[str, object] = field(default_factory=dict)
    #: A rule whose finding grows more serious with time (a blank follow-up after its meeting) says so here; the
    #: settings in samverkan.yaml still have the last word.
    severity: Severity | None = None


Check = Callable[[Context], Iterable[Hit]]


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    severity: Severity
    theme: str
    check: Check

    @property
    def summary(self) -> Msg:
        """What the rule checks, in one line."""
        return Msg(f"rule.{self.code}.summary")

    @property
    def explanation(self) -> Msg:
        """What the rule looks for, the anti-pattern with an example, and the better way."""
        return Msg(f"rule.{self.code}.explanation")

    def diagnostic(self, hit: Hit) -> Diagnostic:
        severity = hit.severity or self.severity
        return Diagnostic(hit.file, hit.line, hit.column, self.code, severity, hit.params)


#: Every rule, by code, in the order its module was imported (`samverkan.lint.ordered_rules()` gives theme order).
RULES: dict[str, Rule] = {}


def catalog_keys(code: str) -> tuple[str, ...]:
    """The catalog keys every rule must have, in both languages."""
    return (code, f"{code}.hint", f"rule.{code}.summary", f"rule.{code}.explanation")


def rule(*, code: str, severity: Severity, theme: str) -> Callable[[Check], Check]:
    """Register a rule. The code is kebab-case English and never changes once shipped; its texts are in the catalog."""

    def register(check: Check) -> Check:
        if code in RULES:
            raise ValueError(f"rule {code} registered twice")
        if theme not in THEME_ORDER:
            raise ValueError(f"rule {code} has an unknown theme {theme!r}")
        missing = [f"{key} ({lang})" for key in catalog_keys(code) for lang in LANGS if not has(key, lang)]
        if missing:
            raise ValueError(f"rule {code} lacks texts in samverkan.catalog.lint: {', '.join(missing)}")
        RULES[code] = Rule(code, severity, theme, check)
        return check

    return register


def hit(loaded: Loaded[Any], path: Path_, *, prefer_key: bool = False, **params: object) -> Hit:
    """A hit at the value (or key) `path` of a loaded file, or its nearest existing ancestor."""
    line, column = loaded.document.position(path, prefer_key=prefer_key)
    return Hit(loaded.shown_as, line, column, dict(params))


def hit_at(file: str, position: Position | None, **params: object) -> Hit:
    line, column = position if position else (None, None)
    return Hit(file, line, column, dict(params))


def did_you_mean(typed: str, known: Iterable[str]) -> Msg | str:
    """` Menade du `x`?` when one of `known` (ids or codes that exist) is close to what was written; else nothing.
    What was written is only compared, never shown."""
    close = difflib.get_close_matches(typed, list(known), n=1)
    return Msg("lint.did-you-mean", {"value": f"`{close[0]}`"}) if close else ""


def run_rules(context: Context, rules: Iterable[Rule]) -> Iterator[Diagnostic]:
    for registered in rules:
        for found in registered.check(context):
            yield registered.diagnostic(found)
