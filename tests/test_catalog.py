"""The message catalog: both languages hold the same keys with the same placeholders, and formatting is right."""

from __future__ import annotations

import datetime as dt
import string

import pytest

from samverkan.catalog import AREAS, LANGS, Msg, escaped, render, shown, texts
from samverkan.diagnostics import Severity
from samverkan.periods import Period


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("area", AREAS)
def test_every_key_exists_in_both_languages(area: str) -> None:
    import importlib

    module = importlib.import_module(f"samverkan.catalog.{area}")
    only_sv = sorted(set(module.SV) - set(module.EN))
    only_en = sorted(set(module.EN) - set(module.SV))
    assert (only_sv, only_en) == ([], [])


@pytest.mark.parametrize("lang", LANGS)
def test_no_text_is_empty(lang: str) -> None:
    assert [key for key, text in texts(lang).items() if not text.strip()] == []  # type: ignore[arg-type]


def test_both_languages_fill_the_same_placeholders() -> None:
    sv, en = texts("sv"), texts("en")
    differing = [key for key in sv if key in en and _fields(sv[key]) != _fields(en[key])]
    assert differing == []


def test_no_key_is_defined_twice_across_areas() -> None:
    import importlib

    seen: dict[str, str] = {}
    twice = []
    for area in AREAS:
        for key in importlib.import_module(f"samverkan.catalog.{area}").SV:
            if key in seen:
                twice.append((key, seen[key], area))
            seen[key] = area
    assert twice == []


def test_dates_numbers_plurals_and_lists() -> None:
    assert shown(dt.date(2021, 3, 15), "sv") == "15 mars 2021"
    assert shown(dt.date(2021, 3, 15), "en") == "15 March 2021"
    assert shown(dt.date(2021, 3, 15), "sv", "iso") == "2021-03-15"
    assert shown(12500, "sv") == "12\u00a0500"
    assert shown(12500, "en") == "12,500"
    assert shown(2021, "sv") == "2021"
    assert shown(2.5, "sv") == "2,5"
    assert shown(1, "sv", "fil|filer") == "1 fil"
    assert shown(3, "sv", "fil|filer") == "3 filer"
    assert shown(3, "sv", "~skapad|skapade") == "skapade"
    assert shown(["a", "b", "c"], "sv") == "a, b och c"
    assert shown(["a", "b"], "en", "or") == "a or b"
    assert shown(Period.parse("2021Q3"), "sv") == "kvartal 3 2021"
    assert shown(Period.parse("2021Q3"), "sv", "code") == "2021Q3"
    assert shown(Severity.ERROR, "sv") == "fel"
    assert shown(Msg("word.the-key"), "en") == "(the key)"


def test_summary_agrees_in_number() -> None:
    assert render("summary.clean", "sv", {"files": 1}) == "Inga fel: 1 fil kontrollerad."
    assert render("summary.clean", "sv", {"files": 2}) == "Inga fel: 2 filer kontrollerade."
    assert render("summary.found", "en", {"files": 1, "errors": 1, "warnings": 2}) == (
        "1 error, 2 warnings: 1 file checked."
    )


def test_text_from_a_file_never_reaches_the_terminal_raw() -> None:
    assert escaped("rad\nny\x1b[2J\u202e") == "rad\\nny\\x1b[2J\\u202e"
    assert render("usage.no-yaml-files", "sv", {"folder": "a\rb"}) == "Det finns inga YAML-filer att läsa i a\\rb."


def test_an_unknown_placeholder_stays_visible() -> None:
    assert render("usage.no-yaml-files", "sv", {}) == "Det finns inga YAML-filer att läsa i {folder}."


@pytest.mark.parametrize("lang", LANGS)
def test_every_template_parses(lang: str) -> None:
    """A stray `{` or `}` in a text would crash the run that first shows it; `{{`/`}}` are the literal braces."""
    broken = []
    for key, template in texts(lang).items():  # type: ignore[arg-type]
        try:
            list(string.Formatter().parse(template))
        except ValueError:
            broken.append(key)
    assert broken == []
