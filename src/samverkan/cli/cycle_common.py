"""Helpers shared by the quarterly-cycle commands (`overdue`, `new followup`, `report`, `render`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from samverkan.catalog import Lang
from samverkan.cli.app import Choices, SharedOptions, UsageProblem, load_data, os_reason

if TYPE_CHECKING:
    from samverkan.diagnostics import Diagnostic
    from samverkan.models import Cadence
    from samverkan.periods import Period
    from samverkan.repository import Repository

#: Help text: `help.option.quarter` in samverkan.catalog.cli.
QuarterOption = Annotated[str, typer.Option("--quarter", metavar="PERIOD", show_default=False)]

#: What a document for people can be written as: Markdown (the template's own output) or Word.
DOCUMENT_FORMATS = ("md", "docx")
_WORD_SUFFIX = ".docx"


def load_valid(chosen: Choices, stream: TextIO, need_agreement: bool = True) -> Repository | None:
    """The repository when it is valid; otherwise its findings are reported on `stream` and None returned.

    A folder with only a council (`bra.yaml`) is valid; a command that needs the agreement (`need_agreement`)
    then stops with a usage problem that says so."""
    from samverkan.diagnostics import has_errors
    from samverkan.reporters import REPORTERS, Summary

    repository = load_data(chosen.root)
    if has_errors(repository.diagnostics) or repository.document is None:
        summary = Summary(repository.files_checked)
        REPORTERS[chosen.output_format](repository.diagnostics, summary, chosen.lang, stream)
        return None
    if need_agreement and repository.agreement is None:
        raise UsageProblem("usage.needs-agreement")
    return repository


#: A period of each cadence, as the usage problem's example.
_EXAMPLE = {
    "vecka": "2024W11",
    "varannan vecka": "2024W11",
    "månad": "2021M09",
    "tertial": "2021T2",
    "kvartal": "2021Q3",
    "halvår": "2021H1",
    "år": "2021",
    "löpande": "2024-02-13",
}


def parse_period(text: str, cadence: Cadence | None) -> Period:
    """`--quarter` as the agreement's cadence wants it (any period form when it sets none); a usage error (exit 2)
    otherwise."""
    from samverkan.periods import Period, PeriodError

    try:
        return Period.parse(text, expect=cadence)
    except PeriodError:
        if cadence is None:
            raise UsageProblem("usage.bad-period-any") from None
        raise UsageProblem("usage.bad-period", cadence=cadence, example=_EXAMPLE[cadence.value]) from None


def refuse_existing(path: Path, force: bool) -> None:
    """`-o FILE` never overwrites without --force (checked before any work; the write itself checks again)."""
    import os

    if not str(path) or str(path) == "." or path.is_dir():
        raise UsageProblem("usage.output-is-folder", path=str(path))
    if not force and os.path.lexists(path):
        raise UsageProblem("usage.output-exists", path=str(path))
    if not path.parent.is_dir():
        raise UsageProblem("usage.output-folder-missing", path=str(path))


def write_output(path: Path, text: str | bytes, force: bool) -> None:
    from samverkan.safe_write import Outcome, write_file

    refuse_existing(path, force)
    try:
        outcome = write_file(path, text, force=force)
    except OSError as error:
        raise UsageProblem("usage.write-failed", path=str(path), reason=os_reason(error)) from None
    if outcome is Outcome.SKIPPED:
        refuse_existing(path, False)


def is_stdout(output: Path | None) -> bool:
    """`-o -` means the screen (standard output), as in most command-line tools."""
    return output is None or str(output) == "-"


def check_document_options(template: Path | None, output: Path | None, force: bool) -> None:
    """Usage problems of `--template` and `-o`, found before any data is read."""
    if template is not None and not template.is_file():
        raise UsageProblem("usage.no-such-template", path=str(template))
    if not is_stdout(output):
        assert output is not None
        refuse_existing(output, force)


def choose_document_format(given: str | None, output: Path | None) -> str:
    """`--format md|docx`, else what `-o`'s name says (`.docx` is Word, anything else Markdown).

    A format and a file name that disagree are a usage error rather than a guess: Markdown in a file named `.docx`
    would not open in Word, and Word in a `.md` would be unreadable as text. Word never goes to the terminal."""
    named_word = not is_stdout(output) and output is not None and output.suffix.lower() == _WORD_SUFFIX
    if given is None:
        return "docx" if named_word else "md"
    if given not in DOCUMENT_FORMATS:
        raise UsageProblem("usage.unknown-document-format", choices=list(DOCUMENT_FORMATS))
    if given == "docx" and is_stdout(output):
        raise UsageProblem("usage.word-to-terminal")
    if (given == "docx") != named_word:
        assert output is not None
        raise UsageProblem(f"usage.format-name-mismatch.{given}", path=str(output))
    return given


#: Renders a document from a valid repository: its text, or None and the template's problems.
Renderer = Callable[["Repository", Choices], "tuple[str | None, Sequence[Diagnostic]]"]


def write_document(render: Renderer, options: SharedOptions, need_agreement: bool = True) -> int:
    """The frame of every command that writes a document for people: check the options, load, render, emit."""
    import sys

    chosen = options.choose()
    output, force = options.output, options.force
    check_document_options(options.template, output, force)
    word = choose_document_format(options.document_format, output) == "docx"
    repository = load_valid(chosen, sys.stderr, need_agreement)
    if repository is None:
        return 1
    text, problems = render(repository, chosen)
    if text is None:
        return report_problems(problems, chosen.lang)
    blocked = personal_data_in(text, output)
    if blocked:
        return report_problems(blocked, chosen.lang)
    if word:
        from samverkan.office import markdown_to_docx

        assert output is not None
        write_output(output, markdown_to_docx(text, chosen.today), force)
        return 0
    return emit_document(text, problems, output, force, chosen.lang)


def personal_data_in(text: str, output: Path | None) -> list[Diagnostic]:
    """The publishing guard on a document about to be written to `output` (None or `-`: the screen)."""
    from samverkan.diagnostics import display_path
    from samverkan.publishing import STDOUT, identity_numbers_in

    return identity_numbers_in(text, STDOUT if is_stdout(output) or output is None else display_path(output))


def report_problems(problems: Sequence[Diagnostic], lang: Lang) -> int:
    """Why nothing was written (a template that failed, personal data in the document): on stderr, exit 1."""
    import sys

    from samverkan.reporters import REPORTERS, Summary

    REPORTERS["text"](problems, Summary(1), lang, sys.stderr)
    return 1


def emit_document(
    text: str | None, problems: Sequence[Diagnostic], output: Path | None, force: bool, lang: Lang
) -> int:
    """A rendered document to stdout or `-o FILE`; a template that failed is reported on stderr (exit 1)."""
    import sys

    if text is None:
        return report_problems(problems, lang)
    if is_stdout(output):
        sys.stdout.write(text)
    else:
        assert output is not None
        write_output(output, text, force)
    return 0
