"""The minutes of every meeting in every example folder render, and each is valid Markdown a reader can trust."""

from __future__ import annotations

from pathlib import Path

import pytest

from _cycle import REPOSITORY, cli
from markdown_check import problems

pytestmark = pytest.mark.usefixtures("clean_env")

MEETINGS = sorted((REPOSITORY / "examples").glob("*/data/meetings/*.yaml"))


def test_every_example_has_meetings() -> None:
    assert {path.parents[2].name for path in MEETINGS} == {
        path.parent.name for path in (REPOSITORY / "examples").glob("*/data")
    }


@pytest.mark.parametrize("meeting", MEETINGS, ids=[f"{p.parents[2].name}/{p.stem}" for p in MEETINGS])
def test_the_minutes_render_as_valid_markdown(meeting: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = meeting.parents[1]
    code, out, err = cli(capsys, "report", "--data", str(data), "--quarter", meeting.stem, "--as-of", "2026-12-01")
    assert (code, err) == (0, "")
    assert out.startswith("# ")
    assert problems(out) == []
