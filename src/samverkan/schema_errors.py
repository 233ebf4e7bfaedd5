"""Pydantic's validation errors turned into our findings: one stable code per kind, a place, no value echoed.

Pydantic reports a location as a tuple of keys and indexes; the loader recorded where each of those stands in
the file. An unknown key points at the key, a missing one at the mapping that lacks it, anything else at the
value, and the message names the place in words (`samverkan.fieldpath`). A value is never shown: it could be a
personnummer typed into the wrong field. Only a misspelt choice is read, to compare it with the allowed values
and name the closest of those ("Menade du `klar`?").
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from samverkan.catalog import Msg
from samverkan.diagnostics import Diagnostic, Severity
from samverkan.fieldpath import FieldPath
from samverkan.loader import Document, shown_key
from samverkan.models import PERIOD_PATTERN, SLUG_PATTERN

CLOCK_PATTERN = r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$"

#: Our custom checks (their Pydantic message is only a fallback): each is `inconsistent.<kind>` in the catalog.
#: The fields each is about, in the order a finding prefers to point at them.
_CUSTOM_FIELDS: dict[str, tuple[str, ...]] = {
    "end_before_start": ("end", "end_time"),
    "open_ended": ("until_further_notice", "end"),
    "done_not_klar": ("done_on",),
    "validity_empty": (),
    "signing_empty": (),
    "adoption_empty": (),
    "signatory_empty": (),
    "party_or_organisation": (),
    "owner_missing": (),
    "name_or_text": (),
    "due_needs_once": ("due",),
    "period_and_when": ("when",),
    "question_needs_answer": ("questions",),
    "duplicate_answer": ("questions",),
    "windows_overlap": ("windows",),
    "not_stated_conflict": ("not_stated",),
    "adoptions_twice": ("adoptions",),
    "reserved_id": (),
    "internal_field_unknown": ("internal_fields",),
}

#: Pydantic's error type → what the field should be (`type.<name>`) and how to write it (`type-hint.<name>`).
_TYPES: dict[str, tuple[str, str]] = {
    "string_type": ("text", "text"),
    "int_type": ("int", "int"),
    "int_parsing": ("int", "int"),
    "int_from_float": ("int", "int-from-float"),
    "float_type": ("float", "float"),
    "float_parsing": ("float", "float"),
    "bool_type": ("bool", "bool"),
    "bool_parsing": ("bool", "bool"),
    "list_type": ("list", "list"),
    "dict_type": ("mapping", "mapping"),
    "model_type": ("mapping", "mapping"),
    "model_attributes_type": ("mapping", "mapping"),
}

#: Pydantic's limits, each `limit.<type>` in the catalog, filled with the numbers from the error's context.
_LIMITS = frozenset(
    {
        "string_too_short",
        "string_too_long",
        "too_short",
        "too_long",
        "greater_than_equal",
        "less_than_equal",
        "greater_than",
        "less_than",
    }
)

#: Up to this many allowed values are listed in the hint; a longer list is left to the JSON Schema.
MAX_LISTED_CHOICES = 8


def diagnostics_from(
    error: ValidationError, model: type[BaseModel], document: Document, shown_as: str
) -> list[Diagnostic]:
    found: dict[tuple[object, ...], Diagnostic] = {}
    for detail in error.errors(include_url=False, include_input=False, include_context=True):
        kind = detail["type"]
        loc = tuple(detail["loc"])
        data_path = _data_path(loc, document)
        diagnostic = _one(kind, loc, data_path, detail.get("ctx") or {}, model, document, shown_as)
        # A union reports one error per branch; the user needs one finding per place, kind and field. Three
        # fields missing from one mapping are reported at the same place, so the field is part of the key: each
        # gets its own finding in the same run.
        found.setdefault((diagnostic.line, diagnostic.column, diagnostic.code, data_path), diagnostic)
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
    def make(code: str, position: tuple[int, int], **params: object) -> Diagnostic:
        if "field" not in params:
            params["field"] = FieldPath.of(path, document.data)
        return Diagnostic(shown_as, position[0], position[1], code, Severity.ERROR, params)

    if kind == "extra_forbidden":
        key = path[-1] if path else ""
        allowed = sorted(_fields_at(model, loc[:-1]))
        return make(
            "schema-unknown-key",
            document.position(path, prefer_key=True),
            key=shown_key(str(key)),
            where=FieldPath.of(path[:-1], document.data),
            allowed=allowed or Msg("word.none"),
            suggestion=_suggestion(str(key), allowed),
        )
    if kind == "missing":
        name = str(path[-1]) if path else ""
        return make(
            "schema-missing-field",
            document.position(path[:-1]),
            field=shown_key(name),
            where=FieldPath.of(path[:-1], document.data),
            name=_safe_key(name),
        )
    position = document.position(path)
    if kind == "enum":
        allowed = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        typed = _value_at(document.data, path)
        choices = (
            Msg("schema.choose-one-of", {"allowed": allowed})
            if 0 < len(allowed) <= MAX_LISTED_CHOICES
            else Msg("schema.choices-in-schema")
        )
        suggestion = _suggestion(typed, allowed) if isinstance(typed, str) else ""
        return make("schema-invalid-choice", position, suggestion=suggestion, choices=choices)
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
    if kind == "partial_date_format":
        return make("schema-invalid-partial-date", position)
    if kind == "time_format":
        return make("schema-invalid-time", position)
    if kind in _TYPES:
        expected, hint = _TYPES[kind]
        return make("schema-wrong-type", position, expected=Msg(f"type.{expected}"), type_hint=Msg(f"type-hint.{hint}"))
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        return make("schema-empty", position)
    if kind in _LIMITS:
        numbers = {k: v for k, v in ctx.items() if isinstance(v, int | float) and not isinstance(v, bool)}
        return make("schema-out-of-range", position, limit=Msg(f"limit.{kind}", numbers))
    if kind in _CUSTOM_FIELDS:
        # Point at the field the rule is about (`end`, `done_on` …) when it is there, else at the mapping.
        for name in _CUSTOM_FIELDS[kind]:
            if (*path, name) in document.value_positions:
                position = document.position((*path, name))
                break
        return make(
            "schema-inconsistent",
            position,
            where=FieldPath.of(path, document.data),
            problem=Msg(f"inconsistent.{kind}"),
        )
    return make("schema-invalid", position)


def _suggestion(typed: str, allowed: list[str]) -> Msg | str:
    """`Menade du `klar`?` when one of OUR allowed values is close to what was typed; never what was typed."""
    by_folded = {value.casefold(): value for value in allowed}
    close = difflib.get_close_matches(typed.casefold(), list(by_folded), n=1, cutoff=0.6)
    return Msg("schema.suggestion", {"value": f"`{by_folded[close[0]]}`"}) if close else ""


def _value_at(data: Any, path: tuple[str | int, ...]) -> Any:
    """The value the user typed at `path`: compared with the allowed ones, never shown."""
    node = data
    for part in path:
        if isinstance(part, int) and isinstance(node, list) and 0 <= part < len(node):
            node = node[part]
        elif isinstance(part, str) and isinstance(node, dict) and part in node:
            node = node[part]
        else:
            return None
    return node


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
