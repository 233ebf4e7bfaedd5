"""`new followup` starts the next meeting from the last one: the same people, open points carried over, and a date
inside the period that is not already past."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from _cycle import cli, copy_shipped


def new_meeting(tmp_path: Path, capsys: pytest.CaptureFixture[str], quarter: str, as_of: str) -> dict[str, Any]:
    data = tmp_path / "data" if (tmp_path / "data").is_dir() else copy_shipped(tmp_path)
    code, _out, err = cli(capsys, "new", "followup", "--quarter", quarter, "--as-of", as_of)
    assert (code, err) == (0, "")
    assert cli(capsys, "validate")[0] == 0
    meeting = yaml.safe_load((data / "meetings" / f"{quarter}.yaml").read_text("utf-8"))
    assert isinstance(meeting, dict)
    return meeting


def test_chair_secretary_adjuster_and_attendance_come_from_the_last_meeting(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = new_meeting(workdir, capsys, "2020Q3", "2020-07-01")
    last = yaml.safe_load((workdir / "data" / "meetings" / "2020Q2.yaml").read_text("utf-8"))
    for key in ("chair", "secretary", "adjuster", "present"):
        assert meeting[key] == last[key]
    assert (meeting["items"], meeting["decisions"], meeting["status"]) == ([], [], "planerat")
    assert "next_meeting" not in meeting
    assert meeting["date"].isoformat() == "2020-09-23"  # the date the last meeting set for this one


@pytest.mark.parametrize(
    ("quarter", "as_of", "date"),
    [
        # the last meeting's "next meeting" and its date moved a quarter on both lie before today: the period's end
        ("2020Q3", "2020-09-24", "2020-09-30"),
        # 2020Q3 was skipped: the date set for it is not carried into 2020Q4
        ("2020Q4", "2020-10-05", "2020-12-31"),
    ],
)
def test_a_proposed_date_is_inside_the_period_and_never_already_past(
    quarter: str, as_of: str, date: str, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert new_meeting(workdir, capsys, quarter, as_of)["date"].isoformat() == date


def test_a_moved_point_carries_every_deadline_it_was_moved_from(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy_shipped(workdir)
    q2 = data / "meetings" / "2020Q2.yaml"
    text = q2.read_text("utf-8")
    moved = "  - id: linkopingsmodellen-roll\n"
    head, _, tail = text.partition(moved)
    q2.write_text(head + moved + tail.replace("deadline: 2020-05-31", "deadline: 2020-10-31", 1), "utf-8")

    meeting = new_meeting(workdir, capsys, "2020Q3", "2020-07-01")
    points = {point["id"]: point for point in meeting["action_points"]}
    assert points["linkopingsmodellen-roll"]["deadline"].isoformat() == "2020-10-31"
    assert [day.isoformat() for day in points["linkopingsmodellen-roll"]["moved_from"]] == ["2020-05-31"]
    assert "moved_from" not in points["sspf-rutin"]  # never moved


def test_the_minutes_say_where_a_point_was_moved_from_and_why_it_was_struck(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy_shipped(workdir)
    q2 = data / "meetings" / "2020Q2.yaml"
    head, moved, tail = q2.read_text("utf-8").partition("  - id: linkopingsmodellen-roll\n")
    tail = tail.replace("deadline: 2020-05-31", "deadline: 2020-10-31\n    moved_from: [2020-05-31]", 1)
    head2, struck, tail2 = (head + moved + tail).partition("  - id: sspf-rutin\n")
    tail2 = tail2.replace("status: pågår", "status: struken\n    reason: Ersätts av kommunens nya rutin.", 1)
    q2.write_text(head2 + struck + tail2, "utf-8")
    code, out, err = cli(capsys, "report", "--quarter", "2020Q2", "--as-of", "2020-07-01")
    assert (code, err) == (0, "")
    rows = [line for line in out.splitlines() if line.startswith("| ")]
    assert any("31 oktober 2020 (flyttad från 31 maj 2020)" in row for row in rows)
    assert any("struken: Ersätts av kommunens nya rutin." in row for row in rows)
