"""The example folders (`examples/<name>/data`): documents in shapes other than Strängnäs's, each made up.

Every folder validates; every one with an agreement renders, pinned by a golden file in tests/golden/examples/
(regenerate with `SAMVERKAN_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_examples.py`). A medborgarlöfte that gives
no signing date, only years for its period, no forum and one question validates without an invented value and
renders as a medborgarlöfte.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _cycle import REPOSITORY, check_golden, cli

pytestmark = pytest.mark.usefixtures("clean_env")

EXAMPLES = sorted(path.parent for path in (REPOSITORY / "examples").glob("*/data"))
NAMES = [folder.name for folder in EXAMPLES]
WITH_AGREEMENT = [folder.name for folder in EXAMPLES if (folder / "data" / "agreement.yaml").exists()]


def test_there_are_four_examples_one_without_an_agreement() -> None:
    assert len(NAMES) >= 4
    assert set(NAMES) - set(WITH_AGREEMENT) == {"bra-protokoll-utan-overenskommelse"}


@pytest.mark.parametrize("name", NAMES)
def test_every_example_validates(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "validate", "--data", str(REPOSITORY / "examples" / name / "data"))
    assert (code, err) == (0, ""), out
    assert out.startswith("Inga fel:")


@pytest.mark.parametrize("name", WITH_AGREEMENT)
def test_every_example_with_an_agreement_renders(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "render", "agreement", "--data", str(REPOSITORY / "examples" / name / "data"))
    assert (code, err) == (0, "")
    assert "None" not in out
    check_golden(f"examples/{name}.md", out)


@pytest.mark.parametrize("name", WITH_AGREEMENT)
def test_each_document_is_called_by_its_kind(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = cli(capsys, "render", "agreement", "--data", str(REPOSITORY / "examples" / name / "data"))[1]
    if name.startswith("medborgarlofte"):
        assert "Medborgarlöftet gäller 2024–2025" in out and "överenskommelsen gäller" not in out.casefold()
    elif name.startswith("atgardsplan"):
        assert "Åtgärdsplanen gäller" in out and "Samverkansöverenskommelsen" not in out
    else:
        assert "Samverkansöverenskommelsen gäller" in out


def test_a_council_without_an_agreement_is_valid_and_its_action_points_are_followed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = str(REPOSITORY / "examples" / "bra-protokoll-utan-overenskommelse" / "data")
    assert cli(capsys, "overdue", "--data", data, "--as-of", "2024-03-01") == (
        0,
        "Det finns ingen överenskommelse i datamappen, bara rådet (bra.yaml); bara åtgärdspunkterna kontrolleras.\n"
        "\n"
        "Inget är försenat per 1 mars 2024.\n",
        "",
    )
    code, out, err = cli(capsys, "render", "agreement", "--data", data)
    assert (code, out) == (2, "")
    assert "bara rådet (data/bra.yaml)" in err


def test_a_document_without_a_rhythm_owes_nothing_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _medborgarlofte(tmp_path, follow_up="follow_up:\n  cadence: löpande\n")
    code, out, _ = cli(capsys, "overdue", "--data", str(data), "--as-of", "2026-01-01")
    assert code == 0
    assert out.startswith(
        "Medborgarlöftet följs upp löpande, utan fasta perioder, så ingen uppföljning kan vara försenad; bara "
        "åtgärdspunkterna kontrolleras.\n"
    )
    code, _, err = cli(capsys, "new", "followup", "--data", str(data), "--quarter", "2024")
    assert code == 2 and "följs upp löpande" in err


def _medborgarlofte(root: Path, follow_up: str) -> Path:
    data = root / "data"
    (data / "activities").mkdir(parents=True)
    (data / "agreement.yaml").write_text(
        "id: liten-kommun-lofte\n"
        "kind: medborgarlöfte\n"
        "title: Medborgarlöfte för Lillby 2024–2025\n"
        "parties:\n"
        "  - id: polisen\n    name: Polismyndigheten\n    kind: polismyndigheten\n"
        "  - id: lillby-kommun\n    name: Lillby kommun\n    kind: kommun\n"
        "validity:\n  start: 2024\n  end: 2025\n"
        "not_stated: [signing, signatories, forum]\n" + follow_up,
        encoding="utf-8",
    )
    (data / "activities" / "vandringar.yaml").write_text(
        "id: vandringar\nkind: löfte\nby: [polisen]\n"
        "text: Polisen går minst tio trygghetsvandringar om året.\n"
        "production_targets:\n  - id: tio\n    text: minst tio om året\n    count: 10\n    qualifier: minst\n",
        encoding="utf-8",
    )
    return data


def test_a_medborgarlofte_that_leaves_much_unsaid_validates_and_renders_as_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    question = "follow_up:\n  cadence: år\n  questions:\n    - text: Vad har vi gjort?\n      answer: done\n"
    data = _medborgarlofte(tmp_path, follow_up=question)
    assert cli(capsys, "validate", "--data", str(data)) == (0, "Inga fel: 2 filer kontrollerade.\n", "")
    code, out, err = cli(capsys, "render", "agreement", "--data", str(data))
    assert (code, err) == (0, "")
    assert out == (
        "# Medborgarlöfte för Lillby 2024–2025\n"
        "\n"
        "## Parter\n"
        "\n"
        "- **Polismyndigheten**\n"
        "- **Lillby kommun**\n"
        "\n"
        "## Uppföljning\n"
        "\n"
        "Uppföljningen sker en gång per år och besvarar:\n"
        "\n"
        "- Vad har vi gjort?\n"
        "\n"
        "## Tid\n"
        "\n"
        "Medborgarlöftet gäller 2024 – 2025.\n"
        "\n"
        "## Löftena\n"
        "\n"
        "Polisen går minst tio trygghetsvandringar om året.\n"
        "\n"
        "- **Lovas av:** Polismyndigheten\n"
        "- **Mål:** minst tio om året\n"
    )
    # A follow-up of the one question: the scaffold asks it in the document's own words, and the file validates.
    assert cli(capsys, "new", "followup", "--data", str(data), "--quarter", "2024", "--as-of", "2024-06-01")[0] == 0
    text = (data / "followups" / "2024" / "vandringar.yaml").read_text(encoding="utf-8")
    assert '\nperiod: "2024"\n' in text and "# Vad har vi gjort?\ndone:\n" in text and "cooperated" not in text
    assert "# Svara på medborgarlöftets fråga i fälten nedan" in text
    assert cli(capsys, "validate", "--data", str(data))[0] == 0
