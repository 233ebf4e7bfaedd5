"""Where a value stands in a data file, in the words a coordinator uses instead of `action_points[1].status`.

A finding names its place as "åtgärdspunkt 2 (uppfoljning-polis), fältet `status`" ("action point 2
(uppfoljning-polis), field `status`"): each list item by a word for what the list holds (`list.<key>` in the
catalog), counted from 1 as people count, with the item's `id` beside it when it has one; then the field, in
backticks, the way the file spells it. A mapping on the way to a list (`action_plan:` above `goals:`) is left out:
the list's word and the line number already say where. The line and column of the finding point at the exact spot.

A `FieldPath` is a parameter of a finding: language-free, rendered by the catalog through `catalog_text`. It holds
only what may be shown: keys that look like ours (`shown_key`), ids that are slugs without a run of six digits
(a slug can still be a personnummer without its dash), and indexes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from samverkan.catalog import Lang, Msg, has, render
from samverkan.diagnostics import UNSHOWN_KEY
from samverkan.loader import shown_key
from samverkan.models import SLUG_PATTERN

_SLUG = re.compile(SLUG_PATTERN)
_ID_NUMBER = re.compile(r"[0-9]{6}")
_MAX_ID = 80  # as models.Slug

#: The spec that capitalises the first letter ("Åtgärdspunkt 2 …" at the start of a sentence), and the one that
#: names the file's top level rather than "the file" (where a key is missing or unknown).
CAP, PLACE = "cap", "place"


@dataclass(frozen=True, slots=True)
class FieldPath:
    """Keys (None for one that may not be shown) and 0-based list indexes, with each list item's id, if any."""

    parts: tuple[str | int | None, ...] = ()
    labels: tuple[str | None, ...] = ()  # one per part: the id of the list item at that index, else None

    @classmethod
    def of(cls, path: Sequence[str | int], data: Any) -> FieldPath:
        """The place of `path` in `data` (the parsed document), with the ids of the list items on the way."""
        parts: list[str | int | None] = []
        labels: list[str | None] = []
        node: Any = data
        for part in path:
            if isinstance(part, int):
                node = node[part] if isinstance(node, list) and 0 <= part < len(node) else None
                parts.append(part)
                labels.append(_label(node))
            else:
                node = node.get(part) if isinstance(node, dict) else None
                parts.append(part if isinstance(shown_key(part), str) else None)
                labels.append(None)
        return cls(tuple(parts), tuple(labels))

    def catalog_text(self, lang: Lang, spec: str) -> str:
        text = self._text(lang, spec)
        return text[:1].upper() + text[1:] if spec == CAP else text

    def _text(self, lang: Lang, spec: str) -> str:
        items: list[str] = []
        keys: list[str | None] = []  # the mapping keys since the last list item
        for part, label in zip(self.parts, self.labels, strict=True):
            if isinstance(part, int):
                list_key = keys[-1] if keys else None
                items.append(_item(list_key, bool(keys), part, label, lang))
                keys = []
            else:
                keys.append(part)
        field = "`" + ".".join(key if key is not None else "…" for key in keys) + "`" if keys else None
        if not items:
            if field is None:
                return render("fieldpath.top" if spec == PLACE else "fieldpath.file", lang)
            # "saknas i `next_meeting`" rather than "saknas i fältet `next_meeting`"
            return field if spec == PLACE else render("fieldpath.field", lang, {"name": field})
        where = items[0]
        for inner in items[1:]:
            where = render("fieldpath.nested", lang, {"outer": where, "inner": inner})
        if field is None:
            return where
        return render("fieldpath.item-field", lang, {"item": where, "name": field})


def _item(list_key: str | None, after_key: bool, index: int, label: str | None, lang: Lang) -> str:
    """One list item: "åtgärdspunkt 2 (ring-skolan)"; "post 2 i `extra`" for a list we have no word for."""
    known = list_key is not None and has(f"list.{list_key}", lang)
    if known:
        text = render("fieldpath.item", lang, {"list": Msg(f"list.{list_key}"), "number": index + 1})
    else:
        text = render("fieldpath.item-bare", lang, {"number": index + 1})
    if label:
        text = render("fieldpath.with-id", lang, {"item": text, "id": label})
    if after_key and not known:
        key = f"`{list_key}`" if list_key is not None else UNSHOWN_KEY
        text = render("fieldpath.item-of", lang, {"item": text, "key": key})
    return text


def _label(item: Any) -> str | None:
    """The item's `id` when it is safe to show: a slug of ours, with no run of digits that could be an identity."""
    if not isinstance(item, dict):
        return None
    found = item.get("id")
    if isinstance(found, str) and len(found) <= _MAX_ID and _SLUG.fullmatch(found) and not _ID_NUMBER.search(found):
        return found
    return None
