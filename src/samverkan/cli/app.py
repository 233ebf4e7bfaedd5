"""The Typer app, the options every command shares, and `main`, the one place that turns outcomes into exit codes."""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, TextIO

import typer
from typer._click import exceptions as click_exceptions

from samverkan import __version__
from samverkan.diagnostics import LANGS, Lang

if TYPE_CHECKING:
    from samverkan.repository import Repository

app = typer.Typer(
    name="samverkan",
    help="Kommunens och Polisens brottsförebyggande samverkan som YAML i git: "
    "validera, linta, följ upp och skriv minnesanteckningar.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

FORMATS = ("text", "json", "github")


class UsageProblem(Exception):
    """Bad usage (exit 2), with a message in both languages."""

    def __init__(self, sv: str, en: str) -> None:
        super().__init__(sv)
        self.sv = sv
        self.en = en


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"samverkan {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Visa versionen och avsluta."),
    ] = False,
) -> None:
    """Kommunens och Polisens brottsförebyggande samverkan som YAML i git."""


DataOption = Annotated[
    Path | None,
    typer.Option(
        "--data",
        metavar="MAPP",
        help="Datamappen. Annars $SAMVERKAN_DATA, annars data/ i aktuell mapp eller närmaste mapp ovanför.",
        show_default=False,
    ),
]
LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="SPRÅK",
        help="Språk för meddelanden: sv (förval) eller en. Annars $SAMVERKAN_LANG.",
        show_default=False,
    ),
]
FormatOption = Annotated[
    str,
    typer.Option(
        "--format", metavar="FORMAT", help="Utdataformat: text (förval), json eller github.", show_default=False
    ),
]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="DATUM",
        help="Datum (ÅÅÅÅ-MM-DD) som ersätter dagens datum, för reproducerbara resultat.",
        show_default=False,
    ),
]


def choose_lang(given: str | None) -> Lang:
    wanted = (given or os.environ.get("SAMVERKAN_LANG") or "sv").strip().lower()
    for lang in LANGS:
        if wanted == lang:
            return lang
    raise UsageProblem(
        "Okänt språk för --lang eller SAMVERKAN_LANG. Välj sv eller en.",
        "Unknown language for --lang or SAMVERKAN_LANG. Choose sv or en.",
    )


def choose_format(given: str) -> str:
    if given not in FORMATS:
        raise UsageProblem(
            f"Okänt format för --format. Välj ett av: {', '.join(FORMATS)}.",
            f"Unknown format for --format. Choose one of: {', '.join(FORMATS)}.",
        )
    return given


def choose_today(as_of: str | None) -> dt.date:
    """`--as-of` replaces today everywhere it matters; without it, today's date on this machine."""
    if as_of is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(as_of) if len(as_of) == 10 else _bad_date()
    except ValueError:
        return _bad_date()


def _bad_date() -> NoReturn:
    raise UsageProblem(
        "--as-of ska vara ett datum som finns, skrivet ÅÅÅÅ-MM-DD, t.ex. 2021-01-15.",
        "--as-of must be a real date written YYYY-MM-DD, e.g. 2021-01-15.",
    )


def choose_data_folder(given: Path | None) -> Path:
    from samverkan.repository import DataFolderError, find_data_folder

    try:
        return find_data_folder(str(given) if given is not None else None)
    except DataFolderError as error:
        raise UsageProblem(
            f"Hittar ingen datamapp ({error}). Ange den med --data eller SAMVERKAN_DATA, "
            "eller kör kommandot i en mapp som har en data/-mapp.",
            f"No data folder found ({error}). Give it with --data or SAMVERKAN_DATA, "
            "or run the command in a folder that has a data/ folder.",
        ) from None


def load_data(root: Path, only: list[Path] | None = None) -> Repository:
    """The repository read from `root` (or only the files `only`); a folder with no YAML file is bad usage (exit 2)."""
    from samverkan.diagnostics import display_path
    from samverkan.repository import load_repository

    repository = load_repository(root, only)
    if repository.files_checked == 0:
        shown = display_path(root)
        raise UsageProblem(
            f"Det finns inga YAML-filer att läsa i {shown}.", f"There are no YAML files to read in {shown}."
        )
    return repository


def main(argv: list[str] | None = None) -> NoReturn:
    """Run the CLI and exit with the command's code. Nothing a user types ends in a traceback."""
    args = sys.argv[1:] if argv is None else argv
    # Pydantic looks for third-party plugins through every installed package's metadata (~12 ms a start);
    # samverkan uses none. A user who wants one can still set the variable themselves.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    sys.stdout = _PipeGuard(sys.stdout)
    sys.exit(run(args))


class _PipeGuard:
    """stdout that outlives `samverkan … | head`: once the reader has gone, the rest goes to /dev/null.

    The command then finishes and exits with its own code, so `validate | head` still fails on bad data and
    `overdue | head` still succeeds, under `set -o pipefail` too (Click's own handler would exit 1 either way).
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            self._divert()
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._divert()

    def _divert(self) -> None:
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, self._stream.fileno())  # what is still buffered is flushed there at exit
        except (OSError, ValueError):
            pass
        finally:
            os.close(devnull)
        self._stream = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def run(args: list[str]) -> int:
    try:
        result = app(args=args, prog_name="samverkan", standalone_mode=False)
    except UsageProblem as problem:
        lang = _lang_for_errors(args)
        sys.stderr.write(f"samverkan: {problem.sv if lang == 'sv' else problem.en}\n")
        return 2
    except click_exceptions.NoArgsIsHelpError as error:
        typer.echo(error.ctx.get_help() if error.ctx else "", err=True)
        return 2
    except click_exceptions.UsageError as error:
        command = error.ctx.command_path if error.ctx else _command_path(args)
        if _lang_for_errors(args) == "sv":
            sys.stderr.write(f"samverkan: fel i kommandoraden: {_usage_sv(error)}\nSe `{command} --help`.\n")
        else:
            sys.stderr.write(f"samverkan: usage error: {error.format_message()}\nSee `{command} --help`.\n")
        return 2
    except click_exceptions.ClickException as error:
        sys.stderr.write(f"samverkan: {error.format_message()}\n")
        return error.exit_code
    except (typer.Abort, KeyboardInterrupt):
        sys.stderr.write("\nsamverkan: avbrutet.\n")
        return 130
    except Exception as error:
        sys.stderr.write(
            f"samverkan: internt fel ({type(error).__name__}). Det här är ett fel i samverkan, inte i dina filer; "
            "rapportera det gärna med kommandot du körde.\n"
        )
        return 2
    return result if isinstance(result, int) else 0


_EXTRA_ARGS = re.compile(r"Got unexpected extra argument(?:\(s\)|s)? \((.*)\)$", re.DOTALL)
_NO_COMMAND = re.compile(r"No such command (.*?)\.(?: Did you mean (.*?)\?)?$", re.DOTALL)


def _command_path(args: list[str]) -> str:
    """`samverkan lint` for `lint --format`: the (sub)command the arguments name, for an error Click gave no context."""
    import typer.main

    command: object = typer.main.get_command(app)
    words = ["samverkan"]
    for arg in args:
        commands = getattr(command, "commands", None)
        if arg.startswith("-") or not isinstance(commands, dict) or arg not in commands:
            break
        command = commands[arg]
        words.append(arg)
    return " ".join(words)


def _usage_sv(error: click_exceptions.UsageError) -> str:
    """Click's own usage messages in Swedish; an unusual one is shown as Click wrote it.

    Only what the user typed on the command line (an option, a command) is repeated, never anything from a file.
    """
    message = error.format_message()
    if isinstance(error, click_exceptions.NoSuchOption):
        text = f"okänd flagga {error.option_name}"
        if error.possibilities:
            text += f" (menade du {' eller '.join(sorted(error.possibilities))}?)"
        return text + "."
    if isinstance(error, click_exceptions.MissingParameter):
        param = error.param
        if param is not None and param.param_type_name == "option" and param.opts:
            return f"flaggan {param.opts[0]} saknas; den måste anges."
        if param is not None and param.name:
            return f"argumentet {param.name} saknas."
        return "ett värde saknas."
    if isinstance(error, click_exceptions.BadOptionUsage):
        if "requires" in message:
            return f"flaggan {error.option_name} behöver ett värde efter sig."
        if "does not take a value" in message:
            return f"flaggan {error.option_name} tar inget värde."
        return message
    extra = _EXTRA_ARGS.match(message)
    if extra:
        return f"oväntade argument ({extra.group(1)}); kommandot tar inga fler argument."
    unknown = _NO_COMMAND.match(message)
    if unknown:
        text = f"okänt kommando {unknown.group(1)}."
        return text + (f" Menade du {unknown.group(2)}?" if unknown.group(2) else "")
    return message


def _lang_for_errors(args: list[str]) -> Lang:
    """The language for an error found while parsing the options themselves."""
    given = None
    for index, arg in enumerate(args):
        if arg == "--lang" and index + 1 < len(args):
            given = args[index + 1]
        elif arg.startswith("--lang="):
            given = arg.split("=", 1)[1]
    try:
        return choose_lang(given)
    except UsageProblem:
        return "sv"
