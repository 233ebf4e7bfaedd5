"""Several kommuner in one run: `validate` and `lint` take `--data` more than once (a region's shared CI)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _cycle import cli, make_repository

pytestmark = pytest.mark.usefixtures("clean_env")


@pytest.fixture
def region(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Three kommuner: one clean, one with a schema error, one whose lint finds an error."""
    monkeypatch.chdir(tmp_path)
    folders = [make_repository(tmp_path / name) for name in ("ahus", "borg", "cstad")]
    agreement = folders[1] / "agreement.yaml"
    agreement.write_text(agreement.read_text(encoding="utf-8") + "okand_nyckel: 1\n", encoding="utf-8")
    (folders[2] / "activities" / "sig.yaml").rename(folders[2] / "activities" / "fel-namn.yaml")
    return folders


def found(out: str) -> list[tuple[str, str]]:
    return [(item["file"].split("/", 1)[0], item["code"]) for item in json.loads(out)]


def test_lint_lists_the_findings_of_every_folder_in_the_order_given(
    region: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    args = [arg for folder in region for arg in ("--data", folder.relative_to(Path.cwd()).as_posix())]
    code, out, err = cli(capsys, "lint", "--as-of", "2020-02-01", "--format", "json", *args)
    alone = [cli(capsys, "lint", "--as-of", "2020-02-01", "--format", "json", "--data", a)[1] for a in args[1::2]]
    assert (code, err) == (1, "")
    assert found(out) == [finding for text in alone for finding in found(text)]
    folders = [folder for folder, _ in found(out)]
    assert folders == sorted(folders)  # folder by folder, as given
    assert {("borg", "schema-unknown-key"), ("cstad", "file-name-mismatch")} <= set(found(out))


def test_validate_counts_the_files_of_every_folder(region: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "validate", "--data", "ahus/data", "--data", "cstad/data")
    assert (code, err) == (0, "")
    one = cli(capsys, "validate", "--data", "ahus/data")[1]
    assert out.splitlines()[-1] != one.splitlines()[-1]  # twice the files
    code, out, err = cli(capsys, "validate", "--data", "ahus/data", "--data", "borg/data")
    assert code == 1
    assert "borg/data/agreement.yaml" in out


def test_a_folder_given_twice_is_checked_once(region: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    once = cli(capsys, "validate", "--data", "borg/data")
    assert cli(capsys, "validate", "--data", "borg/data", "--data", "./borg/data") == once


def test_files_and_several_folders_do_not_go_together(region: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "validate", "--data", "ahus/data", "--data", "borg/data", "ahus/data/agreement.yaml")
    assert (code, out) == (2, "")
    assert err == "samverkan: Ange filer att kontrollera, eller flera datamappar med --data, men inte båda på en gång.\n"
