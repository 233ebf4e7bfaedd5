"""The core issue's "done when", end to end on a copy of the shipped Strängnäs data, as a user would run it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

BROKEN_ACTIVITY = """\
id: trasig
name: En aktivitet med tre fel
start: 2021-02-30
ansvarig: socialtjänsten
name: Samma nyckel igen
"""


def samverkan(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAMVERKAN_")} | {"COLUMNS": "80"}
    return subprocess.run(
        [sys.executable, "-m", "samverkan", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


def test_shipped_data_validates_to_an_empty_json_list() -> None:
    result = samverkan("validate", "--format", "json", cwd=REPO)
    assert (result.returncode, result.stdout, result.stderr) == (0, "[]\n", "")


def test_impossible_date_unknown_key_and_duplicate_key_are_named_with_file_line_and_column(tmp_path: Path) -> None:
    shutil.copytree(REPO / "data", tmp_path / "data")
    (tmp_path / "data" / "activities" / "trasig.yaml").write_text(BROKEN_ACTIVITY, encoding="utf-8")

    result = samverkan("validate", cwd=tmp_path)

    assert result.returncode == 1
    assert result.stderr == ""
    places = [line.split(" ", 2)[:2] for line in result.stdout.splitlines() if not line.startswith(" ")][:-1]
    assert places == [
        ["data/activities/trasig.yaml:3:8:", "fel"],
        ["data/activities/trasig.yaml:4:1:", "fel"],
        ["data/activities/trasig.yaml:5:1:", "fel"],
    ]
    assert "[schema-invalid-date]" in result.stdout
    assert "[schema-unknown-key]" in result.stdout
    assert "[yaml-duplicate-key]" in result.stdout
    assert result.stdout.endswith("3 fel, 0 varningar: 33 filer kontrollerade.\n")

    as_json = json.loads(samverkan("validate", "--format", "json", cwd=tmp_path).stdout)
    assert [(f["file"], f["line"], f["column"], f["code"]) for f in as_json] == [
        ("data/activities/trasig.yaml", 3, 8, "schema-invalid-date"),
        ("data/activities/trasig.yaml", 4, 1, "schema-unknown-key"),
        ("data/activities/trasig.yaml", 5, 1, "yaml-duplicate-key"),
    ]


def test_help_is_swedish_and_english_when_asked_before_or_after_the_command() -> None:
    golden = REPO / "tests" / "golden" / "help"
    result = samverkan("--help", cwd=REPO)
    assert (result.returncode, result.stdout, result.stderr) == (0, (golden / "samverkan.txt").read_text("utf-8"), "")
    english = (golden / "en" / "lint.txt").read_text("utf-8")
    assert samverkan("lint", "--help", "--lang", "en", cwd=REPO).stdout == english
    assert samverkan("--lang", "en", "lint", "-h", cwd=REPO).stdout == english


def test_lang_before_the_command_reaches_the_command() -> None:
    result = samverkan("--lang", "en", "validate", cwd=REPO)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("No problems: ") and result.stdout.endswith(" files checked.\n")
