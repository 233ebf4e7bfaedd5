"""`samverkan render agreement`: the agreement back as one Markdown document that loses nothing of the signed text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from _cycle import SHIPPED_DATA, check_golden, cli, make_repository

pytestmark = pytest.mark.usefixtures("clean_env")

#: The signed source text, as the repository keeps it.
SEED = Path(__file__).parent / "fixtures" / "seed" / "samverkansoverenskommelse-strangnas-2020-2023.txt"

#: Text of the signed document that the data has no field for. Each entry says why; the test fails when one is
#: rendered after all, so that this list only ever shrinks.
KNOWN_GAPS: set[str] = set()


def normalise(text: str) -> str:
    """Text content only: no Markdown escapes, emphasis, HTML italics or entities; whitespace collapsed; no case."""
    text = re.sub(r"</?i>", "", text)
    text = re.sub(r"\\([\\`*_\[\]|#>+\-.!()=~])", r"\1", text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("*", "")
    return " ".join(text.split()).casefold()


def seed_pieces() -> list[str]:
    """Every paragraph, list item and table cell of the signed text."""
    pieces = []
    for line in SEED.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            continue
        for piece in line.split("\t") if "\t" in line else [re.sub(r"^- ", "", line)]:
            if normalise(piece):
                pieces.append(piece)
    return pieces


def render(capsys: pytest.CaptureFixture[str]) -> str:
    code, out, err = cli(capsys, "render", "agreement", "--data", str(SHIPPED_DATA))
    assert (code, err) == (0, "")
    return out


def test_the_rendered_agreement_matches_the_golden_file(capsys: pytest.CaptureFixture[str]) -> None:
    check_golden("agreement.md", render(capsys))


@pytest.mark.skipif(not SEED.exists(), reason="the signed source text is not available")
def test_every_paragraph_and_cell_of_the_signed_text_is_rendered(capsys: pytest.CaptureFixture[str]) -> None:
    document = normalise(render(capsys))
    missing = {piece for piece in seed_pieces() if normalise(piece) not in document}
    assert missing == KNOWN_GAPS


def test_the_action_plan_is_the_signed_four_column_table(capsys: pytest.CaptureFixture[str]) -> None:
    lines = render(capsys).splitlines()
    start = lines.index("| Vad | Kommun | Polis | Kommunikation |")
    assert lines[start + 1] == "| --- | --- | --- | --- |"
    rows = lines[start + 2 : start + 12]
    assert rows[0] == "| SIG Sociala insatsgrupper | Socialtjänsten är samordnande | Deltagande | Polis och kommun |"
    assert rows[5] == "| Linköpingsmodellen | Socialtjänst? deltar | Initierar | Polis |"
    assert rows[9] == (
        "| Kommunikation, trygghet | Trygghetssamordnare + kommunikatör | Kommunpolis och kommunikatör | "
        "Kommun och polis |"
    )
    assert lines[start + 12] == ""


def test_without_as_signed_cells_the_table_is_built_from_the_roles(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_repository(workdir)
    code, out, _ = cli(capsys, "render", "agreement")
    assert code == 0
    assert "| Vad | Kommun | Polis | Kommunikation |\n| --- | --- | --- | --- |\n" in out
    assert "| Aktivitet sig | Fritid samordnar | deltar |  |\n" in out
    assert "Samverkansöverenskommelsen gäller 1 januari 2020 – 31 december 2020.\n" in out


def test_output_file_is_never_overwritten_without_force(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_repository(workdir)
    (workdir / "avtal.md").write_text("redan här\n", encoding="utf-8")
    assert cli(capsys, "render", "agreement", "-o", "avtal.md")[0] == 2
    assert (workdir / "avtal.md").read_text(encoding="utf-8") == "redan här\n"
    assert cli(capsys, "render", "agreement", "-o", "avtal.md", "--force")[0] == 0
    assert (workdir / "avtal.md").read_text(encoding="utf-8").startswith("# Samverkansöverenskommelse Testby")
    assert cli(capsys, "render")[0] == 2
