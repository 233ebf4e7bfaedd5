"""Follow-up periods: weeks, quarters, tertials, half-years, months, years and meeting days, named as the files name them.

`2021Q3` is a quarter, `2021T2` a tertial, `2021H1` a half-year, `2021M09` a month, `2021` a year, `2024W11` an
ISO week (for `vecka`, and for `varannan vecka`, whose two-week period is named by its first week) and
`2024-02-13` a day (a `löpande` council's meeting, named by its date). This module is the one place that knows what
a period is: the cadences, how each is written, and the parser every other module uses (the schemas through
`samverkan.models`, the CLI's `--quarter`, the schedule, lint). A `löpande` cadence has no fixed periods: nothing is
ever owed for it (samverkan.schedule); its days only name meetings.

Two readings of the same spellings:

- `Period.parse` reads what a user *types*: `2021Q3`, `2021-Q3` or `2021q3`, with spaces around.
- `Period.of_file` reads a data file's `period:` field: only the canonical spelling `str(period)` gives back
  (so the file name, the folder name and the field agree letter for letter), or a year written as a number
  (`period: 2018` is an integer in YAML; `new followup` writes `period: "2018"`).

`PERIOD_PATTERN` is the canonical spelling as a regular expression, built from the same table the parser uses; it
is what the JSON Schema shows an editor and what `safe_write` allows as a name. It also admits a window id
(`lofte-2024-2025`, a follow-up window the document defines in `follow_up.windows`). The parser still does the
checking (a pattern cannot say that 9999Q4 has no next quarter).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from samverkan.catalog import Lang


# How often the agreement is followed up (`follow_up.cadence`), in the agreement's own words. No docstring: it would
# become the enum's description in the JSON Schema, which an editor shows in Swedish (see samverkan.models).
class Cadence(StrEnum):
    VECKA = "vecka"
    VARANNAN_VECKA = "varannan vecka"
    MANAD = "månad"
    TERTIAL = "tertial"
    KVARTAL = "kvartal"
    HALVAR = "halvår"
    AR = "år"
    LOPANDE = "löpande"

    @property
    def periods_per_year(self) -> int:
        """Only for the cadences that divide the year into months (månad … år)."""
        return _PER_YEAR[self]

    @property
    def is_calendar(self) -> bool:
        """False for `löpande`: as needed, no fixed periods, so nothing is ever owed."""
        return self is not Cadence.LOPANDE

    @property
    def is_weekly(self) -> bool:
        return self in (Cadence.VECKA, Cadence.VARANNAN_VECKA)

    @property
    def period_letter(self) -> str:
        """The letter a period key of this cadence has: Q, T, H, M, W; none for a year or a day."""
        return _LETTER.get(self, "")


_PER_YEAR = {Cadence.MANAD: 12, Cadence.TERTIAL: 3, Cadence.KVARTAL: 4, Cadence.HALVAR: 2, Cadence.AR: 1}
_LETTER = {
    Cadence.KVARTAL: "Q",
    Cadence.TERTIAL: "T",
    Cadence.HALVAR: "H",
    Cadence.MANAD: "M",
    Cadence.AR: "",
    Cadence.VECKA: "W",
    Cadence.VARANNAN_VECKA: "W",
}
_BY_LETTER = {"Q": Cadence.KVARTAL, "T": Cadence.TERTIAL, "H": Cadence.HALVAR, "M": Cadence.MANAD, "W": Cadence.VECKA}
_FIRST_YEAR, _LAST_YEAR = 2, 9998  # the calendar must hold the period before and after every period
_TYPED = re.compile(r"\s*([0-9]{4})(?:-?([QqTtHhMmWw])([0-9]{1,2}))?\s*\Z")
_DAY = re.compile(r"\s*([0-9]{4})-([0-9]{2})-([0-9]{2})\s*\Z")
#: A follow-up window the document itself defines (`follow_up.windows`): a slug that starts with a letter.
WINDOW_PATTERN = r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"
_WINDOW = re.compile(WINDOW_PATTERN)


def _canonical_pattern() -> str:
    """The calendar periods (`2021Q3`, `2021T2`, `2021H1`, `2021M09`, `2021`), an ISO week (`2024W11`), a meeting
    day (`2024-02-13`) or a window id (`lofte-2024-2025`)."""
    alternatives = []
    for cadence, letter in _LETTER.items():
        if cadence is Cadence.MANAD:
            alternatives.append(f"{letter}(?:0[1-9]|1[0-2])")
        elif cadence is Cadence.VECKA:
            alternatives.append(f"{letter}(?:0[1-9]|[1-4][0-9]|5[0-3])")
        elif letter and cadence in _PER_YEAR:
            alternatives.append(f"{letter}[1-{cadence.periods_per_year}]")
    calendar = f"[0-9]{{4}}(?:{'|'.join(alternatives)})?"
    day = "[0-9]{4}-[0-9]{2}-[0-9]{2}"
    return f"^(?:{calendar}|{day}|{WINDOW_PATTERN[1:-1]})$"


#: The canonical spelling of a period, as data files and folder names write it.
PERIOD_PATTERN = _canonical_pattern()
#: The last year a period may lie in (the first one a file can write is 1000: four digits, no leading zero).
LAST_YEAR = _LAST_YEAR


def is_window_id(text: str) -> bool:
    """`lofte-2024-2025`: a window the document defines, not a calendar period."""
    return bool(_WINDOW.match(text))


class PeriodError(ValueError):
    """Text that is not a period."""


@dataclass(frozen=True, order=True, slots=True)
class Period:
    year: int  # the ISO year for a week
    index: int  # 1-based within the year: quarter, tertial, half, month or ISO week; 1 for a year; the day's ordinal
    cadence: Cadence

    @classmethod
    def parse(cls, text: str, expect: Cadence | None = None) -> Period:
        """What a user typed: `2021Q3`, `2021-Q3`, `2021q3` (and the other cadences), `2024W11` or a day
        `2024-02-13` (a `löpande` meeting); raises PeriodError otherwise."""
        day_match = _DAY.match(text)
        if day_match:
            if expect is not None and expect is not Cadence.LOPANDE:
                raise PeriodError(text)
            try:
                day = dt.date(*(int(part) for part in day_match.groups()))
            except ValueError:
                raise PeriodError(text) from None
            if not _FIRST_YEAR <= day.year <= _LAST_YEAR:
                raise PeriodError(text)
            return cls.containing(day, Cadence.LOPANDE)
        match = _TYPED.match(text)
        if not match:
            raise PeriodError(text)
        year, letter, number = match.groups()
        cadence = _BY_LETTER[letter.upper()] if letter else Cadence.AR
        if cadence is Cadence.VECKA and expect is Cadence.VARANNAN_VECKA:
            cadence = Cadence.VARANNAN_VECKA
        index = int(number) if number else 1
        if expect is not None and cadence is not expect:
            raise PeriodError(text)
        if not _FIRST_YEAR <= int(year) <= _LAST_YEAR:
            raise PeriodError(text)
        if cadence.is_weekly:
            if not 1 <= index <= _weeks_in(int(year)):
                raise PeriodError(text)
        elif not 1 <= index <= cadence.periods_per_year:
            raise PeriodError(text)
        return cls(int(year), index, cadence)

    @classmethod
    def of_file(cls, value: str | int) -> Period:
        """A data file's `period:`: the canonical spelling, or a year as a number; raises PeriodError otherwise."""
        text = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
        if not isinstance(text, str):
            raise PeriodError(repr(type(value)))
        period = cls.parse(text)
        if str(period) != text:  # `2021-Q3`, `2021q3`, ` 2021Q3`: fine to type, not how a file names it
            raise PeriodError(text)
        return period

    @classmethod
    def containing(cls, day: dt.date, cadence: Cadence) -> Period:
        if cadence is Cadence.LOPANDE:
            return cls(day.year, day.timetuple().tm_yday, cadence)
        if cadence.is_weekly:
            iso = day.isocalendar()
            return cls(iso.year, iso.week, cadence)
        months = 12 // cadence.periods_per_year
        return cls(day.year, (day.month - 1) // months + 1, cadence)

    @property
    def start(self) -> dt.date:
        if self.cadence is Cadence.LOPANDE:
            return dt.date(self.year, 1, 1) + dt.timedelta(days=self.index - 1)
        if self.cadence.is_weekly:
            return dt.date.fromisocalendar(self.year, self.index, 1)
        months = 12 // self.cadence.periods_per_year
        return dt.date(self.year, (self.index - 1) * months + 1, 1)

    @property
    def end(self) -> dt.date:
        return self.next().start - dt.timedelta(days=1)

    def _step(self) -> int:
        """Days from one period to the next, for the cadences that count days."""
        return {Cadence.LOPANDE: 1, Cadence.VECKA: 7, Cadence.VARANNAN_VECKA: 14}[self.cadence]

    def next(self) -> Period:
        if self.cadence is Cadence.LOPANDE or self.cadence.is_weekly:
            return Period.containing(self.start + dt.timedelta(days=self._step()), self.cadence)
        if self.index < self.cadence.periods_per_year:
            return Period(self.year, self.index + 1, self.cadence)
        return Period(self.year + 1, 1, self.cadence)

    def previous(self) -> Period:
        if self.cadence is Cadence.LOPANDE or self.cadence.is_weekly:
            return Period.containing(self.start - dt.timedelta(days=self._step()), self.cadence)
        if self.index > 1:
            return Period(self.year, self.index - 1, self.cadence)
        return Period(self.year - 1, self.cadence.periods_per_year, self.cadence)

    def __str__(self) -> str:
        if self.cadence is Cadence.LOPANDE:
            return self.start.isoformat()
        if self.cadence is Cadence.AR:
            return str(self.year)
        if self.cadence is Cadence.MANAD or self.cadence.is_weekly:
            return f"{self.year}{_LETTER[self.cadence]}{self.index:02d}"
        return f"{self.year}{_LETTER[self.cadence]}{self.index}"

    def label(self, lang: Lang) -> str:
        """In words: `kvartal 3 2021`, `mars 2021`, `år 2021`, `vecka 11 2024`, `13 februari 2024` (or English)."""
        from samverkan.catalog import render

        key = f"period.{self.cadence.name.lower()}"
        return render(key, lang, {"index": self.index, "year": self.year, "day": self.start})

    def catalog_text(self, lang: Lang, spec: str) -> str:
        """How the message catalog shows a period parameter: `{period}` in words, `{period:code}` as `2021Q3`."""
        return str(self) if spec == "code" else self.label(lang)


def _weeks_in(year: int) -> int:
    """52 or 53: the ISO week of 28 December is always the year's last."""
    return dt.date(year, 12, 28).isocalendar().week


def periods_between(first_day: dt.date, last_day: dt.date, cadence: Cadence) -> Iterator[Period]:
    """Every period that overlaps `first_day`…`last_day`, in order."""
    period = Period.containing(first_day, cadence)
    while period.start <= last_day:
        yield period
        period = period.next()
