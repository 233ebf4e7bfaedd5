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


# --------------------------------------------------------------------------------- templates (issue 12 item 5)


def render_agreement(repo: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "samverkan", "render", "agreement", "--lang", "en"],
        cwd=repo,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


_TEMPLATE_FINDING = {
    "template-outside": "The template refers to a file that is a symbolic link or lies outside the templates "
    "folder, and it was not read.\n    hint: A template may only read templates in its own folder. Replace the link "
    "with an ordinary file in the `templates` folder.\n",
    "template-recursion": "The template calls itself without end (a macro or include in a loop) and was stopped.\n"
    "    hint: Check that every macro that calls itself has an end, and that no template includes itself.\n",
    "template-too-long": "The template goes round its loops too many times and was stopped.\n"
    "    hint: A template walks the document's data; a `range` with large numbers or loops many levels deep are not "
    "needed for a document.\n",
    "template-too-large": "The template builds too large a text and was stopped; nothing was written.\n"
    "    hint: Check expressions that repeat text (`'x' * n`) or loops that write the same thing over and over.\n",
}


@pytest.mark.parametrize(
    ("template", "code"),
    [
        ('{% include "linked.j2" %}', "template-outside"),
        ('{% include "../secret.yaml" %}', "template-outside"),
        ('{% include "agreement.md.j2" %}', "template-recursion"),
        ("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}", "template-recursion"),
        ("{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}", "template-too-long"),
        ("{% set r = range(3000) %}{% for a in r %}{% for b in r %}{% endfor %}{% endfor %}", "template-too-long"),
        ("{{ 'x' * 100000000 }}", "template-too-large"),
        ("{{ 10 ** 100000000 }}", "template-too-large"),
        ("{% for i in range(100000) %}{{ 'y' * 1000 }}{% endfor %}", "template-too-large"),
        (
            "{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s + ns.s %}{% endfor %}",
            "template-too-large",
        ),
    ],
)
def test_a_hostile_template_ends_as_a_finding(minimal_repo: Path, template: str, code: str) -> None:
    (minimal_repo / "secret.yaml").write_text(f"name: {PLANTED}\n", encoding="utf-8")
    templates = minimal_repo / "templates"
    templates.mkdir()
    (templates / "linked.j2").symlink_to(minimal_repo / "secret.yaml")
    (templates / "agreement.md.j2").write_text(template, encoding="utf-8")
    result = render_agreement(minimal_repo)
    assert (result.returncode, result.stdout) == (1, "")  # the document goes to stdout, the findings to stderr
    assert result.stderr == (
        f"templates/agreement.md.j2:1:1: error [{code}] {_TEMPLATE_FINDING[code]}"
        "1 error, 0 warnings: 1 file checked.\n"
    )


def test_a_symlinked_template_file_is_not_read(minimal_repo: Path) -> None:
    (minimal_repo / "secret.yaml").write_text(f"name: {PLANTED}\n", encoding="utf-8")
    (minimal_repo / "templates").mkdir()
    (minimal_repo / "templates" / "agreement.md.j2").symlink_to(minimal_repo / "secret.yaml")
    result = render_agreement(minimal_repo)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"templates/agreement.md.j2:1:1: error [template-outside] {_TEMPLATE_FINDING['template-outside']}"
        "1 error, 0 warnings: 1 file checked.\n"
    )


# --------------------------------------------------------------------------------- the terminal (issue 12 item 6)


@pytest.mark.parametrize(("encoding", "shown"), [("ascii", b"Anv\\xe4ndning"), ("latin-1", "Användning".encode("latin-1"))])
def test_a_terminal_that_cannot_show_every_letter_gets_escapes(tmp_path: Path, encoding: str, shown: bytes) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "samverkan", "--help"],
        cwd=tmp_path,
        capture_output=True,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": encoding},
    )
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout.startswith(shown + b": samverkan [FLAGGOR] KOMMANDO [ARGUMENT]...\n")


# --------------------------------------------------------------------------------- unreadable folders and paths


def test_a_folder_that_cannot_be_listed_is_a_finding(minimal_repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from samverkan.diagnostics import Severity
    from samverkan.repository import load_repository

    monkeypatch.chdir(minimal_repo)
    listed = os.scandir

    def scandir(folder: Any) -> Any:
        if Path(folder).name == "activities":  # what a folder with mode 000 does for anyone but root
            raise PermissionError(13, "Permission denied", str(folder))
        return listed(folder)

    monkeypatch.setattr(os, "scandir", scandir)
    repository = load_repository(Path("data"))
    assert [(d.file, d.code, d.severity, d.message("en")) for d in repository.diagnostics] == [
        (
            "data/activities",
            "folder-unreadable",
            Severity.ERROR,
            "The folder could not be read (permission denied), so the files in it are not checked.",
        )
    ]
    assert repository.files_checked == 2  # the agreement and the folder


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() == 0, reason="root may read every folder")
def test_unreadable_folder_and_path_end_as_findings(minimal_repo: Path) -> None:
    activities = minimal_repo / "data" / "activities"
    activities.chmod(0)
    try:
        whole = validate(minimal_repo, "--lang", "en")
        named = validate(minimal_repo, "--lang", "en", "data/activities/sig.yaml")
    finally:
        activities.chmod(0o755)
    assert (whole.returncode, whole.stderr) == (1, "")
    assert "data/activities:1:1: error [folder-unreadable] The folder could not be read (permission denied)" in (
        whole.stdout
    )
    assert (named.returncode, named.stderr) == (1, "")
    assert named.stdout.startswith(
        "data/activities/sig.yaml:1:1: error [file-unreadable] The file could not be read (permission denied).\n"
    )
