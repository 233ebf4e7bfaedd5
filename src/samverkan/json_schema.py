"""The JSON Schemas of the data files, generated from the models, for editors and for check-jsonschema.

The data files start with `# yaml-language-server: $schema=../schemas/agreement.schema.json` (or
`../../schemas/…` one folder deeper), so an editor with the YAML language server shows each field's Swedish
description and checks values while a coordinator types. `samverkan schema` writes these files; a test fails
when the committed ones drift from the models.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def _files() -> dict[str, tuple[type[BaseModel], str]]:
    from samverkan.config import LintConfig
    from samverkan.models import Activity, Agreement, Council, FollowUp, Meeting

    return {
        "agreement.schema.json": (
            Agreement,
            "Dokumentet – samverkansöverenskommelse, medborgarlöfte, åtgärdsplan eller annat – med handlingsplan: "
            "data/agreement.yaml.",
        ),
        "activity.schema.json": (
            Activity,
            "En aktivitet i handlingsplanen: data/activities/<id>.yaml.",
        ),
        "followup.schema.json": (
            FollowUp,
            "En aktivitets uppföljning för en period: data/followups/<period>/<aktivitet>.yaml.",
        ),
        "meeting.schema.json": (
            Meeting,
            "Ett möte i BRÅ som följer upp en period, eller ett rådsmöte en viss dag: data/meetings/<period>.yaml.",
        ),
        "bra.schema.json": (
            Council,
            "Ett råd (BRÅ) som för protokoll, med eller utan överenskommelse i repot: data/bra.yaml.",
        ),
        "samverkan.schema.json": (
            LintConfig,
            "Inställningar för `samverkan lint`: data/samverkan.yaml.",
        ),
    }


#: The file names `samverkan schema` writes, in order.
SCHEMA_FILES: tuple[str, ...] = (
    "agreement.schema.json",
    "activity.schema.json",
    "followup.schema.json",
    "meeting.schema.json",
    "bra.schema.json",
    "samverkan.schema.json",
)


_BOUNDS = frozenset({"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"})


def _same_in_every_pydantic(node: Any) -> Any:
    """Older pydantic wraps a described reference as `allOf: [{$ref}]` and writes `le=100` as `100.0`.

    Both mean the same in draft 2020-12; we write the newer form so the committed files do not depend on which
    pydantic in the supported range generated them.
    """
    if isinstance(node, list):
        return [_same_in_every_pydantic(item) for item in node]
    if not isinstance(node, dict):
        return node
    tidied = {key: _same_in_every_pydantic(value) for key, value in node.items()}
    for bound in _BOUNDS.intersection(tidied):
        if isinstance(tidied[bound], float) and tidied[bound].is_integer():
            tidied[bound] = int(tidied[bound])
    wrapped = tidied.get("allOf")
    if isinstance(wrapped, list) and len(wrapped) == 1 and isinstance(wrapped[0], dict) and set(wrapped[0]) == {"$ref"}:
        del tidied["allOf"]
        tidied = {"$ref": wrapped[0]["$ref"], **tidied}
    return tidied


def render_schemas() -> dict[str, str]:
    """File name → the schema as text (stable: same models, same bytes)."""
    rendered: dict[str, str] = {}
    for name, (model, description) in _files().items():
        schema: dict[str, Any] = _same_in_every_pydantic(model.model_json_schema(mode="validation"))
        schema.pop("description", None)
        if name == "samverkan.schema.json":
            from samverkan.lint import ALIASES, RULES

            # An old code that was split is still accepted in the settings, so the editor must not flag it either.
            schema["properties"]["rules"]["propertyNames"] = {"enum": sorted({*RULES, *ALIASES})}
        ordered = {"$schema": DIALECT, "title": schema.pop("title"), "description": description, **schema}
        rendered[name] = json.dumps(ordered, ensure_ascii=False, indent=2) + "\n"
    assert tuple(rendered) == SCHEMA_FILES
    return rendered
