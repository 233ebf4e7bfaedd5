"""Jinja templates for the documents samverkan writes, found mkdocs-style and rendered so data cannot break them.

Lookup, first match wins:

1. `--template FILE`;
2. `templates/<name>` in the user's data repository (the folder that holds the data folder);
3. the built-in templates shipped in the package (`samverkan/templates` in a wheel, `templates/` in the source tree).

Every template is rendered in Jinja's `SandboxedEnvironment`: a template from a repository is code that anyone with
a pull request can change, and the sandbox stops it from reaching Python's internals (`''.__class__.__mro__`). The
built-in ones run there too; it costs nothing and keeps one code path. `StrictUndefined` turns a misspelt name into
a finding instead of an empty hole in the minutes.

Markdown has no autoescape, so samverkan brings its own: every `{{ … }}` that prints text passes through
`finalize`, which escapes it as inline Markdown (one line; `|`, `#`, `>`, `<`, backticks, brackets, emphasis and a
leading list marker neutralised). A template asks for something else with a filter that returns already-safe text:
`md_block` for multi-paragraph text, `md_cell` for a table cell, and `markdown` for the output of the template's
own macros (already escaped inside them; never for data). So a follow-up that says `| # Rubrik <script>` stays
text, whatever template prints it.

A document has one language, given to `render` and visible to the template as `lang`: dates (`long_date`,
"15 mars 2021") and numbers (`number`, "33,5") are written in it.

The public web site (`samverkan site`) is HTML: `render(…, markup="html")` turns Jinja's own autoescaping on
instead, so every `{{ … }}` is HTML-escaped unless it is `Markup` that samverkan made itself (an SVG chart);
`paragraphs` writes multi-paragraph text as `<p>` elements, escaped line by line.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.resources
import re
import signal
import threading
import traceback
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from samverkan.catalog import Lang, long_date
from samverkan.catalog import number as catalog_number
from samverkan.diagnostics import Diagnostic, Severity, display_path
from samverkan.models import PartialDate


def builtin_templates_dir() -> Path:
    """The templates shipped with samverkan: inside the installed package, else the source tree's `templates/`."""
    packaged = importlib.resources.files("samverkan") / "templates"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "templates"


@dataclass(frozen=True, slots=True)
class TemplateSource:
    folder: Path
    name: str
    origin: str  # "option", "repository" or "builtin"

    @property
    def path(self) -> Path:
        return self.folder / self.name


def find_template(name: str, data_root: Path, explicit: Path | None = None) -> TemplateSource:
    """The template to use for `name`: `--template FILE`, the repository's `templates/`, else the built-in one."""
    if explicit is not None:
        return TemplateSource(explicit.parent, explicit.name, "option")
    repository_folder = data_root.resolve().parent / "templates"
    builtin = builtin_templates_dir()
    if (repository_folder / name).is_file() and repository_folder.resolve() != builtin.resolve():
        return TemplateSource(repository_folder, name, "repository")
    return TemplateSource(builtin, name, "builtin")


# -------------------------------------------------------------------------------------------------------- escaping


class Md(str):
    """Text that is already Markdown and must not be escaped again."""

    __slots__ = ()


_INLINE = re.compile(r"([\\`*_\[\]|#>])")
_ORDERED = re.compile(r"^([0-9]+)([.)])(?=\s|$)")
_LIST = re.compile(r"^([-+])(?=\s|$)")
_BLOCK_LIST = re.compile(r"([-*+] |[0-9]{1,3}[.)] )(?=\S)")


def _escape_line(line: str) -> str:
    text = _INLINE.sub(r"\\\1", line)
    text = text.replace("<", "&lt;")
    text = _ORDERED.sub(r"\1\\\2", text)
    text = _LIST.sub(r"\\\1", text)
    if text.startswith("-") and not text.strip("- "):  # `---` would underline the line above as a heading
        text = "\\" + text
    if text.startswith(("=", "~")):
        text = f"&#{ord(text[0])};{text[1:]}"
    return text


def _lines(value: object, lang: Lang) -> list[str]:
    return [" ".join(line.split()) for line in _text(value, lang).splitlines()]


def _text(value: object, lang: Lang) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return long_date(value, lang)
    if isinstance(value, PartialDate):
        return value.catalog_text(lang, "")
    if isinstance(value, float):
        return number(value, lang)
    return str(value)


def md_inline(value: object, lang: Lang) -> Md:
    """One line of Markdown-safe text: line breaks become spaces."""
    if isinstance(value, Md):
        return value
    return Md(_escape_line(" ".join(_text(value, lang).split())))


def md_cell(value: object, lang: Lang) -> Md:
    """A table cell: line breaks become `<br>`, and `|` cannot end the cell."""
    if isinstance(value, Md):
        return value
    lines = [_escape_line(line) for line in _lines(value, lang) if line]
    return Md("<br>".join(lines))


def md_block(value: object, lang: Lang, indent: int = 0) -> Md:
    """Paragraphs: each line is escaped on its own; blank lines separate paragraphs; `indent` for list items."""
    if isinstance(value, Md):
        return value
    paragraphs: list[list[str]] = [[]]
    for line in _lines(value, lang):
        if line:
            marker = _BLOCK_LIST.match(line)
            if marker:  # a list the author wrote stays a list; only its text is escaped
                paragraphs[-1].append(marker.group(1) + _escape_line(line[marker.end() :]))
            else:
                paragraphs[-1].append(_escape_line(line))
        elif paragraphs[-1]:
            paragraphs.append([])
    pad = " " * indent
    joined = ("\n\n" + pad).join(("\n" + pad).join(lines) for lines in paragraphs if lines)
    return Md(joined)


def number(value: object, lang: Lang) -> str:
    """A number as the document's language writes it, no `.0` on whole numbers: `40`, `33,5` (`33.5`)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return catalog_number(value, lang)
    return str(value)


def _trusted(value: object) -> Md:
    """The template's own Markdown, e.g. what one of its macros returned (whose values were escaped inside it)."""
    return Md(str(value))


class _Filters:
    """The filters and `finalize` of one rendering, in the document's language."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def finalize(self, value: object) -> object:
        if isinstance(value, Md | bool | int):
            return value
        return md_inline(value, self.lang)

    def md(self, value: object) -> Md:
        return md_inline(value, self.lang)

    def md_cell(self, value: object) -> Md:
        return md_cell(value, self.lang)

    def md_block(self, value: object, indent: int = 0) -> Md:
        return md_block(value, self.lang, indent)

    def long_date(self, value: dt.date | PartialDate | None, lang: Lang | None = None) -> Md:
        """`15 mars 2021`; a date the document gives as a month or a year at that precision (`mars 2024`, `2024`)."""
        if value is None:
            return Md("")
        if isinstance(value, PartialDate):
            return Md(_escape_line(value.catalog_text(lang or self.lang, "")))
        return Md(long_date(value, lang or self.lang))

    def number(self, value: object) -> str:
        return number(value, self.lang)


class _HtmlFilters:
    """`finalize` and the filters of an HTML page: Jinja escapes what they return unless it is already `Markup`."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def finalize(self, value: object) -> object:
        if isinstance(value, bool | int) or hasattr(value, "__html__"):
            return value
        return _CONTROL.sub("", _text(value, self.lang))

    def long_date(self, value: dt.date | PartialDate | None, lang: Lang | None = None) -> str:
        return _text(value, lang or self.lang)

    def number(self, value: object) -> str:
        return number(value, self.lang)

    def paragraphs(self, value: object) -> object:
        """Paragraphs separated by blank lines, each a `<p>`; a line break inside one stays a `<br>`."""
        from markupsafe import Markup, escape

        text = _CONTROL.sub("", _text(value, self.lang))
        blocks = [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]
        return Markup("\n").join(
            Markup("<p>{}</p>").format(Markup("<br>\n").join(escape(line.strip()) for line in block.splitlines()))
            for block in blocks
        )


#: Control characters have no place in a web page (a line break or a tab is kept).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


# -------------------------------------------------------------------------------------------------------- limits

#: A template is code from a pull request: these bound what one rendering may cost. A real document is far below
#: them (the minutes of a large kommun are ~100 kB and loop a few thousand times).
MAX_OUTPUT_CHARS = 20_000_000
MAX_LOOP_STEPS = 2_000_000
MAX_VALUE_CHARS = 5_000_000
MAX_SECONDS = 120
MAX_MEMORY_BYTES = 2 * 1024**3


class _TemplateOutside(Exception):
    """A template named a file that is a symbolic link or lies outside its folder."""


class _TooLong(Exception):
    """The template's loops went round more often than any document needs."""


class _TooLarge(Exception):
    """The template built a text or list larger than any document needs."""


def _guarded_loader(folder: Path) -> Any:
    """A FileSystemLoader that reads only ordinary files inside `folder`: no symbolic link (a link in `templates/`
    would let a pull request include any readable file on the machine), no `..`, nothing but regular files."""
    from jinja2 import FileSystemLoader

    class GuardedLoader(FileSystemLoader):
        def get_source(self, environment: Any, template: str) -> Any:
            root = Path(folder)
            parts = [part for part in template.replace("\\", "/").split("/") if part not in ("", ".")]
            path = root
            for part in parts:
                if part == "..":
                    raise _TemplateOutside(template)
                path = path / part
                if path.is_symlink():
                    raise _TemplateOutside(template)
            if path.exists() and not path.is_file():
                raise _TemplateOutside(template)
            return super().get_source(environment, template)

    return GuardedLoader(str(folder))


def _bounded_environment(**options: Any) -> Any:
    """Jinja's sandbox with a budget: loops (`range` and every `for`), repeated text and output are counted."""
    from jinja2.sandbox import SandboxedEnvironment

    class BoundedEnvironment(SandboxedEnvironment):
        intercepted_binops = frozenset(["*", "**", "+"])

        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.steps = 0
            self.globals["range"] = self.counted_range

        def spend(self, steps: int) -> None:
            self.steps += steps
            if self.steps > MAX_LOOP_STEPS:
                raise _TooLong

        def counted_range(self, *args: int) -> _CountedRange:
            numbers = range(*args)
            if len(numbers) > MAX_LOOP_STEPS:
                raise _TooLong
            return _CountedRange(numbers, self.spend)

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            if operator == "**" and isinstance(right, int) and abs(right) > 10_000:
                raise _TooLarge
            if operator == "*" and isinstance(left, int) and isinstance(right, str | list | tuple):
                left, right = right, left
            repeats = operator == "*" and isinstance(left, str | list | tuple) and isinstance(right, int)
            if repeats and len(left) * right > MAX_VALUE_CHARS:
                raise _TooLarge
            result = super().call_binop(context, operator, left, right)
            if isinstance(result, str | list | tuple) and len(result) > MAX_VALUE_CHARS:
                raise _TooLarge
            return result

    environment = BoundedEnvironment(**options)
    return environment


class _CountedRange:
    """`range` for a template: every number handed out costs one step of the budget, however often it is walked
    (`{% set r = range(1000) %}` walked in three nested loops is a billion steps, not a thousand)."""

    def __init__(self, numbers: range, spend: Callable[[int], None]) -> None:
        self._numbers = numbers
        self._spend = spend

    def __iter__(self) -> Iterator[int]:
        for number in self._numbers:
            self._spend(1)
            yield number

    def __len__(self) -> int:
        return len(self._numbers)

    def __contains__(self, item: object) -> bool:
        return item in self._numbers


@contextlib.contextmanager
def _deadline(seconds: int) -> Iterator[None]:
    """The last bound on a template's time, for loops the budget does not see (nested loops over long data):
    an alarm ends the rendering. Only where there is one (Unix, main thread); elsewhere the budget alone holds."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise _TooLong

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _memory_cap(extra_bytes: int) -> Iterator[None]:
    """A ceiling on the address space while a template renders, so that text doubled in a loop (`s ~ s`, which the
    sandbox cannot intercept) ends as MemoryError, a finding, instead of the machine swapping. Linux only."""
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as statm:
            in_use = int(statm.read().split()[0]) * resource.getpagesize()
        previous = resource.getrlimit(resource.RLIMIT_AS)
        ceiling = in_use + extra_bytes
        if previous[1] != resource.RLIM_INFINITY:
            ceiling = min(ceiling, previous[1])
        resource.setrlimit(resource.RLIMIT_AS, (ceiling, previous[1]))
    except (ImportError, OSError, ValueError):
        yield
        return
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, previous)


def _bounded_output(chunks: Any) -> str:
    """The rendered text, stopped as soon as it grows beyond any document's size."""
    parts: list[str] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > MAX_OUTPUT_CHARS:
            raise _TooLarge
        parts.append(chunk)
    return "".join(parts)


# -------------------------------------------------------------------------------------------------------- rendering


def render(
    source: TemplateSource, context: Mapping[str, Any], lang: Lang, markup: Literal["markdown", "html"] = "markdown"
) -> tuple[str | None, list[Diagnostic]]:
    """Render the template; every problem with it becomes one finding pointing at the template's line.

    `lang` is the document's language: dates and numbers are written in it, and the template sees it as `lang`.
    `markup` is what the template writes: Markdown (samverkan's own escaping) or HTML (Jinja's autoescaping)."""
    from jinja2 import (
        ChoiceLoader,
        PrefixLoader,
        StrictUndefined,
        TemplateError,
        TemplateNotFound,
        TemplateSyntaxError,
        UndefinedError,
    )
    from jinja2.exceptions import SecurityError

    builtin = _guarded_loader(builtin_templates_dir())
    filters = _Filters(lang)
    html = _HtmlFilters(lang)
    environment = _bounded_environment(
        loader=ChoiceLoader([_guarded_loader(source.folder), PrefixLoader({"builtin": builtin})]),
        undefined=StrictUndefined,
        autoescape=markup == "html",
        finalize=html.finalize if markup == "html" else filters.finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    if markup == "html":
        environment.filters.update(long_date=html.long_date, number=html.number, paragraphs=html.paragraphs)
    else:
        environment.filters.update(
            md=filters.md,
            md_cell=filters.md_cell,
            md_block=filters.md_block,
            long_date=filters.long_date,
            number=filters.number,
            markdown=_trusted,
        )
    shown = display_path(source.path)
    try:
        template = environment.get_template(source.name)
        with _deadline(MAX_SECONDS), _memory_cap(MAX_MEMORY_BYTES):
            text = _tidy(_bounded_output(template.generate(**context, lang=lang)))
    except TemplateSyntaxError as error:
        where = display_path(Path(error.filename)) if error.filename else shown
        return None, [_finding(where, error.lineno, "template-syntax", {"problem": _syntax_problem(error)})]
    except SecurityError as error:
        return None, [_finding(*_template_place(error, source), "template-unsafe", {})]
    except UndefinedError as error:
        code = "template-unsafe" if isinstance(error.__cause__, SecurityError) else "template-undefined"
        return None, [_finding(*_template_place(error, source), code, {})]
    except TemplateNotFound as error:
        return None, [_finding(*_template_place(error, source), "template-missing", {})]
    except UnicodeDecodeError:
        return None, [_finding(shown, None, "template-unreadable", {})]
    except _TemplateOutside as error:
        return None, [_finding(*_template_place(error, source), "template-outside", {})]
    except RecursionError as error:
        return None, [_finding(*_template_place(error, source), "template-recursion", {})]
    except _TooLong as error:
        return None, [_finding(*_template_place(error, source), "template-too-long", {})]
    except (_TooLarge, MemoryError, OverflowError) as error:
        return None, [_finding(*_template_place(error, source), "template-too-large", {})]
    except (TemplateError, ArithmeticError, TypeError, ValueError, LookupError, AttributeError) as error:
        return None, [_finding(*_template_place(error, source), "template-error", {"kind": type(error).__name__})]
    return text, []


def _tidy(text: str) -> str:
    """No trailing spaces, at most one blank line in a row, one newline at the end: stable golden files."""
    lines = [line.rstrip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


def _finding(file: str, line: int | None, code: str, params: dict[str, object]) -> Diagnostic:
    return Diagnostic(file, line, 1 if line else None, code, Severity.ERROR, params)


def _syntax_problem(error: Exception) -> str:
    """Jinja's own words about the syntax: they name template tokens, never data."""
    return str(getattr(error, "message", None) or "").split("\n")[0][:200].rstrip(".") or type(error).__name__


def _template_place(error: BaseException, source: TemplateSource) -> tuple[str, int | None]:
    """The template file and line, from the traceback frames Jinja rewrites to point into the template."""
    folders = {source.folder.resolve(), builtin_templates_dir().resolve()}
    place: tuple[str, int | None] = (display_path(source.path), None)
    for frame in traceback.extract_tb(error.__traceback__):
        path = Path(frame.filename)
        if path.parent.resolve() in folders:
            place = (display_path(path), frame.lineno)
    return place
