"""The Typer app, the options every command shares, and `main`, the one place that turns outcomes into exit codes.

Everything a user reads here comes from the catalog (`samverkan.catalog.cli`): help screens are written by
`samverkan.cli.help_screen`, and Click's usage errors are told in the user's language by `run`. Click is reached
only through Typer's public API (`typer.main.get_command` and the exception classes Typer exports), so the same
code runs on the Typer that vendors Click and on the Typer that depends on it.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import gc
import inspect
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, TextIO, get_type_hints

import typer
import typer.main

from samverkan import __version__
from samverkan.catalog import LANGS, Lang, Msg, msg

if TYPE_CHECKING:
    from samverkan.repository import Repository

app = typer.Typer(
    name="samverkan",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def command_group(name: str) -> typer.Typer:
    """A group of commands under `samverkan NAME` (`render agreement`, `new followup`), with the root's settings."""
    group = typer.Typer(name=name, no_args_is_help=True, rich_markup_mode=None)
    app.add_typer(group, name=name)
    return group


class UsageProblem(Exception):
    """Bad usage (exit 2): a catalog key and its parameters, rendered in the user's language by `run`."""

    def __init__(self, key: str, /, **params: object) -> None:
        super().__init__(key)
        self.message = Msg(key, params)


#: `--lang` given before the command (`samverkan --lang en lint`), for `choose_lang`; `run` clears it.
_before_command: dict[str, str | None] = {"lang": None}


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"samverkan {__version__}")
        raise typer.Exit()


DataOption = Annotated[Path | None, typer.Option("--data", metavar="MAPP", show_default=False)]
#: `--data` given any number of times, for the commands that check a whole region in one run (validate, lint).
DataFoldersOption = Annotated[list[Path] | None, typer.Option("--data", metavar="MAPP", show_default=False)]
LangOption = Annotated[str | None, typer.Option("--lang", metavar="SPRÅK", show_default=False)]
FormatOption = Annotated[str, typer.Option("--format", metavar="FORMAT", show_default=False)]
AsOfOption = Annotated[str | None, typer.Option("--as-of", metavar="DATUM", show_default=False)]
#: `validate` and `lint` answer from `.samverkan_cache/` when nothing changed (samverkan.cache); this turns it off.
NoCacheOption = Annotated[bool, typer.Option("--no-cache")]
#: How many worker processes read a large folder (`validate`, `lint`); see `choose_jobs`.
JobsOption = Annotated[str | None, typer.Option("--jobs", metavar="ANTAL", show_default=False)]
#: Help texts: `help.option.<name>` in samverkan.catalog.cli, or a command's own `help.<command>.option.<name>`.
ForceOption = Annotated[bool, typer.Option("--force")]
TemplateOption = Annotated[Path | None, typer.Option("--template", metavar="FIL", show_default=False)]
OutputOption = Annotated[Path | None, typer.Option("-o", "--output", metavar="FIL", show_default=False)]
DocumentFormatOption = Annotated[str | None, typer.Option("--format", metavar="FORMAT", show_default=False)]


@app.callback()
def _root(
    lang: LangOption = None,
    version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True)] = False,
) -> None:
    """The options before the command. Help texts: `help.*` in samverkan.catalog.cli."""
    _before_command["lang"] = lang


def choose_lang(given: str | None) -> Lang:
    """`--lang` after the command, else `--lang` before it, else $SAMVERKAN_LANG, else Swedish."""
    wanted = (given or _before_command["lang"] or os.environ.get("SAMVERKAN_LANG") or "sv").strip().lower()
    for lang in LANGS:
        if wanted == lang:
            return lang
    raise UsageProblem("usage.unknown-lang", choices=list(LANGS))


def choose_format(given: str) -> str:
    """`--format`: one of the reporters (`samverkan.reporters.REPORTERS`, the one list of formats)."""
    from samverkan.reporters import REPORTERS

    if given not in REPORTERS:
        raise UsageProblem("usage.unknown-format", choices=list(REPORTERS))
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
    raise UsageProblem("usage.bad-as-of")


def choose_jobs(given: str | None) -> int:
    """`--jobs N`: N worker processes (1: none); without it, one per processor core this process may use."""
    if given is None:
        cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else range(os.cpu_count() or 1)
        return max(len(cores), 1)
    if not given.isascii() or not given.isdigit() or not 1 <= int(given) <= MAX_JOBS:
        raise UsageProblem("usage.bad-jobs", limit=MAX_JOBS)
    return int(given)


#: More workers than this only cost memory: each holds its share of the parsed files until the parent takes them.
MAX_JOBS = 64


@dataclass(frozen=True)
class Choices:
    """The options most commands share, checked: the language, the data folder, the day and the output format."""

    lang: Lang
    root: Path
    today: dt.date
    output_format: str


def choose(*, lang: str | None, data: Path | None, as_of: str | None = None, output_format: str = "text") -> Choices:
    """Every shared option of a command at once. The language comes first, so later usage problems speak it."""
    chosen_lang = choose_lang(lang)
    chosen_format = choose_format(output_format)
    return Choices(chosen_lang, choose_data_folder(data), choose_today(as_of), chosen_format)


@dataclass(frozen=True)
class SharedOptions:
    """The options that several commands share, as the user typed them (unchecked; `choose` checks them).

    A command asks for those it takes with `@shared_options(...)`; the others keep their defaults here. Each field's
    type is the option as Typer reads it, and the fields stand in the order every help screen lists them, after the
    command's own options."""

    as_of: AsOfOption = None
    template: TemplateOption = None
    output: OutputOption = None
    document_format: DocumentFormatOption = None
    force: ForceOption = False
    data: DataOption = None
    lang: LangOption = None

    def choose(self, output_format: str = "text") -> Choices:
        return choose(lang=self.lang, data=self.data, as_of=self.as_of, output_format=output_format)


Command = Callable[..., int]


def shared_options(*names: str) -> Callable[[Command], Command]:
    """Give a command the shared options `names`; it receives them as one `options: SharedOptions` parameter.

    Typer has no parameter objects, but it reads a command's `inspect.signature`: the command as Typer sees it takes
    its own parameters and then each shared option, so its options and help screen are as if each were written out.
    """
    option_types = get_type_hints(SharedOptions, include_extras=True)
    wanted = {name: option_types[name] for name in names}  # a misspelt name fails when the command is defined
    shared = [
        inspect.Parameter(
            field.name, inspect.Parameter.KEYWORD_ONLY, default=field.default, annotation=wanted[field.name]
        )
        for field in fields(SharedOptions)
        if field.name in wanted
    ]

    def decorate(command: Command) -> Command:
        own = [
            param for param in inspect.signature(command, eval_str=True).parameters.values() if param.name != "options"
        ]

        @functools.wraps(command)
        def with_shared_options(**given: object) -> int:
            options = SharedOptions(**{name: given.pop(name) for name in names})  # type: ignore[arg-type]
            return command(**given, options=options)

        parameters = [*own, *shared]
        with_shared_options.__signature__ = inspect.Signature(parameters, return_annotation=int)  # type: ignore[attr-defined]
        # Typer resolves annotations with `typing.get_type_hints`: give it the objects, not the strings of `command`.
        with_shared_options.__annotations__ = {param.name: param.annotation for param in parameters} | {"return": int}
        return with_shared_options

    return decorate


def choose_data_folders(given: list[Path] | None) -> list[Path]:
    """Every `--data` folder, in the order given (the first is `Choices.root`), each once; none given: the usual one."""
    folders: list[Path] = []
    for folder in [choose_data_folder(path) for path in given] if given else [choose_data_folder(None)]:
        if folder.resolve() not in {seen.resolve() for seen in folders}:
            folders.append(folder)
    return folders


def choose_data_folder(given: Path | None) -> Path:
    from samverkan.datafolder import DataFolderError, find_data_folder

    try:
        return find_data_folder(str(given) if given is not None else None)
    except DataFolderError as error:
        raise UsageProblem("usage.no-data-folder", reason=str(error)) from None


def load_data(
    root: Path, only: list[Path] | None = None, unreadable: list[tuple[Path, OSError]] | None = None, jobs: int = 1
) -> Repository:
    """The repository read from `root` (or only the files `only`, gathered with the folders `unreadable` that could
    not be listed), by `jobs` processes; a folder with no YAML file is bad usage (exit 2)."""
    from samverkan.diagnostics import display_path
    from samverkan.repository import load_repository

    repository = load_repository(root, only, unreadable or (), jobs)
    if _own_process:
        # What was just loaded lives until the process ends: freezing it keeps the cycle collector from scanning it
        # again in every full collection while lint runs (~5 % of a cold lint at 1,000 files, more at 20,000).
        gc.freeze()
    if repository.files_checked == 0:
        raise UsageProblem("usage.no-yaml-files", folder=display_path(root))
    return repository


def tell(stream: TextIO, lang: Lang, key: str, /, **params: object) -> None:
    """One line from the catalog to `stream`."""
    from samverkan.catalog import render

    stream.write(render(key, lang, params) + "\n")


def os_reason(error: OSError) -> Msg:
    """Why the operating system refused, in the user's language for the usual reasons (its own text otherwise)."""
    import errno

    from samverkan.catalog import has

    key = getattr(error, "catalog_reason", None) or f"os.{errno.errorcode.get(error.errno or 0, '').lower()}"
    return Msg(key) if has(key) else msg("os.other", reason=error.strerror or type(error).__name__)


#: Set by `main`: samverkan is its own process, which ends with the command (not a test run or a host program,
#: which call `run` and keep their objects collectable).
_own_process = False


def main(argv: list[str] | None = None) -> NoReturn:
    """Run the CLI and exit with the command's code. Nothing a user types ends in a traceback."""
    global _own_process
    _own_process = True
    args = sys.argv[1:] if argv is None else argv
    # Pydantic looks for third-party plugins through every installed package's metadata (~12 ms a start);
    # samverkan uses none. A user who wants one can still set the variable themselves.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    for stream in (sys.stdout, sys.stderr):
        # A terminal or pipe that cannot show Swedish letters (LANG=C, PYTHONIOENCODING=ascii) gets `\xe4`, not a crash.
        reconfigure = getattr(stream, "reconfigure", None)
        if callable(reconfigure):
            reconfigure(errors="backslashreplace")
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


def _click_class(name: str) -> type[Exception]:
    """One of Click's exception classes, found through the one Typer exports (Click may be vendored or not)."""
    return next(cls for cls in typer.BadParameter.__mro__ if cls.__name__ == name)


def _kinds(error: BaseException) -> set[str]:
    return {cls.__name__ for cls in type(error).__mro__}


def run(args: list[str]) -> int:
    """Run the command `args` name and return its exit code; help, usage errors and failures are written here."""
    from samverkan.catalog import render, say

    _before_command["lang"] = None
    lang = _lang_for_errors(args)
    usage_error, click_error = _click_class("UsageError"), _click_class("ClickException")
    try:
        if any("\x00" in arg for arg in args):  # no real command line has one; older Click crashes on it in a path
            raise UsageProblem("usage.nul-in-argument")
        command = typer.main.get_command(app)
        from samverkan.cli.help_screen import find_help, help_text

        request = find_help(command, args)
        if request is not None:
            (sys.stdout if request.asked else sys.stderr).write(help_text(request, lang))
            return 0 if request.asked else 2
        result = command.main(args=args, prog_name="samverkan", standalone_mode=False)
    except UsageProblem as problem:
        sys.stderr.write(f"samverkan: {say(problem.message, lang)}\n")
        return 2
    except usage_error as error:
        context = getattr(error, "ctx", None)
        where = context.command_path if context is not None else _command_path(args)
        mistake = _usage_message(error, context)
        sys.stderr.write(f"samverkan: {render('usage.command-line', lang, {'problem': mistake, 'command': where})}\n")
        return 2
    except click_error as error:
        sys.stderr.write(f"samverkan: {render('usage.other', lang, {'message': _click_text(error)})}\n")
        return int(getattr(error, "exit_code", 1))
    except KeyboardInterrupt:
        return _aborted(lang)
    except Exception as error:
        if "Abort" in _kinds(error):
            return _aborted(lang)
        sys.stderr.write(f"samverkan: {render('cli.internal-error', lang, {'kind': type(error).__name__})}\n")
        if os.environ.get("SAMVERKAN_DEBUG", "") not in ("", "0"):
            import traceback

            sys.stderr.write("".join(traceback.format_exception(error)))
        return 2
    return result if isinstance(result, int) else 0


def _aborted(lang: Lang) -> int:
    from samverkan.catalog import render

    sys.stderr.write(f"\nsamverkan: {render('cli.aborted', lang)}\n")
    return 130


_EXTRA_ARGS = re.compile(r"Got unexpected extra argument(?:\(s\)|s)? \((.*)\)$", re.DOTALL)
_NO_COMMAND = re.compile(r"No such command (.*?)\.(?: Did you mean .*)?$", re.DOTALL)


def _command_path(args: list[str]) -> str:
    """`samverkan lint` for `lint --format`: the (sub)command the arguments name, for an error Click gave no context."""
    from samverkan.cli.help_screen import subcommands

    command: object = typer.main.get_command(app)
    words = ["samverkan"]
    for arg in args:
        found = subcommands(command).get(arg)
        if arg.startswith("-") or found is None:
            break
        command = found
        words.append(arg)
    return " ".join(words)


def _click_text(error: Exception) -> str:
    format_message = getattr(error, "format_message", None)
    try:
        return str(format_message()) if callable(format_message) else str(error)
    except Exception:  # a Click message that cannot be formatted must not hide the mistake itself
        return str(getattr(error, "message", "") or error)


def _usage_message(error: Exception, context: object) -> Msg:
    """Click's usage error as a catalog message, from the error's attributes; an unusual one as Click wrote it.

    Only what the user typed on the command line (an option, a command) is repeated, never anything from a file.
    """
    from samverkan.cli.help_screen import subcommands, value_message

    kinds = _kinds(error)
    option = getattr(error, "option_name", None)
    if "NoSuchOption" in kinds:
        # Click suggests at difflib's 0.6, where the shared `--` alone lifts `--bogus` to `--jobs`: a misspelling
        # of one of ours (`--fromat`, `--as-off`, `--job`) scores well above 0.7.
        typed = str(option or "")
        choices = sorted(
            choice
            for choice in getattr(error, "possibilities", None) or []
            if difflib.SequenceMatcher(None, typed, choice).ratio() >= 0.7
        )
        if choices:
            return msg("usage.no-such-option.did-you-mean", option=option, choices=choices)
        return msg("usage.no-such-option", option=option)
    if "MissingParameter" in kinds:
        param = getattr(error, "param", None)
        forms = list(getattr(param, "opts", None) or [])
        if getattr(param, "param_type_name", "") == "option" and forms:
            return msg("usage.missing-option", option=max(forms, key=len))
        if param is not None:
            return msg("usage.missing-argument", name=value_message(param))
        return msg("usage.missing-value")
    message = _click_text(error)
    if "BadOptionUsage" in kinds and option:
        if "requires" in message:
            return msg("usage.option-needs-value", option=option)
        if "does not take a value" in message:
            return msg("usage.option-takes-no-value", option=option)
    extra = _EXTRA_ARGS.match(message)
    if extra:
        words = extra.group(1)
        return msg("usage.extra-arguments", words=words, count=len(words.split()))
    unknown = _NO_COMMAND.match(message)
    if unknown:
        name = unknown.group(1).strip("'\"")
        group = getattr(context, "command", None)
        choices = difflib.get_close_matches(name, sorted(subcommands(group)))
        if choices:
            return msg("usage.no-such-command.did-you-mean", command=name, choices=choices)
        return msg("usage.no-such-command", command=name)
    return msg("usage.other", message=message)


def _lang_for_errors(args: list[str]) -> Lang:
    """The language for help and for an error found while parsing the options themselves: the last `--lang`."""
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
