"""The message catalog: every sentence a user sees, in Swedish and English, rendered at the edge.

The core never writes a sentence. A finding (`Diagnostic`) or a usage problem carries a key and typed parameters
(dates, numbers, periods, enums, ids, other messages); the catalog turns them into text in the language the user
chose, so dates, numbers and plurals are formatted in one place:

    render("followup-overdue", "sv", {"due": date(2020, 6, 30), "days": 3})
    # "… den skulle ha funnits 30 juni 2020 (3 dagar sent)."

Why a Python module rather than gettext `.po` files through Babel: samverkan has two languages kept by the same
people who write the code; a `.po` workflow needs a compile step (`.mo`) in the build and a new dependency, while a
plain dict per language is type-checked, importable lazily (start-up of `--help` stays the cost of Typer) and
diffable in a pull request. Each area keeps its texts in `samverkan/catalog/<area>.py` as one dict per language,
so a translator sees one language at a time, as in a `.po` file. `tests/test_catalog.py` fails when a key exists
in one language only, or when the two languages disagree on a key's `{placeholders}`.

A template is a `str.format` string with a few extra format specs:

- `{n:fil|filer}` renders the number with the singular or plural word: "1 fil", "3 filer";
  `{n:~kontrollerad|kontrollerade}` renders only the word.
- `{m:month}` renders a month number as its name ("mars").
- a `datetime.date` renders as "15 mars 2021" / "15 March 2021"; `{day:iso}` as 2021-03-15.
- a `Period` renders in words ("kvartal 3 2021"); `{period:code}` as `2021Q3`.
- a list renders as "a, b och c" / "a, b and c"; `{items:or}` as "a, b eller c".
- an enum renders through the key `enum.<EnumName>.<value>` when the catalog has one, else as its value.
- a `Msg` (a nested message) renders in the same language.
- any other text has its control characters and line breaks shown escaped, so no value can forge a line.
"""

from __future__ import annotations

import datetime as dt
import importlib
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Literal

Lang = Literal["sv", "en"]
LANGS: tuple[Lang, ...] = ("sv", "en")

#: The modules that hold texts; each defines `SV` and `EN`, dicts from key to template.
AREAS = ("common", "cli", "files", "schema", "lint", "cycle", "documents", "site", "export", "status")


@dataclass(frozen=True, slots=True)
class Msg:
    """A sentence not yet rendered: a catalog key and its typed parameters. Language-free, so the core can hold it."""

    key: str
    params: Mapping[str, object] = field(default_factory=dict)


def msg(key: str, /, **params: object) -> Msg:
    return Msg(key, params)


_loaded: dict[Lang, dict[str, str]] = {}


def texts(lang: Lang) -> dict[str, str]:
    """Every template of one language, loaded on first use (not at import: `--version` never needs them)."""
    found = _loaded.get(lang)
    if found is None:
        found = {}
        attribute = lang.upper()
        for area in AREAS:
            module = importlib.import_module(f"samverkan.catalog.{area}")
            found.update(getattr(module, attribute))
        _loaded[lang] = found
    return found


def has(key: str, lang: Lang = "sv") -> bool:
    return key in texts(lang)


def render(key: str, lang: Lang, params: Mapping[str, object] | None = None) -> str:
    """The sentence `key` in `lang`, filled with `params`. A key missing in `lang` falls back to the other
    language and then to the key itself, so a gap shows as a gap instead of a crash (the tests forbid gaps)."""
    template = texts(lang).get(key)
    if template is None:
        template = next((texts(other)[key] for other in LANGS if key in texts(other)), key)
    return _Formatter(lang).vformat(template, (), _Params(params or {}))


def say(message: Msg, lang: Lang) -> str:
    return render(message.key, lang, message.params)


class _Params(dict[str, object]):
    """format_map that leaves an unknown `{field}` visible instead of raising, so a typo never crashes a run."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class _Formatter(string.Formatter):
    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def get_value(self, key: int | str, args: object, kwargs: Mapping[str, object]) -> object:
        return kwargs[str(key)]

    def format_field(self, value: object, format_spec: str) -> str:
        return shown(value, self.lang, format_spec)


def shown(value: object, lang: Lang, spec: str = "") -> str:
    """One parameter as text in `lang` (see the module's docstring for the specs)."""
    if isinstance(value, Msg):
        return say(value, lang)
    if spec == "month" and isinstance(value, int):
        return month_name(value, lang)
    if "|" in spec and isinstance(value, int):
        word_only = spec.startswith("~")
        singular, _, plural = spec.lstrip("~").partition("|")
        word = singular if value == 1 else plural
        return word if word_only else f"{number(value, lang)} {word}"
    if isinstance(value, bool):
        return render("word.yes" if value else "word.no", lang)
    if isinstance(value, int | float):
        return number(value, lang)
    if isinstance(value, dt.date):
        return value.isoformat() if spec == "iso" else long_date(value, lang)
    if isinstance(value, Enum):
        key = f"enum.{type(value).__name__}.{value.value}"
        return render(key, lang) if has(key, lang) else escaped(str(value.value))
    if isinstance(value, list | tuple | frozenset | set):
        items = [shown(item, lang) for item in value]
        return join(items, lang, "or" if spec == "or" else "and")
    period_text = getattr(value, "catalog_text", None)
    if callable(period_text):  # a Period: "kvartal 3 2021", or its code
        text: str = period_text(lang, spec)
        return text
    if value is None:
        return ""
    return escaped(format(value, spec) if spec and not isinstance(value, str) else str(value))


def join(items: list[str], lang: Lang, word: Literal["and", "or"] = "and") -> str:
    """`a, b och c` (no comma before och, as Swedish writes it) or `a, b and c`."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {render('word.' + word, lang)} {items[-1]}"


def number(value: int | float, lang: Lang) -> str:
    """`12 500` and `2,5` in Swedish, `12,500` and `2.5` in English; four-digit numbers such as years unbroken."""
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:g}"
        return text.replace(".", ",") if lang == "sv" else text
    whole = int(value)
    if abs(whole) < 10_000:
        return str(whole)
    grouped = f"{whole:,}"
    return grouped.replace(",", "\u00a0") if lang == "sv" else grouped


def long_date(day: dt.date, lang: Lang) -> str:
    """`15 mars 2021`: no leading zero, lower-case month, as in Swedish minutes (`15 March 2021` in English)."""
    return f"{day.day} {render(f'month.{day.month}', lang)} {day.year}"


def month_name(month: int, lang: Lang) -> str:
    return render(f"month.{month}", lang)


#: Characters that must never reach a terminal raw: C0 and C1 controls, DEL, the Unicode line and paragraph
#: separators, and the bidirectional overrides that make text read differently from what it is.
_UNSAFE = {
    code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    for code in [*range(0x00, 0x20), *range(0x7F, 0xA0), 0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
}
_UNSAFE.update({ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})


def escaped(text: str) -> str:
    """Text from a file or a path as a terminal may show it: every control character and line break escaped."""
    return text.translate(_UNSAFE) if not text.isprintable() else text
