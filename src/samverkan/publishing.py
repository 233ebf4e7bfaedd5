"""The publishing guard: nothing samverkan writes for people holds a personnummer or samordningsnummer.

`lint` finds such numbers in the files. This guard checks the document itself, just before it is written: exactly
the text that would reach its readers, after every YAML escape, folded line and template has done its work. A
number no scan of the files recognises — written with escapes, split by a line continuation, put together by a
user's template — is still stopped here. When it finds one, the command writes nothing and exits 1; the finding
says where in the document, never the number.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from samverkan.diagnostics import Diagnostic, Severity
from samverkan.lint.personal_data import Places, identity_numbers

#: Shown as the file of a finding in a document bound for the screen (standard output), as command-line tools do.
STDOUT = "-"


def identity_numbers_in(text: str, shown_as: str) -> list[Diagnostic]:
    """A finding for each identity number in a text about to be written (Markdown, HTML or a cell's text).

    The text is read three ways, so that its own escaping hides nothing: as it is, without Markdown's backslash
    escapes (`121212\\-1212`), and with HTML's character references resolved (`&#49;21212-1212`)."""
    found: dict[tuple[int, int], Diagnostic] = {}
    for reading in dict.fromkeys((text, text.replace("\\", ""), html.unescape(text))):
        place: Places | None = None
        for number in identity_numbers(reading):
            place = place or Places(reading)
            line, column = place(number.start)
            found.setdefault(
                (line, column),
                Diagnostic(shown_as, line, column, "publish-identity-number", Severity.ERROR, {"kind": number.kind}),
            )
    return list(found.values())


def identity_numbers_in_cells(cells: Iterable[tuple[int, int, str]], shown_as: str) -> list[Diagnostic]:
    """A finding for each identity number in a table's cells, given as (row, column, text): the place is the cell."""
    return [
        Diagnostic(shown_as, row, column, "publish-identity-number", Severity.ERROR, finding.params)
        for row, column, text in cells
        for finding in identity_numbers_in(text, shown_as)[:1]
    ]
