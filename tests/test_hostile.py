"""Hostile input (issue 3): one bad file dropped into a valid repository gives its exact findings and nothing else.

Each folder in `tests/fixtures/hostile/` is one class of attack or accident: its `data/` is laid over a fresh
minimal repository, and its `expected.json` lists the findings as `[file, line, column, code]`. A few cases cannot
live in git (a 1 MB file, symbolic links, a named pipe); for those, `expected.json` names what the test makes.

Every run is in a subprocess with a generous timeout, so a hang fails the test instead of stalling the suite; no
test measures time. A sentinel file with a known schema error is always present: its finding proves that the
files around the hostile one are still checked, and the summary's file count proves none was skipped.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from samverkan.loader import MAX_FILE_BYTES

pytestmark = pytest.mark.usefixtures("clean_env")

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
FIXTURES = sorted(folder.name for folder in HOSTILE.iterdir() if (folder / "expected.json").is_file())

EVIL = "data/activities/evil.yaml"
SENTINEL = ("data/activities/sentinel.yaml", 3, 9, "schema-invalid-choice")
PLANTED = "19121212-1212"  # a fake personnummer some fixtures carry: it must never be echoed

_ANNOTATION = re.compile(r"::error file=([^,]*)(?:,line=(\d+))?(?:,col=(\d+))?,title=([a-z0-9-]+)::")
_SUMMARY = re.compile(r"(\d+) fel, 0 varningar: (\d+) (?:fil kontrollerad|filer kontrollerade)\.")


def _make(what: str, repo: Path) -> None:
    evil = repo / EVIL
    if what == "too-large":
        evil.write_bytes(b"notes: " + b"x" * MAX_FILE_BYTES + b"\n")
    elif what == "symlink-outside":
        secret = repo / "secret.yaml"
        secret.write_text(f"id: evil\nname: {PLANTED}\n", encoding="utf-8")
        evil.symlink_to(secret)
    elif what == "symlink-loop":
        evil.symlink_to(evil)
    elif what == "fifo":
        os.mkfifo(evil)
    else:  # pragma: no cover - a typo in expected.json
        raise AssertionError(what)


def validate(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "samverkan", "validate", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def findings_of(output: str) -> tuple[list[tuple[str, int | None, int | None, str]], tuple[int, int]]:
    found = [
        (file, int(line) if line else None, int(col) if col else None, code)
        for file, line, col, code in _ANNOTATION.findall(output)
    ]
    summary = _SUMMARY.fullmatch(output.splitlines()[-1])
    assert summary, output
    return found, (int(summary.group(1)), int(summary.group(2)))


@pytest.mark.parametrize("name", FIXTURES)
def test_hostile_fixture(name: str, minimal_repo: Path) -> None:
    fixture = HOSTILE / name
    expected: dict[str, Any] = json.loads((fixture / "expected.json").read_text(encoding="utf-8"))
    (minimal_repo / "data" / "activities" / "sentinel.yaml").write_text(
        "id: sentinel\nname: Vakt\nstatus: klart\n", encoding="utf-8"
    )
    files = 3  # agreement, sig, sentinel
    if (fixture / "data").is_dir():
        shutil.copytree(fixture / "data", minimal_repo / "data", dirs_exist_ok=True)
        files += sum(1 for path in (fixture / "data").rglob("*") if path.is_file())
    if "make" in expected:
        _make(expected["make"], minimal_repo)
        files += 1

    result = validate(minimal_repo, "--format", "github")

    wanted = sorted([tuple(item) for item in expected["findings"]] + [SENTINEL], key=lambda f: (f[0], f[1] or 0))
    found, (errors, checked) = findings_of(result.stdout)
    assert (result.returncode, result.stderr) == (1, "")
    assert found == wanted
    assert (errors, checked) == (len(wanted), files)
    assert "Traceback" not in result.stdout
    assert PLANTED not in result.stdout


def test_every_fixture_says_what_it_is() -> None:
    for name in FIXTURES:
        expected = json.loads((HOSTILE / name / "expected.json").read_text(encoding="utf-8"))
        assert expected["what"] and expected["findings"], name
        assert (HOSTILE / name / "data").is_dir() != ("make" in expected), name


# --------------------------------------------------------------------------------- escaping the data folder


def test_dotdot_in_a_path_argument_cannot_read_outside(minimal_repo: Path) -> None:
    (minimal_repo / "secret.yaml").write_text(f"id: {PLANTED}\n", encoding="utf-8")
    outside = minimal_repo.parent / f"{minimal_repo.name}-secret.yaml"
    outside.write_text(f"id: {PLANTED}\n", encoding="utf-8")
    result = validate(
        minimal_repo,
        "--lang",
        "en",
        "data/../secret.yaml",
        "data/activities/../../secret.yaml",
        f"../{outside.name}",
        "data/activities/../activities/sig.yaml",
    )
    shown_outside = f"../{outside.name}"
    assert (result.returncode, result.stderr) == (1, "")
    assert result.stdout == (
        f"{shown_outside}:1:1: error [file-outside-data] The file lies outside the data folder data (or is a "
        "symbolic link there) and is not read.\n"
        "    hint: Move the file into the data folder, or replace the link with an ordinary file.\n"
        "secret.yaml:1:1: error [file-outside-data] The file lies outside the data folder data (or is a symbolic "
        "link there) and is not read.\n"
        "    hint: Move the file into the data folder, or replace the link with an ordinary file.\n"
        "2 errors, 0 warnings: 3 files checked.\n"
    )


def test_symlinked_folder_pointing_outside_is_reported(
    minimal_repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (elsewhere / "2021Q3.yaml").write_text(f"period: {PLANTED}\n", encoding="utf-8")
    (minimal_repo / "data" / "meetings").symlink_to(elsewhere, target_is_directory=True)
    result = validate(minimal_repo, "--format", "github")
    found, summary = findings_of(result.stdout)
    assert (result.returncode, found, summary) == (1, [("data/meetings", None, None, "file-outside-data")], (1, 3))
    assert PLANTED not in result.stdout


def test_symlink_inside_the_data_folder_is_read_as_what_it_stands_for(minimal_repo: Path) -> None:
    activities = minimal_repo / "data" / "activities"
    (activities / "sig-kopia.yaml").symlink_to(activities / "sig.yaml")
    (minimal_repo / "data" / "followups").mkdir()
    (minimal_repo / "data" / "followups" / "2021Q3").symlink_to(activities, target_is_directory=True)
    result = validate(minimal_repo, "--format", "github")
    # The link lies in activities/, so it is checked as an activity; the linked folder is not walked twice.
    assert (result.returncode, result.stdout) == (0, "Inga fel: 3 filer kontrollerade.\n")
