"""Helpers shared by the quarterly-cycle commands (`overdue`, `new followup`, `report`, `render`)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from samverkan.cli.app import UsageProblem, load_data
from samverkan.diagnostics import Lang

if TYPE_CHECKING:
    from samverkan.diagnostics import Diagnostic
    from samverkan.models import Cadence
    from samverkan.periods import Period
    from samverkan.repository import Repository

QuarterOption = Annotated[
    str,
    typer.Option(
        "--quarter",
        metavar="PERIOD",
        help="Perioden, t.ex. 2021Q3 (även 2021-Q3 eller 2021q3); 2021T2 för tertial om avtalet följs upp per tertial.",
        show_default=False,
    ),
]
ForceOption = Annotated[bool, typer.Option("--force", help="Skriv över filer som redan finns.")]
TemplateOption = Annotated[
    Path | None,
    typer.Option(
        "--template",
        metavar="FIL",
        help="Egen Jinja-mall. Annars templates/ bredvid datamappen, annars den inbyggda.",
        show_default=False,
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "-o", "--output", metavar="FIL", help="Skriv till filen i stället för till skärmen.", show_default=False
    ),
]


def load_valid(root: Path, lang: Lang, stream: TextIO, output_format: str = "text") -> Repository | None:
    """The repository when it is valid; otherwise its findings are reported on `stream` and None returned."""
    from samverkan.diagnostics import has_errors
    from samverkan.reporters import REPORTERS, Summary

    repository = load_data(root)
    if has_errors(repository.diagnostics) or repository.agreement is None:
        REPORTERS[output_format](repository.diagnostics, Summary(repository.files_checked), lang, stream)
        return None
    return repository


def parse_period(text: str, cadence: Cadence) -> Period:
    """`--quarter` as the agreement's cadence wants it; a usage error (exit 2) otherwise."""
    from samverkan.periods import Period, PeriodError

    try:
        return Period.parse(text, expect=cadence)
    except PeriodError:
        example = {"kvartal": "2021Q3", "tertial": "2021T2", "halvår": "2021H1", "månad": "2021M09", "år": "2021"}
        sample = example[cadence.value]
        raise UsageProblem(
            f"--quarter ska vara en period som avtalet följs upp per ({cadence.value}), t.ex. {sample}.",
            f"--quarter must be a period of the agreement's follow-up cadence ({cadence.value}), e.g. {sample}.",
        ) from None


def refuse_existing(path: Path, force: bool) -> None:
    """`-o FILE` never overwrites without --force (checked before any work; the write itself checks again)."""
    import os

    if not str(path) or str(path) == "." or path.is_dir():
        raise UsageProblem(
            f"{path} är en mapp. Ange ett filnamn för -o, t.ex. {path / 'dokument.md'}.",
            f"{path} is a folder. Give -o a file name, e.g. {path / 'document.md'}.",
        )
    if not force and os.path.lexists(path):
        raise UsageProblem(
            f"Filen {path} finns redan. Välj ett annat namn eller lägg till --force för att skriva över den.",
            f"The file {path} already exists. Choose another name or add --force to overwrite it.",
        )
    if not path.parent.is_dir():
        raise UsageProblem(
            f"Mappen för {path} finns inte. Skapa mappen först eller välj en som finns.",
            f"The folder for {path} does not exist. Create the folder first or choose one that exists.",
        )


def write_output(path: Path, text: str, force: bool) -> None:
    from samverkan.safe_write import Outcome, write_file

    refuse_existing(path, force)
    try:
        outcome = write_file(path, text, force=force)
    except OSError as error:
        raise UsageProblem(
            f"Kunde inte skriva {path} ({_os_problem_sv(error)}).", f"Could not write {path} ({error.strerror})."
        ) from None
    if outcome is Outcome.SKIPPED:
        refuse_existing(path, False)


def _os_problem_sv(error: OSError) -> str:
    """The operating system's reason, in Swedish for the usual ones (its own text is English)."""
    import errno

    reasons = {
        errno.EACCES: "behörighet saknas",
        errno.EPERM: "behörighet saknas",
        errno.ENOENT: "mappen finns inte",
        errno.EISDIR: "det är en mapp",
        errno.ENOTDIR: "en del av sökvägen är inte en mapp",
        errno.ENOSPC: "disken är full",
        errno.EROFS: "filsystemet är skrivskyddat",
        getattr(errno, "EDQUOT", -1): "diskkvoten är slut",  # not on every platform
    }
    return reasons.get(error.errno or 0, error.strerror or "okänt fel")


def is_stdout(output: Path | None) -> bool:
    """`-o -` means the screen (standard output), as in most command-line tools."""
    return output is None or str(output) == "-"


def check_document_options(template: Path | None, output: Path | None, force: bool) -> None:
    """Usage problems of `--template` and `-o`, found before any data is read."""
    if template is not None and not template.is_file():
        raise UsageProblem(f"Mallen finns inte: {template}", f"No such template: {template}")
    if not is_stdout(output):
        assert output is not None
        refuse_existing(output, force)


def emit_document(
    text: str | None, problems: Sequence[Diagnostic], output: Path | None, force: bool, lang: Lang
) -> int:
    """A rendered document to stdout or `-o FILE`; a template that failed is reported on stderr (exit 1)."""
    import sys

    from samverkan.reporters import REPORTERS, Summary

    if text is None:
        REPORTERS["text"](problems, Summary(1), lang, sys.stderr)
        return 1
    if is_stdout(output):
        sys.stdout.write(text)
    else:
        assert output is not None
        write_output(output, text, force)
    return 0
