"""Pydantic's validation errors turned into our findings: one stable code per kind, a place, no value echoed.

Pydantic reports a location as a tuple of keys and indexes; the loader recorded where each of those stands in
the file. An unknown key points at the key, a missing one at the mapping that lacks it, anything else at the
value. `input_value` is never read: it could be a personnummer typed into the wrong field.
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from samverkan.diagnostics import Diagnostic, Localized, Message, Severity
from samverkan.loader import Document, shown_key
from samverkan.models import PERIOD_PATTERN, SLUG_PATTERN

CLOCK_PATTERN = r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$"

MESSAGES: dict[str, Message] = {
    "schema-unknown-key": Message(
        "Okänd nyckel {key} i {where}.",
        "Unknown key {key} in {where}.",
        "Kontrollera stavningen.{suggestion_sv} Tillåtna nycklar här: {allowed}.",
        "Check the spelling.{suggestion_en} Keys allowed here: {allowed}.",
    ),
    "schema-missing-field": Message(
        "Fältet {field} saknas i {where}.",
        "The field {field} is missing in {where}.",
        "Lägg till raden `{name}: …` med ett värde. Beskrivningen av fältet visas i editorn via JSON-schemat.",
        "Add the line `{name}: …` with a value. The field's description shows in the editor through the JSON Schema.",
    ),
    "schema-invalid-choice": Message(
        "Fältet {field} har ett värde som inte är tillåtet.",
        "The field {field} has a value that is not allowed.",
        "Välj ett av: {allowed}.",
        "Choose one of: {allowed}.",
    ),
    "schema-invalid-id": Message(
        "Fältet {field} är inte ett giltigt id.",
        "The field {field} is not a valid id.",
        "Ett id skrivs med små bokstäver a–z, siffror och bindestreck, t.ex. `team-ungdom` (inte å, ä, ö).",
        "An id uses lowercase a–z, digits and hyphens, e.g. `team-ungdom` (no å, ä, ö).",
    ),
    "schema-invalid-period": Message(
        "Fältet {field} är inte en giltig period.",
        "The field {field} is not a valid period.",
        "Skriv perioden som `2021Q3` (kvartal), `2021T2` (tertial), `2021H1` (halvår), `2021M09` (månad) eller `2021`.",
        "Write the period as `2021Q3` (quarter), `2021T2` (tertial), `2021H1` (half-year), `2021M09` (month) or `2021`.",
    ),
    "schema-invalid-date": Message(
        "Fältet {field} är inte ett giltigt datum.",
        "The field {field} is not a valid date.",
        "Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2021-03-15, och kontrollera att dagen finns i kalendern.",
        "Write the date as YYYY-MM-DD, e.g. 2021-03-15, and check that the day exists in the calendar.",
    ),
    "schema-invalid-time": Message(
        "Fältet {field} är inte ett giltigt klockslag.",
        "The field {field} is not a valid time of day.",
        'Skriv klockslaget inom citattecken som "TT:MM", t.ex. "13:30".',
        'Write the time in quotes as "HH:MM", e.g. "13:30".',
    ),
    "schema-wrong-type": Message(
        "Fältet {field} ska vara {expected_sv}.",
        "The field {field} should be {expected_en}.",
        "{type_hint_sv}",
        "{type_hint_en}",
    ),
    "schema-out-of-range": Message(
        "Fältet {field} ligger utanför gränsen: {limit_sv}.",
        "The field {field} is out of range: {limit_en}.",
        "Ändra värdet så att det håller sig inom gränsen.",
        "Change the value so that it stays within the limit.",
    ),
    "schema-empty": Message(
        "Fältet {field} är tomt.",
        "The field {field} is empty.",
        "Skriv in en text, eller ta bort raden om fältet inte behövs.",
        "Write some text, or delete the line if the field is not needed.",
    ),
    "schema-inconsistent": Message(
        "{where_cap} är inte konsekvent: {problem_sv}.",
        "{where_cap} is inconsistent: {problem_en}.",
        "Rätta datumen eller fälten som nämns.",
        "Correct the dates or fields mentioned.",
    ),
    "schema-invalid": Message(
        "Fältet {field} har ett ogiltigt värde.",
        "The field {field} has an invalid value.",
        "Jämför med beskrivningen av fältet i JSON-schemat (`samverkan schema`).",
        "Compare with the field's description in the JSON Schema (`samverkan schema`).",
    ),
}

# What each of our custom checks means, in both languages (their Pydantic message is only a fallback).
_CUSTOM: dict[str, tuple[str, str]] = {
    "end_before_start": ("slutet ligger före början", "the end is before the start"),
    "open_ended": (
        "ange antingen ett slutdatum eller `until_further_notice: true`",
        "give either an end date or `until_further_notice: true`",
    ),
    "done_not_klar": ("`done_on` anges bara när `status` är `klar`", "`done_on` is given only when `status` is `klar`"),
}

#: The fields each custom check is about, in the order a finding prefers to point at them.
_CUSTOM_FIELDS: dict[str, tuple[str, ...]] = {
    "end_before_start": ("end", "end_time"),
    "open_ended": ("until_further_notice", "end"),
    "done_not_klar": ("done_on",),
}

_TYPES: dict[str, tuple[str, str, str, str]] = {
    # pydantic error type: (expected, sv), (expected, en), hint sv, hint en
    "string_type": (
        "text",
        "text",
        "Sätt texten inom citattecken om den ser ut som ett tal eller ja/nej.",
        "Put the text in quotes if it looks like a number or yes/no.",
    ),
    "int_type": (
        "ett heltal",
        "a whole number",
        "Skriv ett heltal med bara siffror, utan citattecken och utan decimaler.",
        "Write a whole number in digits only, without quotes or decimals.",
    ),
    "int_parsing": (
        "ett heltal",
        "a whole number",
        "Skriv ett heltal med bara siffror, utan citattecken och utan decimaler.",
        "Write a whole number in digits only, without quotes or decimals.",
    ),
    "int_from_float": (
        "ett heltal",
        "a whole number",
        "Skriv ett heltal utan decimaler.",
        "Write a whole number without decimals.",
    ),
    "float_type": (
        "ett tal",
        "a number",
        "Skriv talet med punkt som decimaltecken, t.ex. 12.5.",
        "Write the number with a decimal point, e.g. 12.5.",
    ),
    "float_parsing": (
        "ett tal",
        "a number",
        "Skriv talet med punkt som decimaltecken, t.ex. 12.5.",
        "Write the number with a decimal point, e.g. 12.5.",
    ),
    "bool_type": (
        "true eller false",
        "true or false",
        "Skriv true eller false (inte ja/nej, yes/no eller on/off).",
        "Write true or false (not yes/no or on/off).",
    ),
    "bool_parsing": (
        "true eller false",
        "true or false",
        "Skriv true eller false (inte ja/nej, yes/no eller on/off).",
        "Write true or false (not yes/no or on/off).",
    ),
    "list_type": (
        "en lista",
        "a list",
        "Skriv varje punkt på en egen rad som börjar med `- `.",
        "Write each item on its own line starting with `- `.",
    ),
    "dict_type": (
        "nycklar med värden",
        "keys with values",
        "Skriv `nyckel: värde` på egna, indragna rader.",
        "Write `key: value` on their own indented lines.",
    ),
    "model_type": (
        "nycklar med värden",
        "keys with values",
        "Skriv `nyckel: värde` på egna, indragna rader.",
        "Write `key: value` on their own indented lines.",
    ),
    "model_attributes_type": (
        "nycklar med värden",
        "keys with values",
        "Skriv `nyckel: värde` på egna, indragna rader.",
        "Write `key: value` on their own indented lines.",
    ),
}

_LIMITS: dict[str, tuple[str, str]] = {
    "string_too_short": ("minst {min_length} tecken", "at least {min_length} characters"),
    "string_too_long": ("högst {max_length} tecken", "at most {max_length} characters"),
    "too_short": ("minst {min_length} poster", "at least {min_length} items"),
    "too_long": ("högst {max_length} poster", "at most {max_length} items"),
    "greater_than_equal": ("minst {ge}", "at least {ge}"),
    "less_than_equal": ("högst {le}", "at most {le}"),
    "greater_than": ("större än {gt}", "greater than {gt}"),
    "less_than": ("mindre än {lt}", "less than {lt}"),
}


def diagnostics_from(
    error: ValidationError, model: type[BaseModel], document: Document, shown_as: str
) -> list[Diagnostic]:
    found: dict[tuple[object, ...], Diagnostic] = {}
    for detail in error.errors(include_url=False, include_input=False, include_context=True):
        kind = detail["type"]
        loc = tuple(detail["loc"])
        data_path = _data_path(loc, document)
        diagnostic = _one(kind, loc, data_path, detail.get("ctx") or {}, model, document, shown_as)
        # A union reports one error per branch; the user needs one finding per place and kind.
        found.setdefault((diagnostic.line, diagnostic.column, diagnostic.code), diagnostic)
    return sorted(found.values(), key=Diagnostic.sort_key)


def _data_path(loc: tuple[Any, ...], document: Document) -> tuple[str | int, ...]:
    """Drop the parts of Pydantic's location that are not in the document (union branch names and the like)."""
    path: list[str | int] = []
    node: Any = document.data
    for part in loc:
        if isinstance(node, dict) and isinstance(part, str) and part in node:
            node = node[part]
            path.append(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
            path.append(part)
        elif isinstance(node, dict) and isinstance(part, str) and part == loc[-1]:
            path.append(part)  # a missing or unknown key: the last part names it
            break
    return tuple(path)


def _one(
    kind: str,
    loc: tuple[Any, ...],
    path: tuple[str | int, ...],
    ctx: dict[str, Any],
    model: type[BaseModel],
    document: Document,
    shown_as: str,
) -> Diagnostic:
    field: str | Localized = _field_name(path)
    where = _where(path[:-1] if path else path)
    if kind not in {"extra_forbidden", "missing"}:
        field = _where(path, top=_field_name(path))  # `responsibilities[3].roles[2]`: the whole way, as pre-commit

    def make(code: str, position: tuple[int, int], **params: object) -> Diagnostic:
        params.setdefault("field", field)
        params.setdefault("where", where)
        return Diagnostic(shown_as, position[0], position[1], code, Severity.ERROR, MESSAGES[code], params)

    if kind == "extra_forbidden":
        key = path[-1] if path else ""
        allowed = sorted(_fields_at(model, loc[:-1]))
        close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
        return make(
            "schema-unknown-key",
            document.position(path, prefer_key=True),
            key=shown_key(str(key)),
            allowed=", ".join(allowed) or "(inga)",
            suggestion_sv=f" Menade du `{close[0]}`?" if close else "",
            suggestion_en=f" Did you mean `{close[0]}`?" if close else "",
        )
    if kind == "missing":
        name = str(path[-1]) if path else ""
        return make("schema-missing-field", document.position(path[:-1]), name=_safe_key(name))
    position = document.position(path)
    if kind == "enum":
        allowed = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        return make("schema-invalid-choice", position, allowed=", ".join(allowed))
    if kind == "string_pattern_mismatch":
        pattern = ctx.get("pattern")
        if pattern == SLUG_PATTERN:
            return make("schema-invalid-id", position)
        if pattern == PERIOD_PATTERN:
            return make("schema-invalid-period", position)
        if pattern == CLOCK_PATTERN:
            return make("schema-invalid-time", position)
        return make("schema-invalid", position)
    if kind in {"date_format", "date_impossible", "date_type", "date_parsing", "date_from_datetime_parsing"}:
        return make("schema-invalid-date", position)
    if kind == "time_format":
        return make("schema-invalid-time", position)
    if kind in _TYPES:
        expected_sv, expected_en, hint_sv, hint_en = _TYPES[kind]
        return make(
            "schema-wrong-type",
            position,
            expected_sv=expected_sv,
            expected_en=expected_en,
            type_hint_sv=hint_sv,
            type_hint_en=hint_en,
        )
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        return make("schema-empty", position)
    if kind in _LIMITS:
        limit_sv, limit_en = _LIMITS[kind]
        safe_ctx = {k: v for k, v in ctx.items() if isinstance(v, int | float)}
        return make(
            "schema-out-of-range", position, limit_sv=limit_sv.format(**safe_ctx), limit_en=limit_en.format(**safe_ctx)
        )
    if kind in _CUSTOM:
        problem_sv, problem_en = _CUSTOM[kind]
        whole = _where(path)
        sv, en = (whole.sv, whole.en) if isinstance(whole, Localized) else (whole, whole)
        # Point at the field the rule is about (`end`, `done_on` …) when it is there, else at the mapping.
        for name in _CUSTOM_FIELDS[kind]:
            if (*path, name) in document.value_positions:
                position = document.position((*path, name))
                break
        return make(
            "schema-inconsistent",
            position,
            where_cap=Localized(sv[:1].upper() + sv[1:], en[:1].upper() + en[1:]),
            problem_sv=problem_sv,
            problem_en=problem_en,
        )
    return make("schema-invalid", position)


def _field_name(path: tuple[str | int, ...]) -> str | Localized:
    for part in reversed(path):
        if isinstance(part, str):
            return shown_key(part)
    return Localized("(filen)", "(the file)")


def _where(path: tuple[str | int, ...], top: str | Localized | None = None) -> Localized | str:
    """A dotted location like pre-commit's `==> At Hook(id=…)`: `responsibilities[1].roles` (1-based, as people count).

    A key typed by the user (under a free mapping such as `rules:`) is shown only if it looks like one of ours.
    """
    if not path:
        return top if top is not None else Localized("filens översta nivå", "the file's top level")
    text = ""
    for part in path:
        text += f"[{part + 1}]" if isinstance(part, int) else (("." if text else "") + _safe_key(part))
    return f"`{text}`"


def _safe_key(key: str) -> str:
    shown = shown_key(key)
    return shown[1:-1] if isinstance(shown, str) and shown.startswith("`") else "…"


def _fields_at(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The keys a model allows at a location, found by walking its field annotations."""
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(part, int):
            continue  # list index: `_unwrap` already looked through list[X]
        if isinstance(current, type) and issubclass(current, BaseModel) and part in current.model_fields:
            current = current.model_fields[part].annotation
        else:
            return []
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _unwrap(annotation: Any) -> Any:
    """list[X], X | None and Annotated[X, …] all lead to X, the model whose keys apply."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated or origin is list:
            annotation = typing.get_args(annotation)[0]
        elif origin is typing.Union or origin is types.UnionType:
            options = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(options) != 1:
                return annotation
            annotation = options[0]
        else:
            return annotation
