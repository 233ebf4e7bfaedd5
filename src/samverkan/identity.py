"""Swedish identity numbers (personnummer, samordningsnummer) in a text, and in the values a file decoded to.

Its own module because both sides need it: the loader's caller keeps what a file's decoded values held before the
values are let go (repository.py), and the personal-data rules report it (lint/personal_data.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the loader imports PyYAML; a warm run (samverkan.cache) masks paths without it
    from samverkan.loader import Path_

#: Between the date and the last four digits people write `-`, `+` (over 100 years old), a space, a non-breaking
#: space, or the dashes and hyphens a word processor puts in their place (‐ ‑ ‒ – — −).
_IDENTITY = re.compile(
    r"(?<![0-9])(1[89]|20)?([0-9]{2})([0-9]{2})([0-9]{2})[-+ \u00a0\u2010\u2011\u2012\u2013\u2014\u2212]?"
    r"([0-9]{3})([0-9])(?![0-9])"
)
#: A cheap first pass: six digits in a row, spelt out, which Python's `re` finds about twice as fast as `[0-9]{6}`
#: (20,000 files: 60 ms against 120 ms, benchmarks/RESULTS.md).
SIX_DIGITS = re.compile(r"[0-9][0-9][0-9][0-9][0-9][0-9]")
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
#: From this length (a file's text rather than a value or a name) `may_hold_number` is the quicker first pass.
_LONG = 200


def may_hold_number(text: str) -> bool:
    """Whether a whole file's TEXT has six digits in a row, the test before `identity_numbers` runs over it: on a
    text of a kilobyte, turning every digit into `0` and looking for `000000` is twice as fast as `SIX_DIGITS`
    (which is faster on a short value). A character that cannot be encoded is dropped: at worst a false alarm,
    which the full pattern then clears."""
    return b"000000" in text.encode("utf-8", "ignore").translate(_DIGITS_AS_ZERO)


class IdentityKind(StrEnum):
    """The two kinds of Swedish identity number; the catalog words them (`enum.IdentityKind.*`)."""

    PERSONNUMMER = "personnummer"
    SAMORDNINGSNUMMER = "samordningsnummer"


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    kind: IdentityKind


def luhn_valid(digits: str) -> bool:
    """The Luhn check used by Swedish personnummer, over the ten digits ÅÅMMDDNNNK."""
    total = 0
    for index, char in enumerate(digits):
        product = int(char) * (2 if index % 2 == 0 else 1)
        total += product // 10 + product % 10
    return total % 10 == 0


def identity_numbers(text: str) -> Iterator[Found]:
    """Every personnummer or samordningsnummer in `text`: a real date (day + 60 for samordningsnummer), valid Luhn."""
    if not (may_hold_number(text) if len(text) > _LONG else SIX_DIGITS.search(text)):
        return
    for match in _IDENTITY.finditer(text):
        century, yy, mm, dd, serial, check = match.groups()
        month, day = int(mm), int(dd)
        kind = IdentityKind.PERSONNUMMER
        if day > 60:
            day -= 60
            kind = IdentityKind.SAMORDNINGSNUMMER
        years = [int(century + yy)] if century else [2000 + int(yy), 1900 + int(yy)]
        if not any(_is_date(year, month, day) for year in years):
            continue
        if luhn_valid(yy + mm + dd + serial + check):
            yield Found(match.start(), match.end(), kind)


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def numbers_in_values(data: Any, text: str) -> tuple[tuple[Path_, IdentityKind, bool], ...]:
    """(path, kind, whether it is a key) of each decoded value or key of DATA, parsed from TEXT, that holds an
    identity number, the first kind found in each. Escapes (`\\x31`), `\\u` sequences and line continuations put a
    number together that no scan of the file's bytes can see; this finds it in what the loader decoded."""
    if "\\" not in text and not may_hold_number(text):
        # A number's date is six digits in a row. Without a backslash nothing joins digits that the text keeps apart
        # (a folded line break becomes a space), so a text with no such run decodes to values with none: most files.
        return ()
    numbers: list[tuple[Path_, IdentityKind, bool]] = []
    for path, text, is_key in _strings(data, ()):
        first = next(identity_numbers(text), None)
        if first is not None:
            numbers.append((path, first.kind, is_key))
    return tuple(numbers)


def _strings(value: object, path: Path_) -> Iterator[tuple[Path_, str, bool]]:
    """Every text value and key under `value`, with its path and whether it is a key."""
    if isinstance(value, str):
        yield path, value, False
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str):
                yield (*path, key), key, True
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))
