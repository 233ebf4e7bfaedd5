"""`samverkan site`: the public web site of the work, a few static HTML pages that citizens can read.

What it shows, in plain words: the document (agreement, medborgarlöfte, åtgärdsplan …) and what it promises, the
activities with their status, what was done each period, the indicators as charts over time with the same
figures in a table beside them, and when the next follow-up and meeting are. Who reads it never opens a YAML file.

Only public content reaches the pages. A file marked `internal: true` (an activity, a follow-up, a meeting) is left
out whole, together with the follow-ups of an internal activity; a field named in a file's `internal_fields` is
cleared before any template sees the file (`public_repository`), so no template, built-in or a kommun's own, can
print it by mistake. Content marked `illustrative` is shown with a notice that it is an invented example.

The pages are rendered from Jinja templates (`templates/site/*.j2`, each replaceable by the repository's own
`templates/site/…`, see samverkan.templating) with HTML autoescaping, and the stylesheet is copied beside them.
There is no JavaScript and nothing is fetched from elsewhere: the charts are inline SVG made here
(`line_chart`), so a page works opened from disk as well as served.

Why hand-written SVG rather than a plotting library: a chart here is one line of at most a few dozen points with
its axes, a target line and a text alternative. matplotlib (with numpy, tens of megabytes) writes SVG without
`role`, `<title>` or `<desc>`, draws text as glyph paths unless told otherwise, stamps ids and dates that change
between runs, and takes longer to import than the whole site takes to build; pygal's charts need its JavaScript
for their labels and link a script from the network by default; leather has had no release for years. None of
them would write the Swedish number format ("33,5") or the text alternative for us. About a hundred lines of
our own, tested, are easier to keep accessible and byte-for-byte reproducible.

Like the other documents, the site has one language, the language of its templates: Swedish (`DOCUMENT_LANG`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Sequence
from typing import Any, TypeVar

from markupsafe import Markup, escape

from samverkan.catalog import Lang, render, shown
from samverkan.diagnostics import Diagnostic, Severity, display_path
from samverkan.documents import DOCUMENT_LANG, nouns
from samverkan.indicators import indicator_series, period_key, period_label
from samverkan.models import (
    ActivityKind,
    Agreement,
    Council,
    FollowUp,
    Indicator,
    MeetingStatus,
    Publishable,
)
from samverkan.repository import Loaded, Repository
from samverkan.schedule import activity_owner, owed_followups, party_names
from samverkan.templating import TemplateSource, find_template
from samverkan.templating import render as render_template

__all__ = ["DOCUMENT_LANG", "SiteFile", "build_site", "line_chart", "public_repository"]

#: Each page: the file written and the template that writes it. A page whose content is empty is not written.
PAGES: tuple[tuple[str, str], ...] = (
    ("index.html", "site/index.html.j2"),
    ("aktiviteter.html", "site/aktiviteter.html.j2"),
    ("uppfoljning.html", "site/uppfoljning.html.j2"),
    ("indikatorer.html", "site/indikatorer.html.j2"),
)
STYLESHEET = "site/style.css"
#: How far ahead the next follow-up is looked for (a year and a bit covers every cadence).
_LOOKAHEAD = dt.timedelta(days=400)

M = TypeVar("M", bound=Publishable)


@dataclasses.dataclass(frozen=True, slots=True)
class SiteFile:
    """One file of the site: its name inside the output folder and its text."""

    name: str
    text: str


# ------------------------------------------------------------------------------------------------- public content


def public_model(model: M) -> M:
    """The model as the public sees it: every field it lists in `internal_fields` set back to "not stated"."""
    fields = type(model).model_fields
    internal: list[str] = getattr(model, "internal_fields", [])
    cleared = {name: fields[name].get_default(call_default_factory=True) for name in internal}
    return model.model_copy(update=cleared) if cleared else model


def _public(loaded: Loaded[M]) -> Loaded[M]:
    return dataclasses.replace(loaded, model=public_model(loaded.model))


def public_repository(repository: Repository) -> Repository:
    """The repository without its internal files and fields: what the site, and nothing else, is built from."""
    activities = [_public(a) for a in repository.activities if not a.model.internal]
    public_ids = {a.model.id for a in activities}
    return Repository(
        root=repository.root,
        agreement=_public(repository.agreement) if repository.agreement is not None else None,
        council=_public(repository.council) if repository.council is not None else None,
        activities=activities,
        followups=[
            _public(f)
            for f in repository.followups
            if not f.model.internal and f.model.activity in public_ids
        ],
        meetings=[_public(m) for m in repository.meetings if not m.model.internal],
        files_checked=repository.files_checked,
    )


# ------------------------------------------------------------------------------------------------------- building


def build_site(repository: Repository, today: dt.date) -> tuple[list[SiteFile] | None, list[Diagnostic]]:
    """Every file of the site, or None and the findings of the template that failed. `repository` is valid."""
    public = public_repository(repository)
    context = site_context(public, today, DOCUMENT_LANG)
    files: list[SiteFile] = []
    for name, template in PAGES:
        if name not in {entry["href"] for entry in context["nav"]}:
            continue
        source = find_template(template, repository.root)
        text, problems = render_template(source, {**context, "page": name}, DOCUMENT_LANG, markup="html")
        if text is None:
            return None, problems
        files.append(SiteFile(name, text))
    stylesheet = find_template(STYLESHEET, repository.root)
    try:
        files.append(SiteFile("style.css", stylesheet.path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError):
        return None, [_unreadable(stylesheet)]
    return files, []


def _unreadable(source: TemplateSource) -> Diagnostic:
    return Diagnostic(display_path(source.path), None, None, "template-unreadable", Severity.ERROR, {})


def site_context(public: Repository, today: dt.date, lang: Lang) -> dict[str, Any]:
    """What the templates see: plain dictionaries of public content, dates and numbers still typed."""
    agreement = public.agreement.model if public.agreement is not None else None
    council = public.council.model if public.council is not None else None
    document: Agreement | Council | None = agreement if agreement is not None else council
    assert document is not None, "validate before building the site"
    names = party_names(document)
    activities = _activity_groups(public, agreement, names, lang)
    periods = _periods(public, agreement, lang)
    indicators = _indicators(agreement, public.followups, lang) if agreement is not None else []
    pages = [
        ("index.html", True),
        ("aktiviteter.html", bool(activities)),
        ("uppfoljning.html", bool(periods)),
        ("indikatorer.html", bool(indicators)),
    ]
    return {
        "agreement": agreement,
        "council": council,
        "title": document.title if isinstance(document, Agreement) else document.name,
        "noun": nouns(agreement, lang),
        "illustrative": _illustrative(public),
        "parties": [
            {"name": party.name, "unit": party.unit, "relation": party.relation}
            for party in document.parties
        ],
        "validity": agreement.validity if agreement is not None else None,
        "focus_areas": [{"name": a.name, "aim": a.aim} for a in agreement.focus_areas] if agreement else [],
        "activities": activities,
        "periods": periods,
        "indicators": indicators,
        "next": _next(public, today, lang),
        "today": today,
        "nav": [
            {"href": href, "title": render(f"site.page.{href.removesuffix('.html')}", lang)}
            for href, present in pages
            if present
        ],
    }


def _illustrative(public: Repository) -> bool:
    models: list[Any] = [public.document.model] if public.document is not None else []
    files: list[Loaded[Any]] = [*public.activities, *public.followups, *public.meetings]
    models += [loaded.model for loaded in files]
    return any(model.illustrative for model in models)


def _activity_groups(
    public: Repository, agreement: Agreement | None, names: dict[str, str], lang: Lang
) -> list[dict[str, Any]]:
    """The activities (promises, measures) by focus area, in the action plan's order, each with its status and what
    its latest follow-up says was done."""
    if agreement is None:
        return []
    latest: dict[str, FollowUp] = {}
    for report in sorted(public.followups, key=lambda f: period_key(f.model.period, agreement)):
        if (report.model.done or "").strip():
            latest[report.model.activity] = report.model
    areas = {area.id: area.name for area in agreement.focus_areas}
    groups: dict[str | None, list[dict[str, Any]]] = {}
    for loaded in sorted(public.activities, key=lambda a: (a.model.order or 10**6, a.model.id)):
        activity = loaded.model
        area = next((a for a in activity.focus_areas if a in areas), None)
        goal_areas = [a for g in agreement.goals if g.id in activity.goals for a in g.focus_areas if a in areas]
        area = area or (goal_areas[0] if goal_areas else None)
        followup = latest.get(activity.id)
        groups.setdefault(area, []).append(
            {
                "id": activity.id,
                "name": activity.name,
                "full_name": activity.full_name,
                "text": activity.text,
                "description": activity.description,
                "promise": activity.kind is ActivityKind.LOFTE,
                "owner": activity_owner(activity, names),
                "status": render(f"site.status.{activity.status.name.lower()}", lang),
                "status_code": activity.status.name.lower(),
                "start": activity.start,
                "end": activity.end,
                "due": activity.due,
                "targets": [t.as_stated or t.text for t in activity.production_targets],
                "illustrative": activity.illustrative,
                "latest": (
                    {"period": period_label(followup.period, agreement, lang), "done": followup.done}
                    if followup is not None
                    else None
                ),
            }
        )
    ordered = [area.id for area in agreement.focus_areas if area.id in groups]
    if None in groups:
        ordered.append(None)  # type: ignore[arg-type]
    return [{"area": areas.get(key) if key else None, "items": groups[key]} for key in ordered]


def _periods(public: Repository, agreement: Agreement | None, lang: Lang) -> list[dict[str, Any]]:
    """What was done each period, newest first: each follow-up that reports something, and the period's meeting
    with its decisions."""
    activities = {a.model.id: a.model for a in public.activities}
    found: dict[str, dict[str, Any]] = {}

    def period(code: str) -> dict[str, Any]:
        label = period_label(code, agreement, lang)
        heading = label[:1].upper() + label[1:]
        return found.setdefault(code, {"code": code, "heading": heading, "reports": [], "meetings": []})

    for report in sorted(public.followups, key=lambda f: activities[f.model.activity].order or 10**6):
        followup = report.model
        if not any((text or "").strip() for text in (followup.done, followup.effects)) and not followup.production:
            continue
        activity = activities[followup.activity]
        period(followup.period)["reports"].append(
            {
                "activity": activity.label,
                "done": followup.done,
                "effects": followup.effects,
                "production": [
                    {"text": p.as_stated or p.text, "planned": p.state.value == "planerat"} for p in followup.production
                ],
                "rating": render(f"site.rating.{followup.rating.name.lower()}", lang) if followup.rating else None,
                "rating_code": followup.rating.name.lower() if followup.rating else None,
                "illustrative": followup.illustrative,
            }
        )
    for loaded in sorted(public.meetings, key=lambda m: m.model.date):
        meeting = loaded.model
        if meeting.status is MeetingStatus.PLANERAT:
            continue
        period(meeting.period)["meetings"].append(
            {
                "title": meeting.title or meeting.forum or render("site.meeting", lang),
                "date": meeting.date,
                "cancelled": meeting.status is MeetingStatus.INSTALLT,
                "decisions": [decision.text for decision in meeting.decisions],
                "illustrative": meeting.illustrative,
            }
        )
    return sorted(found.values(), key=lambda p: period_key(p["code"], agreement), reverse=True)


def _next(public: Repository, today: dt.date, lang: Lang) -> dict[str, Any]:
    """The next follow-up the schedule expects (its period and when it is due) and the meetings still to come."""
    upcoming = [owed for owed in owed_followups(public, today + _LOOKAHEAD) if owed.due >= today]
    first = min(upcoming, key=lambda owed: owed.due) if upcoming else None
    meetings: dict[dt.date, str | None] = {}
    for loaded in public.meetings:
        meeting = loaded.model
        if meeting.date >= today and meeting.status is not MeetingStatus.INSTALLT:
            meetings.setdefault(meeting.date, meeting.place)
        if meeting.next_meeting is not None and meeting.next_meeting.date >= today:
            meetings.setdefault(meeting.next_meeting.date, meeting.next_meeting.place)
    return {
        "followup": {"period": first.period.label(lang), "due": first.due} if first is not None else None,
        "meetings": [{"date": day, "place": place} for day, place in sorted(meetings.items())],
    }


# ----------------------------------------------------------------------------------------------------- indicators


def _indicators(agreement: Agreement, followups: Sequence[Loaded[FollowUp]], lang: Lang) -> list[dict[str, Any]]:
    """Each indicator of the document that has a value, as a table and a chart."""
    return [
        _indicator_view(f"indikator-{number}", series.owner, series.indicator, series.points, lang)
        for number, series in enumerate(indicator_series(agreement, followups, lang), start=1)
        if series.points
    ]


def _indicator_view(
    anchor: str,
    owner: str | None,
    indicator: Indicator,
    points: Sequence[tuple[dt.date, float, str, bool]],
    lang: Lang,
) -> dict[str, Any]:
    target = indicator.target
    target_value = target.value if target is not None else None
    return {
        "anchor": anchor,
        "name": indicator.name,
        "owner": owner,
        "unit": indicator.unit,
        "rows": [
            {"label": label, "value": value, "approximate": approximate} for _day, value, label, approximate in points
        ],
        "target": (
            {
                "value": target.value,
                "direction": render(f"site.direction.{target.direction.name.lower()}", lang)
                if target.direction
                else None,
                "by": target.by,
                "text": target.text,
            }
            if target is not None
            else None
        ),
        "better": indicator.scale.better.value if indicator.scale and indicator.scale.better else None,
        "chart": line_chart(anchor, indicator.name, indicator.unit, points, target_value, lang)
        if len(points) >= 2
        else None,
    }


# ---------------------------------------------------------------------------------------------------------- charts

_WIDTH, _HEIGHT = 480, 270
_LEFT, _RIGHT, _TOP, _BOTTOM = 56, 20, 16, 44
_INK, _LINE, _TARGET, _GRID = "#1a1a1a", "#1d4f91", "#8a4b00", "#c8c8c8"


def line_chart(
    anchor: str,
    name: str,
    unit: str | None,
    points: Sequence[tuple[dt.date, float, str, bool]],
    target: float | None,
    lang: Lang,
) -> Markup:
    """An inline SVG line chart of values over time, with `<title>` and `<desc>` as its text alternative.

    Time runs left to right in proportion to the dates; the value axis starts at zero unless a value is below it;
    a target, when the document gives one as a number, is a dashed line. Every text is escaped here."""
    days = [point[0].toordinal() for point in points]
    values = [point[1] for point in points]
    low, high = min([0.0, *values, *([target] if target is not None else [])]), max(
        [*values, *([target] if target is not None else [])]
    )
    ticks = _ticks(low, high)
    low, high = ticks[0], ticks[-1]
    first, last = min(days), max(days)
    plot_width, plot_height = _WIDTH - _LEFT - _RIGHT, _HEIGHT - _TOP - _BOTTOM

    def x(day: int) -> float:
        return _LEFT + (plot_width * (day - first) / (last - first) if last > first else plot_width / 2)

    def y(value: float) -> float:
        return _TOP + plot_height * (1 - (value - low) / (high - low))

    title = render("site.chart.title", lang, {"name": name})
    described = [
        render("site.chart.point", lang, {"when": label, "value": _value(value, unit, lang)})
        for _day, value, label, _approximate in points
    ]
    desc = render("site.chart.desc", lang, {"points": described})
    if target is not None:
        desc += " " + render("site.chart.target", lang, {"value": _value(target, unit, lang)})
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {_WIDTH} {_HEIGHT}" '
        f'aria-labelledby="{anchor}-title {anchor}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{anchor}-title">{escape(title)}</title>',
        f'<desc id="{anchor}-desc">{escape(desc)}</desc>',
    ]
    for tick in ticks:
        parts.append(
            f'<line x1="{_LEFT}" x2="{_WIDTH - _RIGHT}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" stroke="{_GRID}"/>'
        )
        parts.append(
            f'<text x="{_LEFT - 8}" y="{y(tick) + 5:.1f}" text-anchor="end" font-size="14" fill="{_INK}">'
            f"{escape(shown(tick, lang))}</text>"
        )
    for index in _labelled(len(points)):
        anchor_at = "start" if index == 0 and len(points) > 1 else "end" if index == len(points) - 1 else "middle"
        parts.append(
            f'<text x="{x(days[index]):.1f}" y="{_HEIGHT - _BOTTOM + 22}" text-anchor="{anchor_at}" '
            f'font-size="14" fill="{_INK}">{escape(_short(points[index][0], points, lang))}</text>'
        )
    if target is not None:
        parts.append(
            f'<line x1="{_LEFT}" x2="{_WIDTH - _RIGHT}" y1="{y(target):.1f}" y2="{y(target):.1f}" '
            f'stroke="{_TARGET}" stroke-width="2" stroke-dasharray="8 5"/>'
        )
        parts.append(
            f'<text x="{_WIDTH - _RIGHT}" y="{y(target) - 6:.1f}" text-anchor="end" font-size="14" '
            f'fill="{_TARGET}">{escape(render("site.chart.target-label", lang))}</text>'
        )
    coordinates = " ".join(f"{x(day):.1f},{y(value):.1f}" for day, value in zip(days, values, strict=True))
    parts.append(f'<polyline points="{coordinates}" fill="none" stroke="{_LINE}" stroke-width="3"/>')
    for day, value in zip(days, values, strict=True):
        parts.append(f'<circle cx="{x(day):.1f}" cy="{y(value):.1f}" r="5" fill="{_LINE}"/>')
    parts.append(
        f'<line x1="{_LEFT}" x2="{_WIDTH - _RIGHT}" y1="{_HEIGHT - _BOTTOM}" y2="{_HEIGHT - _BOTTOM}" '
        f'stroke="{_INK}"/>'
    )
    parts.append("</svg>")
    return Markup("\n".join(parts))


def _value(value: float, unit: str | None, lang: Lang) -> str:
    return f"{shown(value, lang)} {unit}" if unit else shown(value, lang)


def _ticks(low: float, high: float) -> list[float]:
    """Round values for the value axis, about five, covering low…high (1, 2 or 5 times a power of ten apart)."""
    if high <= low:
        high = low + 1
    raw = (high - low) / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(power * m for m in (1, 2, 5, 10) if power * m >= raw)
    start = math.floor(low / step) * step
    ticks = []
    tick = start
    while tick < high + step / 2:
        ticks.append(round(tick, 10))
        tick += step
    if ticks[-1] < high:
        ticks.append(round(tick, 10))
    return [float(t) for t in ticks]


def _labelled(count: int) -> list[int]:
    """Which points get a label on the time axis: all of up to five, else the first, the last and three between."""
    if count <= 5:
        return list(range(count))
    return sorted({0, count - 1, *(round(i * (count - 1) / 4) for i in range(1, 4))})


def _short(day: dt.date, points: Sequence[tuple[dt.date, float, str, bool]], lang: Lang) -> str:
    """A point's label on the axis: its year when the years are all different, else its month and year."""
    years = [point[0].year for point in points]
    if len(set(years)) == len(years):
        return str(day.year)
    return render("site.chart.month", lang, {"month": day.month, "year": str(day.year)})
