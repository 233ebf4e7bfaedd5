"""Follow-up periods: quarters, tertials, half-years, months and years, named the way the data files name them.

`2021Q3` is a quarter, `2021T2` a tertial, `2021H1` a half-year, `2021M09` a month and `2021` a year. Users may
type a quarter as `2021Q3`, `2021-Q3` or `2021q3`; files always use the canonical form.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from samverkan.models import Cadence

_LETTER = {Cadence.KVARTAL: "Q", Cadence.TERTIAL: "T", Cadence.HALVAR: "H", Cadence.MANAD: "M", Cadence.AR: ""}
_BY_LETTER = {letter: cadence for cadence, letter in _LETTER.items() if letter}
_MONTHS_PER_PERIOD = {Cadence.KVARTAL: 3, Cadence.TERTIAL: 4, Cadence.HALVAR: 6, Cadence.MANAD: 1, Cadence.AR: 12}
_FIRST_YEAR, _LAST_YEAR = 2, 9998
_TYPED = re.compile(r"\s*([0-9]{4})(?:-?([QqTtHhMm])([0-9]{1,2}))?\s*\Z")

_SV_NAMES = {Cadence.KVARTAL: "kvartal", Cadence.TERTIAL: "tertial", Cadence.HALVAR: "halvår", Cadence.AR: "år"}
_EN_NAMES = {Cadence.KVARTAL: "quarter", Cadence.TERTIAL: "tertial", Cadence.HALVAR: "half-year", Cadence.AR: "year"}


class PeriodError(ValueError):
    """Text that is not a period."""


@dataclass(frozen=True, order=True, slots=True)
class Period:
    year: int
    index: int  # 1-based within the year: the quarter, tertial, half or month number; 1 for a year
    cadence: Cadence

    @classmethod
    def parse(cls, text: str, expect: Cadence | None = None) -> Period:
        """`2021Q3`, `2021-Q3`, `2021q3` (and the other cadences); raises PeriodError otherwise."""
        match = _TYPED.match(text)
        if not match:
            raise PeriodError(text)
        year, letter, number = match.groups()
        cadence = _BY_LETTER[letter.upper()] if letter else Cadence.AR
        index = int(number) if number else 1
        if not 1 <= index <= cadence.periods_per_year or (expect is not None and cadence is not expect):
            raise PeriodError(text)
        if not _FIRST_YEAR <= int(year) <= _LAST_YEAR:  # the calendar must hold the period before and after it
            raise PeriodError(text)
        return cls(int(year), index, cadence)

    @classmethod
    def containing(cls, day: dt.date, cadence: Cadence) -> Period:
        return cls(day.year, (day.month - 1) // _MONTHS_PER_PERIOD[cadence] + 1, cadence)

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, (self.index - 1) * _MONTHS_PER_PERIOD[self.cadence] + 1, 1)

    @property
    def end(self) -> dt.date:
        return self.next().start - dt.timedelta(days=1)

    def next(self) -> Period:
        if self.index < self.cadence.periods_per_year:
            return Period(self.year, self.index + 1, self.cadence)
        return Period(self.year + 1, 1, self.cadence)

    def previous(self) -> Period:
        if self.index > 1:
            return Period(self.year, self.index - 1, self.cadence)
        return Period(self.year - 1, self.cadence.periods_per_year, self.cadence)

    def __str__(self) -> str:
        if self.cadence is Cadence.AR:
            return str(self.year)
        if self.cadence is Cadence.MANAD:
            return f"{self.year}M{self.index:02d}"
        return f"{self.year}{_LETTER[self.cadence]}{self.index}"

    def label(self, lang: str = "sv") -> str:
        """In words: `kvartal 3 2021`, `mars 2021`, `år 2021` (or English)."""
        from samverkan.dates import month_name

        if self.cadence is Cadence.MANAD:
            return f"{month_name(self.index, lang)} {self.year}"
        if self.cadence is Cadence.AR:
            return f"{'år' if lang == 'sv' else 'year'} {self.year}"
        names = _SV_NAMES if lang == "sv" else _EN_NAMES
        return f"{names[self.cadence]} {self.index} {self.year}"


def periods_between(first_day: dt.date, last_day: dt.date, cadence: Cadence) -> Iterator[Period]:
    """Every period that overlaps `first_day`…`last_day`, in order."""
    period = Period.containing(first_day, cadence)
    while period.start <= last_day:
        yield period
        period = period.next()
