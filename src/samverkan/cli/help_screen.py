"""Help screens in the user's language, written from the command tree and the catalog (`help.*` keys).

Click's own help is English in its frame ("Usage:", "Options:", "Show this message and exit.") and Typer adds
Python types to value names (`<list[Path]>`). So `run` answers `-h`/`--help` itself: `find_help` reads the
arguments the way Click will, and `help_text` writes the screen from the public attributes of the Click command
objects that `typer.main.get_command` builds (names, options, metavars, whether a value is required) and from the
catalog. Nothing here imports Click or a private Typer module, so it works with Typer that vendors Click and with
Typer that depends on it.
"""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from samverkan.catalog import Lang, Msg, has, render, shown

#: The option that asks for help; `app` declares the same names in its context settings.
HELP_OPTIONS = ("-h", "--help")


@dataclass(frozen=True, slots=True)
class HelpRequest:
    """Help for `command` (named `words`): asked for (stdout, exit 0), or a group given no command (stderr, exit 2)."""

    command: object
    words: tuple[str, ...]
    asked: bool


def subcommands(command: object) -> dict[str, object]:
    """A group's commands by name (empty for a command that is not a group)."""
    commands = getattr(command, "commands", None)
    return dict(commands) if isinstance(commands, dict) else {}


def is_group(command: object) -> bool:
    return isinstance(getattr(command, "commands", None), dict)


def find_help(root: object, args: Sequence[str], prog: str = "samverkan") -> HelpRequest | None:
    """The help screen the arguments ask for, or None when Click should parse them (and maybe explain a mistake)."""
    head = list(args[: args.index("--")]) if "--" in args else list(args)
    command, words, index = root, [prog], 0
    while is_group(command):
        if index >= len(head):
            return HelpRequest(command, tuple(words), asked=False) if index == len(args) else None
        arg = head[index]
        if arg in HELP_OPTIONS:
            return HelpRequest(command, tuple(words), asked=True)
        if arg.startswith("-"):
            option = _option_named(command, arg.split("=", 1)[0])
            if option is None or getattr(option, "is_flag", False):
                return None  # `--version`, or an unknown option: Click acts on it or explains it
            index += 1 if "=" in arg else 2
            if index > len(head):
                return None  # the option's value is missing: Click says so
            continue
        found = subcommands(command).get(arg)
        if found is None:
            return None  # an unknown command: Click says so
        command, index = found, index + 1
        words.append(arg)
    if any(arg in HELP_OPTIONS for arg in head[index:]):
        return HelpRequest(command, tuple(words), asked=True)
    return None


def _option_named(command: object, name: str) -> object | None:
    for param in _params(command):
        if name in (*getattr(param, "opts", ()), *getattr(param, "secondary_opts", ())):
            return param
    return None


def _params(command: object) -> list[object]:
    return [param for param in getattr(command, "params", None) or [] if not getattr(param, "hidden", False)]


def command_key(words: Sequence[str]) -> str:
    """`help.root`, `help.lint`, `help.new.followup`: the catalog key describing the command `words` names."""
    return "help." + (".".join(words[1:]) if len(words) > 1 else "root")


def option_name(param: object) -> str:
    """An option's name in catalog keys: its longest form without dashes (`--as-of` → `as-of`); an argument's name."""
    if getattr(param, "param_type_name", "") == "argument":
        return str(getattr(param, "name", ""))
    forms: list[str] = list(getattr(param, "opts", ()))
    return max(forms, key=len).lstrip("-") if forms else str(getattr(param, "name", ""))


def param_key(words: Sequence[str], param: object) -> str:
    """The catalog key explaining `param`: one for this command if the catalog has it, else the shared one."""
    command = command_key(words)
    if getattr(param, "param_type_name", "") == "argument":
        return f"{command}.argument.{option_name(param)}"
    own = f"{command}.option.{option_name(param)}"
    return own if has(own) else f"help.option.{option_name(param)}"


def value_message(param: object) -> Msg | str:
    """The name of the value an option or argument takes (`MAPP`/`FOLDER`): its metavar, through the catalog."""
    metavar = str(getattr(param, "metavar", None) or "VÄRDE")
    key = f"help.value.{metavar.lower()}"
    return Msg(key) if has(key) else metavar


def value_name(param: object, lang: Lang) -> str:
    return shown(value_message(param), lang)


def takes_value(param: object) -> bool:
    return getattr(param, "param_type_name", "") == "argument" or not getattr(param, "is_flag", False)


def _format_names() -> list[str]:
    from samverkan.reporters import REPORTERS

    return list(REPORTERS)


#: Values that help texts name and that have their one source elsewhere, by option name; imported only when shown.
HELP_PARAMS: dict[str, Callable[[], dict[str, object]]] = {"format": lambda: {"formats": _format_names()}}


def help_width() -> int:
    """As wide as the terminal, but never wider than 78 columns (nor narrower than 50), as Click does."""
    return max(min(shutil.get_terminal_size().columns, 80) - 2, 50)


def help_text(request: HelpRequest, lang: Lang, width: int | None = None) -> str:
    width = width or help_width()
    command, words = request.command, request.words
    params = _params(command)
    lines = [*_usage(command, words, params, lang, width), ""]
    for paragraph in render(command_key(words), lang).split("\n\n"):
        lines.extend(_wrap(paragraph, width, "  "))
        lines.append("")

    arguments = [p for p in params if getattr(p, "param_type_name", "") == "argument"]
    if arguments:
        lines.append(render("help.arguments", lang))
        rows = [(value_name(p, lang), _param_help(words, p, lang)) for p in arguments]
        lines.extend(_table(rows, width))
        lines.append("")

    options = [p for p in params if getattr(p, "param_type_name", "") != "argument"]
    rows = [(_option_term(p, lang), _param_help(words, p, lang)) for p in options]
    rows.append((", ".join(HELP_OPTIONS), render("help.option.help", lang)))
    lines.append(render("help.options", lang))
    lines.extend(_table(rows, width))

    commands = {name: sub for name, sub in subcommands(command).items() if not getattr(sub, "hidden", False)}
    if commands:
        lines.append("")
        lines.append(render("help.commands", lang))
        rows = [(name, render(command_key([*words, name]) + ".summary", lang)) for name in sorted(commands)]
        lines.extend(_table(rows, width))
    return "\n".join(lines) + "\n"


def _usage(command: object, words: Sequence[str], params: list[object], lang: Lang, width: int) -> list[str]:
    """`Användning: samverkan report --quarter PERIOD [FLAGGOR]`; a long one continues under the command, as in Click."""
    pieces: list[str] = []
    for param in params:  # a required option is part of the usage: `report --quarter PERIOD`
        if getattr(param, "param_type_name", "") != "argument" and getattr(param, "required", False):
            pieces.append(f"{max(getattr(param, 'opts', ()), key=len)}\u00a0{value_name(param, lang)}")  # kept together
    pieces.append(render("help.usage.options", lang))
    for param in params:
        if getattr(param, "param_type_name", "") == "argument":
            name = value_name(param, lang)
            shown = name if getattr(param, "required", False) else f"[{name}]"
            pieces.append(shown + ("..." if getattr(param, "nargs", 1) == -1 else ""))
    if is_group(command):
        pieces.append(render("help.usage.command", lang))
    prefix = f"{render('help.usage', lang)} {' '.join(words)} "
    lines = textwrap.wrap(
        prefix + " ".join(pieces),
        width=width,
        subsequent_indent=" " * len(prefix),
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [line.replace("\u00a0", " ") for line in lines]


def _option_term(param: object, lang: Lang) -> str:
    forms = ", ".join(getattr(param, "opts", ()))
    secondary = ", ".join(getattr(param, "secondary_opts", ()))
    if secondary:
        forms = f"{forms} / {secondary}"
    return f"{forms} {value_name(param, lang)}" if takes_value(param) else forms


def _param_help(words: Sequence[str], param: object, lang: Lang) -> str:
    default = getattr(param, "default", None)
    values: dict[str, object] = {"default": default if isinstance(default, str) else ""}
    provider = HELP_PARAMS.get(option_name(param))
    if provider is not None:
        values.update(provider())
    text = render(param_key(words, param), lang, values)
    if getattr(param, "required", False):
        text += "  " + render("help.required", lang)
    return text


def _wrap(text: str, width: int, indent: str) -> list[str]:
    return textwrap.wrap(
        text,
        width=width,
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [indent.rstrip()]


def _table(rows: list[tuple[str, str]], width: int) -> list[str]:
    """Two columns as Click's `write_dl` writes them: terms up to 30 characters, the text wrapped beside them."""
    first = min(max(len(term) for term, _ in rows), 30) + 2
    text_width = max(width - first - 2, 10)
    lines: list[str] = []
    for term, text in rows:
        wrapped = textwrap.wrap(text, width=text_width, break_long_words=False, break_on_hyphens=False) or [""]
        if len(term) <= first - 2:
            lines.append(f"  {term:<{first}}{wrapped[0]}".rstrip())
            rest = wrapped[1:]
        else:
            lines.append(f"  {term}")
            rest = wrapped
        lines.extend(f"{' ' * (first + 2)}{line}" for line in rest)
    return lines
