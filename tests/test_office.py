"""Word out: `report` and `render agreement` write a real .docx when `-o` names one (or `--format docx`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest

from _cycle import SHIPPED_DATA, cli, refused_usage
from samverkan.office import markdown_to_docx

pytestmark = pytest.mark.usefixtures("clean_env")

REPORT = ("report", "--data", str(SHIPPED_DATA), "--quarter", "2020Q2", "--as-of", "2020-07-01")


def markdown_tables(text: str) -> list[list[list[str]]]:
    """Each pipe table of a Markdown text as rows of cell texts (the separator row left out)."""
    tables: list[list[list[str]]] = []
    previous_was_table = False
    for line in text.splitlines():
        is_table = line.startswith("| ")
        if is_table and not previous_was_table:
            tables.append([])
        if is_table and not set(line) <= set("|- "):
            tables[-1].append([cell.strip() for cell in line.strip("|").split(" | ")])
        previous_was_table = is_table
    return tables


def test_the_minutes_as_word_have_the_headings_and_real_tables_of_the_markdown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = cli(capsys, *REPORT, "-o", str(tmp_path / "protokoll.docx"))
    assert (code, out, err) == (0, "", "")
    markdown = cli(capsys, *REPORT)[1]
    document = docx.Document(str(tmp_path / "protokoll.docx"))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    expected = [
        (f"Heading {len(line) - len(line.lstrip('#'))}", line.lstrip("#").strip())
        for line in markdown.splitlines()
        if line.startswith("#")
    ]
    assert headings == expected
    word_tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]
    expected_tables = markdown_tables(markdown)
    assert len(word_tables) == len(expected_tables) >= 3
    assert [len(table) for table in word_tables] == [len(table) for table in expected_tables]
    assert word_tables[0][0] == expected_tables[0][0] == ["Aktivitet", "Uppföljning", "Bedömning"]
    assert word_tables == expected_tables
    assert all(table.style.name == "Table Grid" for table in document.tables)  # visible grid lines
    assert "17 juni 2020" in "\n".join(p.text for p in document.paragraphs)  # Swedish dates, as in the Markdown
    assert document.core_properties.language == "sv-SE"


def test_the_agreement_as_word(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "overenskommelse.docx"
    code, _, err = cli(capsys, "render", "agreement", "--data", str(SHIPPED_DATA), "--format", "docx", "-o", str(target))
    assert (code, err) == (0, "")
    document = docx.Document(str(target))
    assert document.paragraphs[0].style.name == "Heading 1"
    assert document.tables  # the action plan


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            ("--format", "docx"),
            "samverkan: Ett Word-dokument kan inte skrivas till skärmen. Ange en fil med -o, t.ex. -o protokoll.docx.\n",
        ),
        (
            ("--format", "md", "-o", "p.docx"),
            "samverkan: Filen p.docx heter .docx men formatet är Markdown, och Word kan inte öppna den. Ta bort "
            "--format md eller ge filen ett namn som slutar på .md.\n",
        ),
        (
            ("--format", "docx", "-o", "p.md"),
            "samverkan: Ett Word-dokument skrivs till en fil vars namn slutar på .docx; p.md gör inte det. Byt namn "
            "på filen eller ta bort --format docx.\n",
        ),
        (("--format", "pdf", "-o", "p.pdf"), "samverkan: Okänt format för --format. Välj md eller docx.\n"),
    ],
)
def test_a_format_the_file_name_contradicts_is_refused(
    extra: tuple[str, ...], message: str, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert refused_usage(capsys, workdir, *REPORT, *extra) == message


def test_word_is_never_written_over_a_file_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "protokoll.docx"
    target.write_bytes(b"kept")
    code, _, err = cli(capsys, *REPORT, "-o", str(target))
    assert code == 2
    assert "finns redan" in err
    assert target.read_bytes() == b"kept"
    assert cli(capsys, *REPORT, "-o", str(target), "--force")[0] == 0
    assert target.read_bytes().startswith(b"PK")  # a .docx is a zip


def test_characters_word_cannot_hold_do_not_break_the_file(tmp_path: Path) -> None:
    data = markdown_to_docx("# Rubrik\x01\n\n| a | b |\n| --- | --- |\n| x\x0b | *y* |\n", dt.date(2021, 3, 15))
    (tmp_path / "x.docx").write_bytes(data)
    document = docx.Document(str(tmp_path / "x.docx"))
    assert document.paragraphs[0].text == "Rubrik\ufffd"
    assert [cell.text for cell in document.tables[0].rows[1].cells] == ["x\ufffd", "y"]
    assert document.core_properties.created.date() == dt.date(2021, 3, 15)


def test_lists_emphasis_and_column_widths_survive_the_conversion(tmp_path: Path) -> None:
    long_text = "en lång beskrivning " * 30
    markdown = (
        "Text med **fet** och *kursiv* stil.\n\n- ett\n  - inne\n- två\n\n1. första\n2. andra\n\n"
        f"| Nr | Beskrivning |\n| --- | --- |\n| 1 | {long_text} |\n"
    )
    (tmp_path / "x.docx").write_bytes(markdown_to_docx(markdown, dt.date(2021, 3, 15)))
    document = docx.Document(str(tmp_path / "x.docx"))
    first = document.paragraphs[0]
    assert [(run.text, bool(run.bold), bool(run.italic)) for run in first.runs] == [
        ("Text med ", False, False),
        ("fet", True, False),
        (" och ", False, False),
        ("kursiv", False, True),
        (" stil.", False, False),
    ]
    assert [(p.style.name, p.text) for p in document.paragraphs[1:]] == [
        ("List Bullet", "ett"),
        ("List Bullet 2", "inne"),
        ("List Bullet", "två"),
        ("List Number", "första"),
        ("List Number", "andra"),
    ]
    narrow, wide = (column.width for column in document.tables[0].columns)
    assert narrow < wide  # the number column keeps its natural width, the text gets the rest of the line
    section = document.sections[0]
    assert narrow + wide <= section.page_width - section.left_margin - section.right_margin
