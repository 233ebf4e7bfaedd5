"""A new quarter on the shipped data, as a coordinator runs it: scaffold, fill in, lint, minutes in Word, export."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import openpyxl
import pytest

from _cycle import cli, copy_shipped

pytestmark = pytest.mark.usefixtures("clean_env")

AS_OF = "2020-10-01"  # after the 2020Q3 meeting planned for 23 September 2020


def fill_in(path: Path) -> None:
    """What an owner writes into a scaffolded follow-up."""
    text = path.read_text(encoding="utf-8")
    for field, answer in {
        "done": "Två möten hölls.",
        "cooperated": "Socialtjänsten och polisen.",
        "effects": "Inga kända effekter ännu.",
        "rating": "grön",
        "reported_by": "Trygghetssamordnare, Strängnäs kommun",
    }.items():
        text = text.replace(f"\n{field}:\n", f"\n{field}: {answer}\n", 1)
    path.write_text(text, encoding="utf-8")


def test_a_quarter_from_scaffold_to_word_and_excel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy_shipped(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert cli(capsys, "new", "followup", "--quarter", "2020Q3", "--as-of", "2020-07-01")[0] == 0
    scaffolds = sorted((data / "followups" / "2020Q3").glob("*.yaml"))
    assert len(scaffolds) == 10
    # One owner has not written anything yet: after the meeting that blank file is an error, and it is missing.
    for path in scaffolds[1:]:
        fill_in(path)
    code, out, _ = cli(capsys, "lint", "--as-of", AS_OF, "--format", "json")
    blank = [f for f in json.loads(out) if f["code"] == "followup-empty"]
    assert [(Path(f["file"]).name, f["severity"]) for f in blank] == [(scaffolds[0].name, "error")]
    assert code == 1
    code, out, _ = cli(capsys, "overdue", "--as-of", AS_OF, "--format", "json")
    late = [item["activity"] for item in json.loads(out) if item["kind"] == "followup" and item["quarter"] == "2020Q3"]
    assert late == [scaffolds[0].stem]

    fill_in(scaffolds[0])
    assert cli(capsys, "lint", "--as-of", AS_OF)[0] == 0
    assert cli(capsys, "report", "--quarter", "2020Q3", "--as-of", AS_OF, "-o", "protokoll.docx")[:2] == (0, "")
    document = docx.Document(str(tmp_path / "protokoll.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Översikt" in headings
    assert any(h.endswith("Mötets avslutande") for h in headings)
    assert document.tables[0].rows[0].cells[0].text == "Aktivitet"
    assert cli(capsys, "export", "--as-of", AS_OF, "-o", "uppfoljning.xlsx")[0] == 0
    sheet = openpyxl.load_workbook(tmp_path / "uppfoljning.xlsx")["uppfoljningar"]
    q3 = [row for row in sheet.iter_rows(min_row=2, values_only=True) if row[0] == "2020Q3"]
    assert len(q3) == 10
    assert {row[5] for row in q3} == {"inlämnad"}
