"""`samverkan validate` as a user runs it: the whole output and the exit code, in each format and language."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from samverkan import __version__
from samverkan.cli.app import run

pytestmark = pytest.mark.usefixtures("clean_env")

BAD_ACTIVITY = "id: bad\nname: Dålig\nstatus: klart\n"
BAD_MEETING = "period: 2021Q3\nforum: Centrala BRÅ\ndate: 2021-09-15\ndate: 2021-09-16\n"


@pytest.fixture
def bad_repo(minimal_repo: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The minimal repository with one invalid activity and one meeting with a duplicate key; cwd is its root."""
    data = minimal_repo / "data"
    (data / "activities" / "bad.yaml").write_text(BAD_ACTIVITY, encoding="utf-8")
    (data / "meetings").mkdir()
    (data / "meetings" / "2021Q3.yaml").write_text(BAD_MEETING, encoding="utf-8")
    monkeypatch.chdir(minimal_repo)
    return minimal_repo


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = run(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --------------------------------------------------------------------------------------------------- formats


def test_valid_repository(
    minimal_repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(minimal_repo)
    assert run_cli(["validate"], capsys) == (0, "Inga fel: 2 filer kontrollerade.\n", "")
    assert run_cli(["validate", "--lang", "en"], capsys) == (0, "No problems: 2 files checked.\n", "")
    assert run_cli(["validate", "--format", "json"], capsys) == (0, "[]\n", "")
    assert run_cli(["validate", "--format", "github"], capsys) == (0, "Inga fel: 2 filer kontrollerade.\n", "")


TEXT_SV = """\
data/activities/bad.yaml:3:9: fel [schema-invalid-choice] Fältet `status` har ett värde som inte är tillåtet.
    tips: Välj ett av: planerad, pågående, pausad eller avslutad.
data/meetings/2021Q3.yaml:4:1: fel [yaml-duplicate-key] Nyckeln `date` finns två gånger i samma avsnitt (först på rad 3).
    tips: Ta bort den ena, eller slå ihop innehållet. Annars är det oklart vilket värde som gäller.
2 fel, 0 varningar: 4 filer kontrollerade.
"""

TEXT_EN = """\
data/activities/bad.yaml:3:9: error [schema-invalid-choice] The field `status` has a value that is not allowed.
    hint: Choose one of: planerad, pågående, pausad or avslutad.
data/meetings/2021Q3.yaml:4:1: error [yaml-duplicate-key] The key `date` appears twice in the same section (first on line 3).
    hint: Remove one, or merge their content. Otherwise it is unclear which value holds.
2 errors, 0 warnings: 4 files checked.
"""


def test_text_format(bad_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["validate"], capsys) == (1, TEXT_SV, "")
    assert run_cli(["validate", "--format", "text"], capsys) == (1, TEXT_SV, "")


def test_english_by_option_and_by_environment(
    bad_repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run_cli(["validate", "--lang", "en"], capsys) == (1, TEXT_EN, "")
    assert run_cli(["validate", "--lang=EN"], capsys) == (1, TEXT_EN, "")
    monkeypatch.setenv("SAMVERKAN_LANG", "en")
    assert run_cli(["validate"], capsys) == (1, TEXT_EN, "")
    assert run_cli(["validate", "--lang", "sv"], capsys) == (1, TEXT_SV, "")  # the option wins


def test_json_format(bad_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(["validate", "--format", "json"], capsys)
    assert (code, err) == (1, "")
    assert json.loads(out) == [
        {
            "file": "data/activities/bad.yaml",
            "line": 3,
            "column": 9,
            "code": "schema-invalid-choice",
            "severity": "error",
            "message": "Fältet `status` har ett värde som inte är tillåtet.",
            "hint": "Välj ett av: planerad, pågående, pausad eller avslutad.",
        },
        {
            "file": "data/meetings/2021Q3.yaml",
            "line": 4,
            "column": 1,
            "code": "yaml-duplicate-key",
            "severity": "error",
            "message": "Nyckeln `date` finns två gånger i samma avsnitt (först på rad 3).",
            "hint": "Ta bort den ena, eller slå ihop innehållet. Annars är det oklart vilket värde som gäller.",
        },
    ]
    assert out.startswith('[\n  {\n    "file": "data/activities/bad.yaml",') and out.endswith("]\n")
    assert "pågående" in out  # UTF-8 as written, not \u escapes


def test_json_format_with_a_finding_that_has_no_place(bad_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (bad_repo / "data" / "activities" / "bad.yaml").write_text("", encoding="utf-8")
    code, out, _ = run_cli(["validate", "--format", "json", "--lang", "en", "data/activities/bad.yaml"], capsys)
    assert code == 1
    assert json.loads(out) == [
        {
            "file": "data/activities/bad.yaml",
            "line": None,
            "column": None,
            "code": "file-empty",
            "severity": "error",
            "message": "The file is empty.",
            "hint": "Fill in the file or delete it. `samverkan new followup` creates pre-filled templates.",
        }
    ]


def test_github_format(bad_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["validate", "--format", "github"], capsys) == (
        1,
        "::error file=data/activities/bad.yaml,line=3,col=9,title=schema-invalid-choice::"
        "Fältet `status` har ett värde som inte är tillåtet.%0ATips: Välj ett av: planerad, pågående, pausad eller avslutad.\n"
        "::error file=data/meetings/2021Q3.yaml,line=4,col=1,title=yaml-duplicate-key::"
        "Nyckeln `date` finns två gånger i samma avsnitt (först på rad 3).%0A"
        "Tips: Ta bort den ena, eller slå ihop innehållet. Annars är det oklart vilket värde som gäller.\n"
        "2 fel, 0 varningar: 4 filer kontrollerade.\n",
        "",
    )


def test_github_format_without_a_place(bad_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (bad_repo / "data" / "agreement.yaml").unlink()
    (bad_repo / "data" / "activities" / "bad.yaml").unlink()
    (bad_repo / "data" / "meetings" / "2021Q3.yaml").unlink()
    assert run_cli(["validate", "--format", "github", "--lang", "en"], capsys) == (
        1,
        "::error file=data/agreement.yaml,title=agreement-missing::The agreement is missing: there is no "
        "data/agreement.yaml.%0AHint: Create the file from the example in the README, or give the right folder "
        "with --data.\n"
        "1 error, 0 warnings: 1 file checked.\n",
        "",
    )


# ------------------------------------------------------------------------------------------------- colour


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_terminal_and_never_with_no_color(
    bad_repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "\x1b[" not in run_cli(["validate"], capsys)[1]  # captured: not a terminal

    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert run(["validate", "--lang", "en"]) == 1
    assert terminal.getvalue().splitlines()[0] == (
        "\x1b[1mdata/activities/bad.yaml:3:9:\x1b[0m \x1b[31merror\x1b[0m [schema-invalid-choice] "
        "The field `status` has a value that is not allowed."
    )
    assert terminal.getvalue().splitlines()[-1] == "\x1b[31m2 errors, 0 warnings: 4 files checked.\x1b[0m"

    monkeypatch.setenv("NO_COLOR", "1")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert run(["validate", "--lang", "en"]) == 1
    assert terminal.getvalue() == TEXT_EN


# ------------------------------------------------------------------------------------------- usage errors: 2


@pytest.mark.parametrize(
    ("args", "err"),
    [
        (
            ["validate", "--bogus"],
            "samverkan: fel i kommandoraden: okänd flagga --bogus.\nSe `samverkan validate --help`.\n",
        ),
        (
            ["validate", "--bogus", "--lang", "en"],
            "samverkan: usage error: unknown option --bogus.\nSee `samverkan validate --help`.\n",
        ),
        (
            ["--lang", "en", "validate", "--bogus"],
            "samverkan: usage error: unknown option --bogus.\nSee `samverkan validate --help`.\n",
        ),
        (["validate", "--format", "xml"], "samverkan: Okänt format för --format. Välj text, json eller github.\n"),
        (
            ["validate", "--format", "xml", "--lang", "en"],
            "samverkan: Unknown format for --format. Choose text, json or github.\n",
        ),
        (
            ["--lang", "en", "validate", "--format", "xml"],
            "samverkan: Unknown format for --format. Choose text, json or github.\n",
        ),
        (["--lang", "de", "validate"], "samverkan: Okänt språk för --lang eller SAMVERKAN_LANG. Välj sv eller en.\n"),
        (["validate", "--lang", "de"], "samverkan: Okänt språk för --lang eller SAMVERKAN_LANG. Välj sv eller en.\n"),
        (
            ["validate", "--data", "nowhere"],
            "samverkan: Hittar ingen datamapp (nowhere). Ange den med --data eller SAMVERKAN_DATA, "
            "eller kör kommandot i en mapp som har en data/-mapp.\n",
        ),
        (
            ["validate", "data/activities/nope.yaml"],
            "samverkan: Filen eller mappen data/activities/nope.yaml finns inte.\n",
        ),
        (
            ["validate", "--lang", "en", "data/activities/nope.yaml"],
            "samverkan: The file or folder data/activities/nope.yaml does not exist.\n",
        ),
    ],
)
def test_usage_errors_exit_2(
    args: list[str], err: str, minimal_repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(minimal_repo)
    assert run_cli(args, capsys) == (2, "", err)


@pytest.mark.parametrize(
    ("args", "err"),
    [
        (["lint", "--formt", "json"], "okänd flagga --formt (menade du --format?).\nSe `samverkan lint --help`."),
        (["report"], "flaggan --quarter saknas; den måste anges.\nSe `samverkan report --help`."),
        (["new", "followup"], "flaggan --quarter saknas; den måste anges.\nSe `samverkan new followup --help`."),
        (["lint", "--format"], "flaggan --format behöver ett värde efter sig.\nSe `samverkan lint --help`."),
        (["lint", "--strict=ja"], "flaggan --strict tar inget värde.\nSe `samverkan lint --help`."),
        (
            ["lint", "extra", "mer"],
            "oväntade argument (extra mer); kommandot tar inga fler argument.\nSe `samverkan lint --help`.",
        ),
        (["lint", "extra"], "oväntat argument (extra); kommandot tar inga fler argument.\nSe `samverkan lint --help`."),
        (["lnt"], "okänt kommando lnt (menade du lint?).\nSe `samverkan --help`."),
        (["new", "folowup"], "okänt kommando folowup (menade du followup?).\nSe `samverkan new --help`."),
        (["xyz"], "okänt kommando xyz.\nSe `samverkan --help`."),
        (["--bogus"], "okänd flagga --bogus.\nSe `samverkan --help`."),
        (["--lang"], "flaggan --lang behöver ett värde efter sig.\nSe `samverkan --help`."),
    ],
)
def test_command_line_mistakes_are_explained_in_swedish(
    args: list[str], err: str, minimal_repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(minimal_repo)
    assert run_cli(args, capsys) == (2, "", f"samverkan: fel i kommandoraden: {err}\n")


@pytest.mark.parametrize(
    ("args", "err"),
    [
        (
            ["report", "--lang", "en"],
            "the option --quarter is missing; it is required.\nSee `samverkan report --help`.",
        ),
        (
            ["--lang", "en", "report"],
            "the option --quarter is missing; it is required.\nSee `samverkan report --help`.",
        ),
        (["--lang", "en", "lnt"], "unknown command lnt (did you mean lint?).\nSee `samverkan --help`."),
        (
            ["lint", "x", "--lang=en"],
            "unexpected argument (x); the command takes no more arguments.\nSee `samverkan lint --help`.",
        ),
        (["lint", "--strict=1", "--lang=en"], "the option --strict takes no value.\nSee `samverkan lint --help`."),
    ],
)
def test_command_line_mistakes_in_english(
    args: list[str], err: str, minimal_repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(minimal_repo)
    assert run_cli(args, capsys) == (2, "", f"samverkan: usage error: {err}\n")


def test_unknown_language_in_the_environment(
    minimal_repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(minimal_repo)
    monkeypatch.setenv("SAMVERKAN_LANG", "fi")
    assert run_cli(["validate"], capsys) == (
        2,
        "",
        "samverkan: Okänt språk för --lang eller SAMVERKAN_LANG. Välj sv eller en.\n",
    )


def test_no_yaml_files_to_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "README.md").write_text("ingen yaml här\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run_cli(["validate"], capsys) == (2, "", "samverkan: Det finns inga YAML-filer att läsa i data.\n")
    assert run_cli(["validate", "--lang", "en", "data/README.md"], capsys) == (
        2,
        "",
        "samverkan: There are no YAML files to read in data.\n",
    )


def test_no_data_folder_anywhere_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    if any((folder / "data").is_dir() for folder in tmp_path.resolve().parents):
        pytest.skip("a folder above the test's temporary folder has a data/ folder")
    monkeypatch.chdir(tmp_path)
    assert run_cli(["validate", "--lang", "en"], capsys) == (
        2,
        "",
        "samverkan: No data folder found (data/). Give it with --data or SAMVERKAN_DATA, "
        "or run the command in a folder that has a data/ folder.\n",
    )


def test_no_arguments_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli([], capsys)
    assert (code, out) == (2, "")
    assert err.startswith("Användning: samverkan [FLAGGOR] KOMMANDO [ARGUMENT]...\n")
    assert "  validate  Kontrollera varje YAML-fil mot sitt schema.\n" in err


def test_lang_before_the_command(
    minimal_repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(minimal_repo)
    assert run_cli(["--lang", "en", "validate"], capsys) == (0, "No problems: 2 files checked.\n", "")
    assert run_cli(["--lang=en", "validate", "--lang", "sv"], capsys) == (0, "Inga fel: 2 filer kontrollerade.\n", "")
    assert run_cli(["validate"], capsys) == (0, "Inga fel: 2 filer kontrollerade.\n", "")  # nothing is left over
    monkeypatch.setenv("SAMVERKAN_LANG", "en")
    assert run_cli(["--lang", "sv", "validate"], capsys) == (0, "Inga fel: 2 filer kontrollerade.\n", "")


# ------------------------------------------------------------------------------------------- finding the data


def test_data_option_environment_and_parent_folder(
    bad_repo: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    monkeypatch.chdir(elsewhere)
    data = bad_repo / "data"

    def first_file_shown(args: list[str]) -> Path:
        code, out, _ = run_cli([*args, "--format", "json"], capsys)
        assert code == 1
        return Path(json.loads(out)[0]["file"])

    # The file is shown relative to where the user stands, so that the path leads to it from there.
    shown = first_file_shown(["validate", "--data", str(data)])
    assert not shown.is_absolute() and shown.resolve() == (data / "activities" / "bad.yaml").resolve()
    monkeypatch.setenv("SAMVERKAN_DATA", str(data))
    assert first_file_shown(["validate"]) == shown

    (bad_repo / "other").mkdir()
    (bad_repo / "other" / "data").mkdir()
    assert run_cli(["validate", "--data", str(bad_repo / "other" / "data")], capsys) == (
        2,
        "",
        "samverkan: Det finns inga YAML-filer att läsa i ../" + bad_repo.name + "/other/data.\n",
    )

    monkeypatch.delenv("SAMVERKAN_DATA")
    deep = bad_repo / "docs" / "protokoll"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    code, out, _ = run_cli(["validate", "--lang", "en"], capsys)
    assert code == 1
    # Two folders up is farther than the full path is long to read: the path is shown in full.
    assert out.splitlines()[0].startswith(f"{data.resolve()}/activities/bad.yaml:3:9: error [schema-invalid-choice]")
    monkeypatch.chdir(bad_repo / "docs")
    code, out, _ = run_cli(["validate", "--lang", "en"], capsys)
    assert code == 1
    assert out.splitlines()[0].startswith("../data/activities/bad.yaml:3:9: error [schema-invalid-choice]")


def test_paths_as_pre_commit_passes_them(bad_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Only the files given are read; a valid one alone passes, and the summary counts what was read.
    assert run_cli(["validate", "data/activities/sig.yaml", "data/agreement.yaml"], capsys) == (
        0,
        "Inga fel: 2 filer kontrollerade.\n",
        "",
    )
    assert run_cli(["validate", "data/activities/sig.yaml", "data/activities/bad.yaml"], capsys) == (
        1,
        "data/activities/bad.yaml:3:9: fel [schema-invalid-choice] Fältet `status` har ett värde som inte är tillåtet.\n"
        "    tips: Välj ett av: planerad, pågående, pausad eller avslutad.\n"
        "1 fel, 0 varningar: 2 filer kontrollerade.\n",
        "",
    )
    # A folder is walked; a file given twice is read once; `./` and non-YAML files are fine.
    (bad_repo / "README.md").write_text("# Data\n", encoding="utf-8")
    code, out, _ = run_cli(["validate", "./data/meetings", "data/meetings/2021Q3.yaml", "README.md"], capsys)
    assert code == 1
    assert out.splitlines()[-1] == "1 fel, 0 varningar: 1 fil kontrollerad."


def test_path_outside_the_data_folder_is_not_read(bad_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (bad_repo / "ci.yaml").write_text("on: push\n", encoding="utf-8")
    assert run_cli(["validate", "--lang", "en", "ci.yaml"], capsys) == (
        1,
        "ci.yaml:1:1: error [file-outside-data] The file lies outside the data folder data (or is a symbolic link "
        "there) and is not read.\n"
        "    hint: Move the file into the data folder, or replace the link with an ordinary file.\n"
        "1 error, 0 warnings: 1 file checked.\n",
        "",
    )


def test_unknown_kind_of_file(bad_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (bad_repo / "data" / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
    code, out, _ = run_cli(["validate", "--lang", "en", "data/notes.yaml"], capsys)
    assert code == 1
    assert (
        out.splitlines()[0]
        == "data/notes.yaml:1:1: error [file-unknown-kind] samverkan does not know what this file is."
    )


# ---------------------------------------------------------------------------------------------- the program


def test_python_m_samverkan_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "samverkan", "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, f"samverkan {__version__}\n", "")


INTERNAL_ERROR = (
    "samverkan: internt fel (RuntimeError). Det här är ett fel i samverkan, inte i dina filer; "
    "rapportera det gärna med kommandot du körde.\n"
)


def test_an_internal_error_is_short_for_users_and_has_its_traceback_with_samverkan_debug(
    minimal_repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import samverkan.cli.validate_cmd

    def broken(root: Path, only: list[Path] | None = None, unreadable: object = None, jobs: int = 1) -> None:
        raise RuntimeError("a bug in samverkan")

    monkeypatch.chdir(minimal_repo)
    monkeypatch.setattr(samverkan.cli.validate_cmd, "load_data", broken)
    assert run_cli(["validate"], capsys) == (2, "", INTERNAL_ERROR)
    monkeypatch.setenv("SAMVERKAN_DEBUG", "0")
    assert run_cli(["validate"], capsys) == (2, "", INTERNAL_ERROR)

    monkeypatch.setenv("SAMVERKAN_DEBUG", "1")
    code, out, err = run_cli(["validate"], capsys)
    assert (code, out) == (2, "")
    first, traceback = err.split("\n", 1)
    assert first + "\n" == INTERNAL_ERROR
    assert traceback.startswith("Traceback (most recent call last):\n")
    assert "in broken\n" in traceback
    assert traceback.endswith("RuntimeError: a bug in samverkan\n")

    monkeypatch.setenv("SAMVERKAN_LANG", "en")
    code, _, err = run_cli(["validate"], capsys)
    assert err.startswith("samverkan: internal error (RuntimeError). This is a bug in samverkan, not in your files;")


def test_python_m_samverkan_validate_exit_code(bad_repo: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "samverkan", "validate", "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=bad_repo,
        env={"PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"},
    )
    assert (result.returncode, result.stdout, result.stderr) == (1, TEXT_EN, "")


REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("args", "bad_files", "expected_code"),
    [
        # 80 kB of JSON: more than a pipe holds, so the write really meets the closed pipe.
        (["overdue", "--as-of", "2026-01-01", "--format", "json", "--data", str(REPO / "data")], 0, 0),
        (["validate"], 400, 1),
    ],
    ids=["listing-succeeds", "bad-data-fails"],
)
def test_a_reader_that_stops_early_does_not_change_the_exit_code(
    minimal_repo: Path, args: list[str], bad_files: int, expected_code: int
) -> None:
    """`samverkan … | head -1` under `set -o pipefail`: the exit code is the command's own, with no traceback."""
    for number in range(bad_files):
        (minimal_repo / "data" / "activities" / f"bad{number}.yaml").write_text("id: x\nfoo: 1\n", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "samverkan", *args],
        cwd=minimal_repo,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # what `head -1` does once it has its line
    errors = process.stderr.read().decode()
    assert process.wait(timeout=60) == expected_code
    assert "Traceback" not in errors


def test_a_folder_named_on_the_command_line_with_a_subfolder_that_cannot_be_listed(
    minimal_repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`validate data/` as pre-commit or a user may run it: a folder below it that cannot be listed is a finding,
    not a silent skip that lets the run pass without looking at its files."""
    import os

    monkeypatch.chdir(minimal_repo)
    listed = os.scandir

    def scandir(folder: object) -> object:
        if Path(str(folder)).name == "activities":  # what a folder with mode 000 does for anyone but root
            raise PermissionError(13, "Permission denied", str(folder))
        return listed(folder)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    assert run_cli(["validate", "data", "--lang", "en"], capsys) == (
        1,
        "data/activities:1:1: error [folder-unreadable] The folder could not be read (permission denied), so the "
        "files in it are not checked.\n"
        "    hint: Check that you may read the folder (`ls -ld` shows its permissions).\n"
        "1 error, 0 warnings: 2 files checked.\n",
        "",
    )
