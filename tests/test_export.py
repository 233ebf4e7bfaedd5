"""`samverkan export`: the action plan, the follow-ups and the action list as .xlsx and .csv for Excel."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest

from _cycle import SHIPPED_DATA, activity, cli, followup, make_repository, refused_usage
from samverkan.diagnostics import display_path

pytestmark = pytest.mark.usefixtures("clean_env")

EXPORT = ("export", "--data", str(SHIPPED_DATA), "--as-of", "2020-07-01")


def test_the_workbook_has_a_sheet_per_table_and_a_row_per_item(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "uppfoljning.xlsx"
    code, out, err = cli(capsys, *EXPORT, "-o", str(target))
    assert (code, err) == (0, "")
    assert out == f"Skrev {display_path(target)}: 3 tabeller, 45 rader.\n"
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == ["aktiviteter", "uppfoljningar", "atgardslista"]
    activities, followups, points = (list(sheet.iter_rows(values_only=True)) for sheet in workbook.worksheets)
    assert len(activities) - 1 == len(list((SHIPPED_DATA / "activities").glob("*.yaml")))
    assert activities[0][:3] == ("Nr", "Id", "Aktivitet")
    # Every activity owes 2020Q1 and 2020Q2 (and 2020Q3 is not due yet on 1 July): missing ones are rows too.
    states = {(row[0], row[1]): row[5] for row in followups[1:]}
    assert states[("2020Q2", "fastighetsagarnatverk")] == "saknas"
    assert states[("2020Q1", "sig")] == "inlämnad"
    assert len(followups) - 1 == 30
    assert [row[0] for row in points[1:]] == [
        "kommunikationsplan-2020",
        "linkopingsmodellen-roll",
        "fastighetsagarnatverk-uppfoljning",
        "lokala-bra-hostplan",
        "sspf-rutin",
    ]
    sheet = workbook["atgardslista"]
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.bold
    assert isinstance(sheet["D2"].value, dt.datetime)  # a real date, not text
    assert sheet["D2"].value.date() == dt.date(2020, 4, 30)


def test_one_table_as_csv_for_a_swedish_excel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "atgarder.csv"
    assert cli(capsys, *EXPORT, "-o", str(target), "--table", "atgardslista")[0] == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark: Excel then reads å, ä and ö right
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Punktens id", "Vad", "Vem", "Senast"]
    assert rows[2][0] == "linkopingsmodellen-roll"
    assert rows[2][3] == "2020-05-31"
    assert rows[2][8] == "31"  # days late on 1 July 2020
    assert rows[2][-1] == "meetings/2020Q2.yaml"


def test_a_text_that_looks_like_a_formula_stays_text(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_repository(
        workdir,
        activities={"sig": activity("sig")},
        followups={("2020Q1", "sig"): followup("sig", "2020Q1", done="'=HYPERLINK(\"http://x\")'")},
    )
    assert cli(capsys, "export", "--as-of", "2020-04-15", "-o", "u.csv", "--table", "uppfoljningar")[0] == 0
    rows = list(csv.reader(io.StringIO((workdir / "u.csv").read_text("utf-8-sig")), delimiter=";"))
    assert rows[1][8] == "'=HYPERLINK(\"http://x\")"
    assert cli(capsys, "export", "--as-of", "2020-04-15", "-o", "u.xlsx")[0] == 0
    cell = openpyxl.load_workbook(workdir / "u.xlsx")["uppfoljningar"]["I2"]
    assert (cell.data_type, cell.value) == ("s", "'=HYPERLINK(\"http://x\")")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ((), "Ange filen att skriva med -o, t.ex. -o uppfoljning.xlsx."),
        (("-o", "u.txt"), "u.txt slutar inte på .xlsx eller .csv. Välj ett av de två."),
        (
            ("-o", "u.csv"),
            "En CSV-fil rymmer en tabell. Ange vilken med --table: aktiviteter, uppfoljningar eller atgardslista.",
        ),
        (("-o", "u.xlsx", "--table", "x"), "Okänd tabell för --table. Välj aktiviteter, uppfoljningar eller atgardslista."),
    ],
)
def test_usage_problems(
    extra: tuple[str, ...], message: str, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert refused_usage(capsys, workdir, *EXPORT, *extra) == f"samverkan: {message}\n"


def test_an_existing_file_is_kept_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "u.xlsx"
    target.write_bytes(b"kept")
    assert cli(capsys, *EXPORT, "-o", str(target))[0] == 2
    assert target.read_bytes() == b"kept"
    assert cli(capsys, *EXPORT, "-o", str(target), "--force")[0] == 0
    assert openpyxl.load_workbook(target).sheetnames[0] == "aktiviteter"
