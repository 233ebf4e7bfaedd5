"""`render agreement` drops nothing: every field with content in every example folder and in data/ is in the document.

The walk reads the YAML files themselves (not the models), so a field added to the data later is checked without
anyone remembering to add it here. A field that is deliberately not printed is listed in `NOT_RENDERED`, the one
place that says why. Every rendered document is also parsed as Markdown (tests/markdown_check.py).
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from _cycle import REPOSITORY, cli
from markdown_check import problems
from samverkan.catalog import long_date, number

pytestmark = pytest.mark.usefixtures("clean_env")

FOLDERS = sorted(p for p in (REPOSITORY / "examples").glob("*/data") if (p / "agreement.yaml").exists())
FOLDERS.append(REPOSITORY / "data")
NAMES = [folder.parent.name if folder.parent != REPOSITORY else "data" for folder in FOLDERS]

#: Folders whose files the agreement does not print: they are rendered by `report --quarter` (the minutes).
NOT_RENDERED_FOLDERS = {
    "followups": "a follow-up is reported in the minutes of its period, not in the agreement",
    "meetings": "a meeting is rendered as its own minutes by `report --quarter`",
}

#: Field name, or `parent.field` where the name alone would say too much → why the agreement does not print the value
#: as it stands in the file.
NOT_RENDERED: dict[str, str] = {
    # References: the document prints what they point at (a party's, a goal's, a source's name), not the id.
    "id": "an id ties the files together; the document prints the thing it names",
    "party": "a party id; the party's name is printed",
    "parties": "party ids; the parties' names are printed",
    "by": "party ids of a promise; the names are printed (“Lovas av”)",
    "involves": "party ids of a promise; the names are printed",
    "applies_to": "party ids; the names are printed",
    "serves": "party ids; the names are printed (“Verkar i”)",
    "source": "a source id; the source's name is printed with the indicator",
    "sources": "source ids of a situation report or a finding; the sources are listed with their names",
    "problems": "problem ids; the problems are printed in the situation report",
    "causes": "cause ids in an activity or a goal; the causes are printed in the situation report and the plan",
    "goals": "goal ids in an activity; the goals are printed in the action plan",
    "indicators": "indicator ids in an activity; the indicators are printed under their goal",
    "findings": "finding ids in a problem; the findings are printed in the crime mapping",
    "focus_areas": "focus-area ids; the focus areas are printed by name",
    "part": "a local part's id; the activity is listed under that part",
    # Closed vocabularies: the document prints them in words, or they steer how the document is laid out.
    "kind": "the kind of document, party, goal or activity decides the wording (“Medborgarlöftet gäller”)",
    "standing": "printed only when it is not the default (avtalspart), as the party's relation",
    "roles": "a role code, printed in words in the table (“ansvarig”, “deltar”)",
    "function": "a member's function code, printed in words",
    "direction": "a direction code, printed in words with the target",
    "timing": "a timing code, printed in words (“återkommande”, “en gång”)",
    "answer": "which follow-up answer a question asks for; the question's own text is printed",
    "columns": "the action plan's column codes; printed as the table's headers in words",
    "not_stated": "what the document leaves unsaid; nothing is printed for it, by design",
    "production_targets.per": "the period of a production target, the structured reading of its text, which is printed",
    "qualifier": "“minst”, “cirka”: the structured reading of the text, which is printed",
    "approximate": "the structured reading of the value's text, which is printed",
    "better": "the scale's direction; the scale is printed as stated",
    "cadence": "a cadence code, printed in words (“en gång per år”)",
    "status": "an activity's life-cycle state; it belongs in the follow-up, not the signed text",
    "uncertain": "printed as “(oklart)” after the cell",
    # Structured readings of text the document prints as it stands.
    "production_targets.count": "the number in a production target's text, which is printed",
    "production_targets.unit": "what a production target counts; its text is printed",
    "review_interval_months": "printed in words (“omprövas varje år”)",
    "principles": "the communication strategy's text is printed; the principles are its words listed",
    "order": "sorts the activities; the order is the rendering",
    "until_further_notice": "printed in words (“tills vidare”)",
    "illustrative": "printed as the banner “Illustrativt exempel”",
}


Leaf = tuple[str, str, Any, dict[str, Any]]


def leaves(node: Any, path: str, field: str, siblings: dict[str, Any]) -> Iterator[Leaf]:
    """(path, `parent.field`, value, the mapping that holds it) for every scalar with content."""
    if isinstance(node, dict):
        parent = field.rsplit(".", 1)[-1]
        for name, value in node.items():
            yield from leaves(value, f"{path}.{name}", f"{parent}.{name}", node)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from leaves(value, f"{path}[{index}]", field, siblings)
    elif node is not None and node != "" and not isinstance(node, bool):
        yield path, field, node, siblings


def spellings(value: Any) -> list[str]:
    """The ways the document may print a value: as written, as a Swedish number, as a Swedish date."""
    found = [" ".join(str(value).split())]
    if isinstance(value, int | float):
        found.append(number(value, "sv"))
    if isinstance(value, dt.date):
        found.append(long_date(value, "sv"))
    if isinstance(value, str) and len(value) == 7 and value[4] == "-" and value[:4].isdigit():
        months = long_date(dt.date(int(value[:4]), int(value[5:]), 1), "sv").split(" ", 1)[1]
        found.append(months)
    return found


def missing(data: Path, document: str) -> list[str]:
    flat = " ".join(document.split())
    absent = []
    for file in sorted(data.rglob("*.yaml")):
        relative = file.relative_to(data)
        if relative.parts[0] in NOT_RENDERED_FOLDERS:
            continue
        content = yaml.safe_load(file.read_text(encoding="utf-8"))
        for path, field, value, siblings in leaves(content, relative.as_posix(), "", {}):
            key = field.rsplit(".", 1)[-1]
            if key in NOT_RENDERED or field in NOT_RENDERED:
                continue
            # A value the document states in its own words (`as_stated`, `as_signed`, `due_as_stated`, a period's
            # `label`) is printed in those words; the structured reading beside it is for the tool, not the reader.
            if key not in ("as_stated", "as_signed") and (siblings.get("as_stated") or siblings.get("as_signed")):
                continue
            if siblings.get(f"{key}_as_stated") or (key in ("start", "end") and siblings.get("label")):
                continue
            if not any(spelling in flat for spelling in spellings(value)):
                absent.append(f"{path} = {str(value)[:60]!r}")
    return absent


@pytest.mark.parametrize("data", FOLDERS, ids=NAMES)
def test_every_field_with_content_is_in_the_rendered_agreement(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "render", "agreement", "--data", str(data))
    assert (code, err) == (0, "")
    assert missing(data, out) == []


@pytest.mark.parametrize("data", FOLDERS, ids=NAMES)
def test_every_rendered_agreement_is_valid_markdown(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = cli(capsys, "render", "agreement", "--data", str(data))[1]
    assert problems(out) == []


def test_a_dropped_field_is_noticed() -> None:
    data = REPOSITORY / "examples" / "gemensam-overenskommelse-tre-kommuner" / "data"
    assert "agreement.yaml.parties[0].unit = 'Lokalpolisområde Åsjön'" in missing(data, "")


def test_a_sub_goal_is_nested_under_its_goal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    shutil.copytree(REPOSITORY / "examples" / "atgardsplan-lag-2023-196" / "data", data)
    text = (data / "agreement.yaml").read_text(encoding="utf-8")
    content = yaml.safe_load(text)
    content["action_plan"]["goals"][0]["subgoals"] = [
        {"id": "m1a-farre-kvallsbrander", "name": "Färre bränder på kvällar"}
    ]
    (data / "agreement.yaml").write_text(yaml.safe_dump(content, allow_unicode=True, sort_keys=False), encoding="utf-8")
    code, out, err = cli(capsys, "render", "agreement", "--data", str(data))
    assert (code, err) == (0, "")
    assert (
        "- *Färre skadegörelsebrott och anlagda bränder vid skolor* (effektmål, till 2026)\n"
        "  - *Färre bränder på kvällar*\n"
    ) in out
    assert "\n#### Färre bränder på kvällar\n" in out
    assert out.index("### Färre skadegörelsebrott") < out.index("#### Färre bränder") < out.index("### Färre elever")
    assert problems(out) == []
