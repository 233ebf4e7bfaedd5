"""The minutes' own references: a decision placed under an item, or citing an item of this or another meeting."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.catalog import Msg
from samverkan.diagnostics import Severity
from samverkan.loader import Path_
from samverkan.models import Meeting
from samverkan.repository import Loaded
from samverkan.schedule import item_places

from .context import Context
from .registry import Hit, hit, rule


@rule(code="decision-item-unknown", severity=Severity.ERROR, theme="references")
def decision_item_unknown(context: Context) -> Iterator[Hit]:
    """A decision that names an item (§) the meeting does not have, or cites a meeting or an item that is not there.

    The minutes put a decision under the item it names; one that names no existing item ends up among the
    loose decisions, and a citation of a § that is not in that meeting's file points the reader nowhere."""
    meetings = {loaded.path.stem: loaded.model for loaded in context.repository.meetings}
    for loaded in context.repository.meetings:
        places = item_places(loaded.model)
        for index, decision in enumerate(loaded.model.decisions):
            if decision.item is not None and decision.item not in places:
                yield _unknown(loaded, ("decisions", index, "item"), decision.item, loaded.model)
            for j, cited in enumerate(decision.cites):
                path: Path_ = ("decisions", index, "cites", j)
                target = loaded.model if cited.meeting is None else meetings.get(cited.meeting)
                if target is None:
                    known = Msg(
                        "decision-item-unknown.meetings", {"meetings": [f"`{stem}`" for stem in sorted(meetings)]}
                    )
                    yield hit(loaded, (*path, "meeting"), problem=Msg("decision-item-unknown.meeting"), known=known)
                elif cited.item not in item_places(target):
                    yield _unknown(loaded, (*path, "item"), cited.item, target)


def _unknown(loaded: Loaded[Meeting], path: Path_, number: int, meeting: Meeting) -> Hit:
    places = [f"§ {place}" for place in sorted(item_places(meeting))]
    known = Msg("decision-item-unknown.items", {"items": places}) if places else Msg("decision-item-unknown.no-items")
    return hit(loaded, path, problem=Msg("decision-item-unknown.item", {"item": number}), known=known)

