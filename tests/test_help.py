"""Help screens as a user reads them: Swedish by default, English with --lang en, every text from the catalog.

Each screen is compared with a golden file, `tests/golden/help/<command>.txt` (Swedish) and
`tests/golden/help/en/<command>.txt` (English), at 80 columns. The commands are found in the command tree, so
a new command without golden files fails here. After a deliberate change, regenerate and review the diff:

    SAMVERKAN_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_help.py
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

from _cycle import check_golden
from samverkan.catalog import has, texts
from samverkan.cli import app
from samverkan.cli.app import run
from samverkan.cli.help_screen import command_key, param_key, subcommands, takes_value

pytestmark = pytest.mark.usefixtures("clean_env", "eighty_columns")

GOLDEN = Path(__file__).resolve().parent / "golden" / "help"
SRC = Path(__file__).resolve().parents[1] / "src" / "samverkan"

#: Words of Click's English frame (and Typer's Python types) that a Swedish help screen must never show.
ENGLISH_FRAME = (
    "Usage:",
    "Options",
    "Arguments",
    "Commands",
    "Show this message",
    "[required]",
    "[default",
    "<list",
    "Path]",
)
SWEDISH_FRAME = ("Användning:", "Flaggor:", "Argument:", "Kommandon:", "Visa den här hjälpen", "[krävs]", "FLAGGOR")


@pytest.fixture
def eighty_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Help is wrapped to the terminal; the golden files are written at 80 columns."""
    monkeypatch.setenv("COLUMNS", "80")


def _commands() -> list[tuple[str, ...]]:
    """Every command and group as the words that name it, `()` for `samverkan` itself."""
    found: list[tuple[str, ...]] = []

    def walk(command: object, words: tuple[str, ...]) -> None:
        found.append(words)
        for name, sub in sorted(subcommands(command).items()):
            if not getattr(sub, "hidden", False):
                walk(sub, (*words, name))

    walk(typer.main.get_command(app), ())
    return found


COMMANDS = _commands()


def golden_name(words: tuple[str, ...]) -> str:
    return "-".join(words or ("samverkan",)) + ".txt"


def help_of(words: tuple[str, ...], capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    code = run([*words, "--help", *extra])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    return out


def test_the_command_tree_is_the_one_we_know() -> None:
    """Not the source of truth (the tree is), but a new command should be a deliberate change here too."""
    assert {" ".join(words) for words in COMMANDS} >= {
        "",
        "validate",
        "lint",
        "rules",
        "overdue",
        "report",
        "schema",
        "new",
        "new followup",
        "render",
        "render agreement",
    }


@pytest.mark.parametrize("words", COMMANDS, ids=[golden_name(w) for w in COMMANDS])
def test_swedish_help_matches_its_golden_file(words: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    text = help_of(words, capsys)
    check_golden(GOLDEN / golden_name(words), text)
    assert [word for word in ENGLISH_FRAME if word in text] == []
    assert max(len(line) for line in text.splitlines()) <= 78


@pytest.mark.parametrize("words", COMMANDS, ids=[golden_name(w) for w in COMMANDS])
def test_english_help_matches_its_golden_file(words: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    text = help_of(words, capsys, "--lang", "en")
    check_golden(GOLDEN / "en" / golden_name(words), text)
    assert [word for word in SWEDISH_FRAME if word in text] == []


def test_no_golden_file_is_left_over_from_a_command_that_is_gone() -> None:
    expected = {golden_name(words) for words in COMMANDS}
    assert {path.name for path in GOLDEN.glob("*.txt")} == expected
    assert {path.name for path in (GOLDEN / "en").glob("*.txt")} == expected


def test_the_swedish_frame() -> None:
    text = (GOLDEN / "validate.txt").read_text(encoding="utf-8")
    assert text.startswith("Användning: samverkan validate [FLAGGOR] [FIL]...\n")
    assert "\nArgument:\n  FIL  " in text
    assert "\nFlaggor:\n" in text
    assert "  -h, --help       Visa den här hjälpen och avsluta.\n" in text
    assert "  --data MAPP      " in text
    root = (GOLDEN / "samverkan.txt").read_text(encoding="utf-8")
    assert "\nKommandon:\n" in root and "  validate  " in root
    report = (GOLDEN / "report.txt").read_text(encoding="utf-8")
    assert report.startswith("Användning: samverkan report --quarter PERIOD [FLAGGOR]\n")
    assert "[krävs]" in report


def test_every_command_option_and_value_has_a_text_in_the_catalog() -> None:
    """Help texts live in the catalog only: each key a help screen looks up exists (in both languages)."""
    root = typer.main.get_command(app)
    missing: list[str] = []
    for words in COMMANDS:
        command: object = root
        for word in words:
            command = subcommands(command)[word]
        path = ("samverkan", *words)
        keys = [command_key(path)] + ([command_key(path) + ".summary"] if words else [])
        for param in getattr(command, "params", []):
            keys.append(param_key(path, param))
            if takes_value(param):
                metavar = getattr(param, "metavar", None)
                keys.append(f"help.value.{str(metavar).lower()}")
        missing.extend(key for key in keys if not has(key, "sv") or not has(key, "en"))
    assert missing == []


def test_every_help_key_in_the_catalog_is_used() -> None:
    """A help text left behind by a removed option or command would be translated for nobody."""
    used = {"help.usage", "help.usage.options", "help.usage.command", "help.options", "help.arguments"}
    used |= {"help.commands", "help.required", "help.option.help", "help.value.värde"}
    root = typer.main.get_command(app)
    for words in COMMANDS:
        command: object = root
        for word in words:
            command = subcommands(command)[word]
        path = ("samverkan", *words)
        used |= {command_key(path), command_key(path) + ".summary"}
        for param in getattr(command, "params", []):
            used.add(param_key(path, param))
            used.add(f"help.value.{str(getattr(param, 'metavar', None)).lower()}")
    unused = sorted(key for key in texts("sv") if key.startswith("help.") and key not in used)
    assert unused == []


def test_short_and_long_help_option_and_lang_before_or_after(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    english = (GOLDEN / "en" / "lint.txt").read_text(encoding="utf-8")
    assert help_of(("lint",), capsys, "--lang", "en") == english
    assert help_of(("--lang", "en", "lint"), capsys) == english
    assert help_of(("lint", "--lang=en"), capsys) == english
    assert run(["lint", "-h", "--lang", "en"]) == 0
    assert capsys.readouterr().out == english
    monkeypatch.setenv("SAMVERKAN_LANG", "en")
    assert help_of(("lint",), capsys) == english
    assert help_of(("lint",), capsys, "--lang", "sv") == (GOLDEN / "lint.txt").read_text(encoding="utf-8")


def test_help_wins_over_other_mistakes_on_the_same_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert help_of(("lint", "--bogus"), capsys) == (GOLDEN / "lint.txt").read_text(encoding="utf-8")


def test_a_group_without_a_command_shows_its_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run([]) == 2
    assert capsys.readouterr() == ("", (GOLDEN / "samverkan.txt").read_text(encoding="utf-8"))
    assert run(["--lang", "en"]) == 2
    assert capsys.readouterr() == ("", (GOLDEN / "en" / "samverkan.txt").read_text(encoding="utf-8"))
    assert run(["new"]) == 2
    assert capsys.readouterr() == ("", (GOLDEN / "new.txt").read_text(encoding="utf-8"))


def test_help_after_a_double_dash_is_an_argument(
    minimal_repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(minimal_repo)
    assert run(["validate", "--", "--help"]) == 2
    assert capsys.readouterr().err == "samverkan: Filen eller mappen --help finns inte.\n"


def test_help_follows_a_narrow_terminal(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    text = help_of(("report",), capsys)
    assert max(len(line) for line in text.splitlines()) <= 58
    assert text.split() == (GOLDEN / "report.txt").read_text(encoding="utf-8").split()  # the same words


def test_no_private_typer_or_click_import() -> None:
    """Typer 0.29 vendors Click as `typer._click`, older Typer depends on `click`: samverkan uses neither directly."""
    pattern = re.compile(r"^\s*(?:from|import)\s+(?:typer\._|click\b)", re.MULTILINE)
    found = [str(path.relative_to(SRC)) for path in SRC.rglob("*.py") if pattern.search(path.read_text("utf-8"))]
    assert found == []


def test_help_texts_live_only_in_the_catalog() -> None:
    """A `help=` in a Typer declaration would be a second, untranslated copy that nobody reads."""
    pattern = re.compile(r"\bhelp\s*=\s*[\"']")
    found = [
        f"{path.name}:{number}"
        for path in sorted((SRC / "cli").glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]
    assert found == []
