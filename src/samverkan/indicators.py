"""Indicators over time: every value a document and its follow-ups give for each indicator, and where it is heading.

One series per indicator (`indicator_series`), shared by the public site (a chart and a table) and `samverkan
status` (the latest value and its direction against the target), so the two can never show different figures.
A value comes from the document itself (`baseline`, `values`) or from a follow-up (`indicator_values`); for the
same point in time the document's own value wins. A value the source gives no time for cannot be placed on a time
axis and is left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from samverkan.catalog import Lang, render, shown
from samverkan.models import Agreement, Better, Direction, FollowUp, Indicator, Measurement
from samverkan.periods import Period, PeriodError, is_window_id
from samverkan.repository import Loaded


class Point(NamedTuple):
    day: dt.date
    value: float
    #: When the value was measured, in words ("kvartal 3 2021", or the source's own label).
    label: str
    approximate: bool


@dataclass(frozen=True, slots=True)
class Series:
    #: The focus area or goal the indicator belongs to (its name), or None for the document's own indicators.
    owner: str | None
    indicator: Indicator
    points: list[Point]


def indicator_series(agreement: Agreement, followups: Sequence[Loaded[FollowUp]], lang: Lang) -> list[Series]:
    """Each indicator of the document, its focus areas and goals, with every value known over time (in time order)."""
    reported: dict[str, list[Point]] = {}
    for loaded in followups:
        for value in loaded.model.indicator_values:
            if value.period is not None:
                day, label = value.period.end, value.period.label or _span(value.period.start, value.period.end, lang)
            elif value.when is not None:
                day, label = value.when.last_day(), shown(value.when, lang)
            else:
                day = period_key(loaded.model.period, agreement)[0]
                label = period_label(loaded.model.period, agreement, lang)
                if day == dt.date.max:
                    continue
                day = _period_end(loaded.model.period) or day
            reported.setdefault(value.indicator, []).append(Point(day, value.value, label, value.approximate))
    owners: list[tuple[str | None, Indicator]] = [(None, i) for i in agreement.indicators]
    owners += [(area.name, i) for area in agreement.focus_areas for i in area.indicators]
    goals = list(_walk_goals([*agreement.goals, *(g for part in agreement.local_parts for g in part.goals)]))
    owners += [(goal.name, i) for goal in goals for i in goal.indicators]
    return [
        Series(owner, indicator, _points(indicator, reported.get(indicator.id, []), lang))
        for owner, indicator in owners
    ]


def period_key(code: str, agreement: Agreement | None) -> tuple[dt.date, str]:
    """Where a follow-up's period lies in time, for ordering (a window by its start)."""
    if is_window_id(code):
        windows = agreement.follow_up.windows if agreement is not None and agreement.follow_up else []
        window = next((w for w in windows if w.id == code), None)
        return (window.start if window else dt.date.max, code)
    try:
        return (Period.parse(code).start, code)
    except PeriodError:
        return (dt.date.max, code)


def period_label(code: str, agreement: Agreement | None, lang: Lang) -> str:
    """A period in words ("kvartal 3 2021", "2024"); a follow-up window by its own label."""
    if is_window_id(code):
        windows = agreement.follow_up.windows if agreement is not None and agreement.follow_up else []
        window = next((w for w in windows if w.id == code), None)
        if window is not None:
            return window.label or render("site.span", lang, {"start": window.start, "end": window.end})
        return code
    try:
        return Period.parse(code).label(lang)
    except PeriodError:
        return code


#: How the latest value compares with the one before it.
Trend = Literal["up", "down", "same"]
#: The latest value against the indicator's target: reached; a numeric target with a single value so far, on the
#: wrong side of it (not reached); else whether the values since the first one moved towards it, away or not at all.
Verdict = Literal["reached", "not-reached", "towards", "away", "unchanged"]


@dataclass(frozen=True, slots=True)
class Standing:
    """An indicator's latest value, the direction it moved in, and how that stands against the target."""

    latest: Point
    previous: Point | None
    trend: Trend | None
    #: None when the target says nothing a figure can be held against (no target, or a target in words only).
    verdict: Verdict | None


def standing(series: Series) -> Standing | None:
    """Where the indicator stands on its latest value; None when it has no value at all.

    Which way is better comes from the target's direction (`minska`/`öka`/`bibehålla`), else the scale's
    (`better: lägre|högre`), else from a numeric target against the first value (a target below it means lower is
    better). A numeric target is reached when the latest value is on its better side; otherwise, and for a target
    that is only a direction, the verdict says whether the values since the first one have moved the right way."""
    if not series.points:
        return None
    latest = series.points[-1]
    previous = series.points[-2] if len(series.points) >= 2 else None
    trend = _trend(previous.value, latest.value) if previous is not None else None
    return Standing(latest, previous, trend, _verdict(series))


def _trend(before: float, after: float) -> Trend:
    return "up" if after > before else "down" if after < before else "same"


def _verdict(series: Series) -> Verdict | None:
    target = series.indicator.target
    if target is None or (target.value is None and target.direction is None):
        return None
    first, latest = series.points[0].value, series.points[-1].value
    if target.direction is Direction.BIBEHALLA:
        reference = target.value if target.value is not None else first
        return "reached" if latest == reference else "away"
    lower_is_better = _lower_is_better(series.indicator, first)
    if lower_is_better is None:
        return None
    if target.value is not None and (latest <= target.value if lower_is_better else latest >= target.value):
        return "reached"
    if len(series.points) < 2:
        return "not-reached" if target.value is not None else None
    if latest == first:
        return "unchanged"
    return "towards" if (latest < first) == lower_is_better else "away"


def _lower_is_better(indicator: Indicator, first: float) -> bool | None:
    target = indicator.target
    if target is not None and target.direction is not None:
        return target.direction is Direction.MINSKA
    if indicator.scale is not None and indicator.scale.better is not None:
        return indicator.scale.better is Better.LAGRE
    if target is not None and target.value is not None and target.value != first:
        return target.value < first
    return None


def _period_end(code: str) -> dt.date | None:
    try:
        return Period.parse(code).end
    except PeriodError:
        return None


def _walk_goals(goals: Iterable[Any]) -> Iterable[Any]:
    for goal in goals:
        yield goal
        yield from _walk_goals(goal.subgoals)


def _span(start: dt.date, end: dt.date, lang: Lang) -> str:
    return render("site.span", lang, {"start": start, "end": end})


def _measured(measurement: Measurement, lang: Lang) -> tuple[dt.date, str] | None:
    if measurement.period is not None:
        span = measurement.period
        return span.end, measurement.label or span.label or _span(span.start, span.end, lang)
    if measurement.when is not None:
        return measurement.when.last_day(), measurement.label or shown(measurement.when, lang)
    return None  # a value the source gives no time for cannot be placed on a time axis


def _points(indicator: Indicator, reported: list[Point], lang: Lang) -> list[Point]:
    """The values in time order, one per day (the document's own value wins over a follow-up's for the same time)."""
    found: dict[dt.date, Point] = {}
    own = [indicator.baseline] if indicator.baseline is not None else []
    for measurement in [*own, *indicator.values]:
        placed = _measured(measurement, lang)
        if placed is not None:
            found.setdefault(placed[0], Point(placed[0], measurement.value, placed[1], measurement.approximate))
    for point in reported:
        found.setdefault(point.day, point)
    return [found[day] for day in sorted(found)]
