"""The README's examples are what newcomers copy: each must be a valid file of its kind."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from _cycle import cli, copy_shipped
from samverkan.loader import parse_bytes
from samverkan.models import Activity, Agreement, FollowUp, Meeting
from samverkan.schema_errors import diagnostics_from

README = Path(__file__).resolve().parents[1] / "README.md"
_EXAMPLE = re.compile(r"^### .*?\(`data/([a-z]+)[^`]*`(, förkortad)?\)\n+```yaml\n(.*?)```", re.MULTILINE | re.DOTALL)
KINDS = {"agreement": Agreement, "activities": Activity, "followups": FollowUp, "meetings": Meeting}


def examples() -> list[tuple[str, bool, str]]:
    found = [(kind, bool(shortened), body) for kind, shortened, body in _EXAMPLE.findall(README.read_text("utf-8"))]
    assert {kind for kind, _, _ in found} == set(KINDS)
    return found


@pytest.mark.parametrize(("kind", "shortened", "body"), examples(), ids=[kind for kind, _, _ in examples()])
def test_readme_example_is_valid(kind: str, shortened: bool, body: str) -> None:
    document, problems = parse_bytes(body.encode(), f"README:{kind}")
    assert problems == []
    assert document is not None
    model = KINDS[kind]
    try:
        model.model_validate(document.data)
    except ValidationError as error:
        codes = {d.code for d in diagnostics_from(error, model, document, "README")}
        # An example marked "förkortad" leaves sections out on purpose: only missing ones, never a wrong key or value.
        assert shortened
        assert codes == {"schema-missing-field"}


_QUICK_START = re.compile(r"^## Snabbstart\n(.*?)^## ", re.MULTILINE | re.DOTALL)


def quick_start_commands() -> list[list[str]]:
    section = _QUICK_START.search(README.read_text("utf-8"))
    assert section is not None
    return [
        line.split("#", 1)[0].split()[1:]
        for line in section.group(1).splitlines()
        if line.startswith("samverkan ")
    ]


def test_the_quick_start_commands_run_on_the_shipped_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """What the Snabbstart tells a newcomer to try works on the shipped data (a copy: one of them writes files)."""
    commands = quick_start_commands()
    assert len(commands) >= 3
    copy_shipped(tmp_path)
    monkeypatch.chdir(tmp_path)
    for args in commands:
        code, _, err = cli(capsys, *args)
        assert (args, code, err) == (args, 0, "")
