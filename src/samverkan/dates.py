"""Dates the way Swedish documents write them: "15 mars 2021" (and "15 March 2021" with `--lang en`)."""

from __future__ import annotations

import datetime as dt

_SV = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def month_name(month: int, lang: str = "sv") -> str:
    return (_SV if lang == "sv" else _EN)[month - 1]


def long_date(day: dt.date, lang: str = "sv") -> str:
    """`15 mars 2021`: no leading zero, lower-case month, as in Swedish minutes."""
    return f"{day.day} {month_name(day.month, lang)} {day.year}"
