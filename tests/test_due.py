"""`overdue` and the draft agenda of `report` ask the schedule the same question (`schedule.days_late`), so the same
missing follow-up is never "expected by" in one and late in the other."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from _cycle import cli, make_repository
from samverkan.catalog import Lang
from samverkan.periods import Cadence, Period


@pytest.mark.parametrize(
    ("as_of", "late", "draft_says"),
    [
        ("2020-03-31", None, "Uppföljning väntas senast 31 mars 2020."),
        ("2020-04-01", 1, "**Uppföljningen är 1 dag sen**: den skulle ha kommit in senast 31 mars 2020."),
        ("2020-05-02", 32, "**Uppföljningen är 32 dagar sen**: den skulle ha kommit in senast 31 mars 2020."),
    ],
)
def test_report_and_overdue_agree_whether_a_missing_followup_is_late(
    as_of: str, late: int | None, draft_says: str, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_repository(workdir, start="2020-01-01")
    code, out, _ = cli(capsys, "overdue", "--as-of", as_of, "--format", "json")
    assert code == 0
    assert [item["days_late"] for item in json.loads(out)] == ([] if late is None else [late])
    code, draft, _ = cli(capsys, "report", "--quarter", "2020Q1", "--as-of", as_of)
    assert code == 0
    assert draft_says in draft.splitlines()


def test_a_blank_scaffold_is_as_missing_as_no_file_in_overdue_and_report(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = make_repository(workdir, start="2020-01-01")
    assert cli(capsys, "new", "followup", "--quarter", "2020Q1", "--as-of", "2020-01-02")[0] == 0
    scaffold = data / "followups" / "2020Q1" / "sig.yaml"
    assert scaffold.is_file()

    code, out, _ = cli(capsys, "overdue", "--as-of", "2020-05-02")
    assert code == 0
    assert "Uppföljningen av aktiviteten sig för kvartal 1 2020 (2020Q1) är inte ifylld (filen finns men svarar inte" in out
    draft = cli(capsys, "report", "--quarter", "2020Q1", "--as-of", "2020-03-01")[1]
    assert "Uppföljning väntas senast" in draft and "**Bedömning:**" not in draft

    scaffold.write_text(scaffold.read_text("utf-8").replace("\ndone:\n", "\ndone: Tre möten.\n"), "utf-8")
    assert cli(capsys, "overdue", "--as-of", "2020-05-02")[1].startswith("Inget är försenat")
    assert "Tre möten." in cli(capsys, "report", "--quarter", "2020Q1", "--as-of", "2020-03-01")[1]


@pytest.mark.parametrize("cadence", list(Cadence))
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_cadence_has_its_period_in_words(cadence: Cadence, lang: Lang) -> None:
    """A period of any cadence is named in words, never by its catalog key."""
    label = Period.containing(dt.date(2024, 2, 13), cadence).label(lang)
    assert "period." not in label
    assert "2024" in label
