"""The strict YAML loader: bytes in, plain Python data plus the line and column of every key and value out.

Why our own composer on top of libyaml's event stream instead of `yaml.safe_load`:
- every value keeps its place, so a Pydantic error can be mapped back to `FILE:LINE:COL`;
- duplicate keys, anchors, aliases, tags, merge keys and complex keys become findings instead of being silently
  merged or expanded (an alias is never expanded, so a "billion laughs" file costs only its own size);
- it never recurses, so a file nested ten thousand levels deep gives a finding rather than a crash;
- scalars follow YAML 1.2's core schema, restricted: `no`, `on`, `18:30`, `0701234567` and `2021-02-30` stay text,
  exactly as typed, and the schema then says whether text is what that field wants. Dates are checked there too.

Nothing here raises for bad input: every problem becomes a `Diagnostic`, and the caller decides what to do.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

try:  # libyaml's C parser; the pure-Python one only when PyYAML was built without libyaml.
    from yaml.cyaml import CParser as _Parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml.parser import Parser as _FallbackParser
    from yaml.reader import Reader as _Reader
    from yaml.scanner import Scanner as _Scanner

    class _Parser(_Reader, _Scanner, _FallbackParser):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            _Reader.__init__(self, stream)
            _Scanner.__init__(self)
            _FallbackParser.__init__(self)

        def dispose(self) -> None:
            pass


from samverkan.diagnostics import UNSHOWN_KEY, Diagnostic, Localized, Message, Severity, quoted_key

#: A data file is a handful of kilobytes; anything this large is a mistake or an attack, not an agreement.
MAX_FILE_BYTES = 1_000_000
#: Our deepest schema needs about eight levels; a hundred leaves room for free-form text structures.
MAX_DEPTH = 100

Path_ = tuple[str | int, ...]
Position = tuple[int, int]  # 1-based line and column

MESSAGES: dict[str, Message] = {
    "file-too-large": Message(
        "Filen är för stor ({size} byte, gränsen är {limit} byte).",
        "The file is too large ({size} bytes, the limit is {limit} bytes).",
        "En datafil ska beskriva en sak: dela upp den, eller kontrollera att ingen annan fil har hamnat här.",
        "A data file describes one thing: split it, or check that no other file ended up here.",
    ),
    "file-unreadable": Message(
        "Filen kunde inte läsas ({reason}).",
        "The file could not be read ({reason}).",
        "Kontrollera att filen finns och att du har rätt att läsa den.",
        "Check that the file exists and that you may read it.",
    ),
    "file-empty": Message(
        "Filen är tom.",
        "The file is empty.",
        "Fyll i filen eller ta bort den. Kommandot `samverkan new followup` skapar ifyllda mallar.",
        "Fill in the file or delete it. `samverkan new followup` creates pre-filled templates.",
    ),
    "encoding-utf16": Message(
        "Filen är sparad som UTF-16, men samverkan läser bara UTF-8.",
        "The file is saved as UTF-16, but samverkan reads only UTF-8.",
        "Spara om filen som UTF-8 (i Anteckningar: Spara som → Kodning: UTF-8).",
        "Save the file again as UTF-8 (in Notepad: Save as → Encoding: UTF-8).",
    ),
    "encoding-invalid": Message(
        "Filen innehåller en byte som inte är giltig UTF-8.",
        "The file contains a byte that is not valid UTF-8.",
        "Spara om filen som UTF-8. Text som klistrats in från Word eller ett gammalt system kan ha fel kodning.",
        "Save the file again as UTF-8. Text pasted from Word or an old system can have the wrong encoding.",
    ),
    "control-character": Message(
        "Filen innehåller ett osynligt styrtecken ({name}).",
        "The file contains an invisible control character ({name}).",
        "Ta bort tecknet; det följer ofta med när text klistras in från andra program.",
        "Remove the character; it often comes along when text is pasted from other programs.",
    ),
    "merge-conflict": Message(
        "Filen innehåller en olöst konfliktmarkering från git.",
        "The file contains an unresolved git conflict marker.",
        "Välj vilken version som ska gälla, ta bort raderna med <<<<<<<, ======= och >>>>>>> och spara.",
        "Choose which version is right, delete the <<<<<<<, ======= and >>>>>>> lines and save.",
    ),
    "yaml-tab": Message(
        "Tabbtecken används som indrag.",
        "A tab character is used for indentation.",
        "YAML tillåter bara mellanslag som indrag. Ersätt tabben med mellanslag.",
        "YAML allows only spaces for indentation. Replace the tab with spaces.",
    ),
    "yaml-syntax": Message(
        "Filen är inte giltig YAML: {problem_sv}.",
        "The file is not valid YAML: {problem_en}.",
        "Kontrollera indrag, kolon och citattecken på raden och raden före.",
        "Check the indentation, colons and quotes on this line and the one before.",
    ),
    "yaml-multiple-documents": Message(
        "Filen innehåller mer än ett YAML-dokument.",
        "The file contains more than one YAML document.",
        "En fil ska innehålla ett dokument. Ta bort raden med `---` eller dela upp filen.",
        "A file holds one document. Remove the `---` line or split the file.",
    ),
    "yaml-anchor": Message(
        "Ankare (`&namn`) och alias (`*namn`) används inte i samverkans filer.",
        "Anchors (`&name`) and aliases (`*name`) are not used in samverkan's files.",
        "Skriv ut värdet på varje ställe där det behövs; det gör filen lättare att läsa och granska.",
        "Write the value out wherever it is needed; the file is easier to read and review.",
    ),
    "yaml-tag": Message(
        "YAML-taggar (`!tagg`) används inte i samverkans filer.",
        "YAML tags (`!tag`) are not used in samverkan's files.",
        "Ta bort taggen. Skriv text inom citattecken om den ska läsas som text.",
        "Remove the tag. Put text in quotes if it should be read as text.",
    ),
    "yaml-merge-key": Message(
        "Sammanslagningsnyckeln `<<` används inte i samverkans filer.",
        "The merge key `<<` is not used in samverkan's files.",
        "Skriv ut nycklarna direkt i stället för att slå samman dem från ett annat ställe.",
        "Write the keys out directly instead of merging them from elsewhere.",
    ),
    "yaml-complex-key": Message(
        "En nyckel måste vara en enkel text, inte en lista eller en tabell.",
        "A key must be plain text, not a list or a mapping.",
        "Ta bort `?` framför nyckeln eller skriv nyckeln som vanlig text följd av kolon.",
        "Remove the `?` before the key or write the key as plain text followed by a colon.",
    ),
    "yaml-duplicate-key": Message(
        "Nyckeln {key} finns två gånger i samma avsnitt (först på rad {first_line}).",
        "The key {key} appears twice in the same section (first on line {first_line}).",
        "Ta bort den ena, eller slå ihop innehållet. Annars är det oklart vilket värde som gäller.",
        "Remove one, or merge their content. Otherwise it is unclear which value holds.",
    ),
    "yaml-too-deep": Message(
        "Filen är nästlad djupare än {limit} nivåer.",
        "The file is nested deeper than {limit} levels.",
        "Kontrollera indrag och hakparenteser; ingen av samverkans filer behöver så många nivåer.",
        "Check the indentation and brackets; none of samverkan's files needs that many levels.",
    ),
    "file-not-mapping": Message(
        "Filen ska bestå av nycklar med värden (`nyckel: värde`), inte av {kind}.",
        "The file should consist of keys with values (`key: value`), not of {kind}.",
        "Börja filen med nycklarna på den översta nivån, utan `-` framför.",
        "Start the file with its top-level keys, with no `-` in front.",
    ),
}

#: Characters that are invisible or break lines behind the user's back: C0 and C1 controls (not tab or newline),
#: NEL, the Unicode line and paragraph separators (libyaml counts them as line breaks, which would shift every
#: line number after them), a byte-order mark in the middle of the text, the non-characters U+FFFE and U+FFFF
#: (libyaml refuses them without saying where), and the bidirectional overrides that can make text read
#: differently from what it is ("Trojan Source").
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]"
)
_CONFLICT = re.compile(r"^(<{7} |={7}$|>{7} |<{7}$|>{7}$|\|{7} )", re.MULTILINE)
_CONFLICT_RUNS = ("<" * 7, "=" * 7, ">" * 7, "|" * 7)
#: A line whose indentation (spaces, and the `-` of list items) holds a tab. libyaml refuses most of these with a
#: message that does not say "tab", and quietly joins the rest to the text on the line above.
_TAB_INDENT = re.compile(r"^[ ]*(?:-[ ]*)*\t", re.MULTILINE)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF8_BOM = b"\xef\xbb\xbf"
_NEWLINES = re.compile(r"\r\n?")

# YAML 1.2 core schema, minus the forms that surprise people: no octal, hex, `.inf`, `1_000` or leading zeros.
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_NUMBER_STARTS = frozenset("+-0123456789")  # what _INT and _FLOAT can start with
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\Z")
_FLOAT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)(?:\.[0-9]+(?:[eE][-+]?[0-9]+)?|[eE][-+]?[0-9]+)\Z")
_STR_TAGS = frozenset({None, "!", "tag:yaml.org,2002:str"})
_COLLECTION_TAGS = frozenset({None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"})


@dataclass(slots=True)
class Document:
    """A parsed file: its data, where every value and key stands, and its text (for rules that read comments).

    `text` is the file as written, with line ends made `\\n`: a column counted in it is the column the user's editor
    shows. Keys and text values in `data` are NFC-normalised (macOS writes `å` as `a` + ring), `text` is not.
    """

    data: Any
    text: str
    value_positions: dict[Path_, Position] = field(default_factory=dict)
    key_positions: dict[Path_, Position] = field(default_factory=dict)

    def position(self, path: Path_, *, prefer_key: bool = False) -> Position:
        """The place of `path`, or of its nearest ancestor that exists (a missing key points at its parent)."""
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            if prefer_key and end == len(path) and prefix in self.key_positions:
                return self.key_positions[prefix]
            if prefix in self.value_positions:
                return self.value_positions[prefix]
        return (1, 1)


class _Stop(Exception):
    """Ends composition early after a finding that makes the rest of the file meaningless."""


@dataclass(slots=True)
class _Frame:
    container: dict[str, Any] | list[Any]
    path: Path_
    #: True inside the value of a duplicate key: it is read (so that the rest of the file is checked) and dropped.
    dropped: bool = False
    pending_key: str | None = None
    pending_dropped: bool = False


def load_document(path: Path, shown_as: str) -> tuple[Document | None, list[Diagnostic]]:
    """Read and parse one data file. Returns the document, or None with the findings that prevented it."""
    try:
        # stat before open: opening a named pipe would wait for a writer forever.
        if not stat.S_ISREG(path.stat().st_mode):
            return None, [_unreadable(shown_as, "not-regular")]
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(descriptor, "rb") as stream:
            status = os.fstat(stream.fileno())
            if not stat.S_ISREG(status.st_mode):  # swapped between stat and open
                return None, [_unreadable(shown_as, "not-regular")]
            # Never more than MAX_FILE_BYTES + 1, even if the file grows while it is read. Asking for the size it
            # has first spares a 1 MB buffer per file (~10 µs); if it grew, the rest is read up to the same limit.
            raw = stream.read(min(status.st_size, MAX_FILE_BYTES) + 1)
            if len(raw) > status.st_size:
                raw += stream.read(MAX_FILE_BYTES + 1 - len(raw))
            if len(raw) > MAX_FILE_BYTES:
                size = max(os.fstat(stream.fileno()).st_size, len(raw))
                return None, [_finding(shown_as, None, "file-too-large", size=size, limit=MAX_FILE_BYTES)]
    except OSError as error:
        return None, [_unreadable(shown_as, _REASON_BY_ERRNO.get(error.errno or 0, "other"))]
    except (RuntimeError, ValueError):  # a symbolic-link loop (Python < 3.13), a NUL in the path
        return None, [_unreadable(shown_as, "other")]
    return parse_bytes(raw, shown_as)


_REASONS: dict[str, Localized] = {
    "not-regular": Localized("det är ingen vanlig fil", "it is not an ordinary file"),
    "missing": Localized("filen finns inte", "the file does not exist"),
    "denied": Localized("behörighet saknas", "permission denied"),
    "directory": Localized("det är en mapp", "it is a folder"),
    "loop": Localized("en symbolisk länk pekar i en slinga", "a symbolic link points in a loop"),
    "other": Localized("okänt fel vid läsning", "unknown error while reading"),
}
_REASON_BY_ERRNO = {
    errno.ENOENT: "missing",
    errno.EACCES: "denied",
    errno.EPERM: "denied",
    errno.EISDIR: "directory",
    errno.ELOOP: "loop",
}


def _unreadable(shown_as: str, reason: str) -> Diagnostic:
    return _finding(shown_as, None, "file-unreadable", reason=_REASONS[reason])


def parse_bytes(raw: bytes, shown_as: str) -> tuple[Document | None, list[Diagnostic]]:
    """Decode and parse one file's bytes. Positions are 1-based lines and columns in characters (code points)."""
    text, problems = _decode(raw, shown_as)
    if text is None:
        return None, problems
    # CRLF and a lone CR become LF: libyaml counts either as one line break, and so must every rule after us.
    text = _NEWLINES.sub("\n", text)
    if not text.strip():
        return None, [_finding(shown_as, None, "file-empty")]
    problems = _scan_text(text, shown_as)
    if problems:
        return None, problems
    return _compose(text, shown_as)


def _looks_like_utf16(raw: bytes) -> bool:
    """A BOM, or the NUL in every other byte that text saved as UTF-16 shows (an ASCII letter is `a\\0` or `\\0a`)."""
    if raw.startswith(_UTF16_BOMS):
        return True
    sample = raw[:256]
    pairs = len(sample) // 2
    if pairs == 0:
        return False
    even = sample[0 : pairs * 2 : 2].count(0)  # bytes.count in C: a Python loop here cost ~7 µs a file
    odd = sample[1 : pairs * 2 : 2].count(0)
    return (even == 0) != (odd == 0) and max(even, odd) * 2 >= pairs


def _decode(raw: bytes, shown_as: str) -> tuple[str | None, list[Diagnostic]]:
    if _looks_like_utf16(raw):
        return None, [_finding(shown_as, None, "encoding-utf16")]
    if raw.startswith(_UTF8_BOM):
        raw = raw[len(_UTF8_BOM) :]  # columns count from the first character after it, as editors do
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as error:
        before = _NEWLINES.sub("\n", raw[: error.start].decode("utf-8", errors="replace"))
        return None, [_finding(shown_as, _place(before, len(before)), "encoding-invalid")]


def _control_name(character: str) -> str:
    return "NUL" if character == "\x00" else f"U+{ord(character):04X}"


def _scan_text(text: str, shown_as: str) -> list[Diagnostic]:
    """Problems visible in the raw text, found before parsing because the parser's own message would mislead."""
    found: list[Diagnostic] = []
    # Every conflict marker is seven equal characters: a substring test is far cheaper than the line regex.
    conflict = _CONFLICT.search(text) if any(marker in text for marker in _CONFLICT_RUNS) else None
    if conflict:
        found.append(_finding(shown_as, _place(text, conflict.start()), "merge-conflict"))
    control = _CONTROL.search(text)
    if control:
        name = _control_name(control.group())
        found.append(_finding(shown_as, _place(text, control.start()), "control-character", name=name))
    return found


def _place(text: str, index: int) -> Position:
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def _compose(text: str, shown_as: str) -> tuple[Document | None, list[Diagnostic]]:
    document = Document(data=None, text=text)
    found: list[Diagnostic] = []
    # Lines (0-based) that hold the content of a `|` or `>` block: a tab there is text, not indentation.
    block_lines: list[tuple[int, int]] = []
    failed_at: int | None = None  # the 0-based line where parsing stopped, when it did
    parser = _Parser(text)
    try:
        _walk_events(parser, document, found, shown_as, block_lines)
    except _Stop:
        pass
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = (mark.line + 1, mark.column + 1) if mark else None
        failed_at = mark.line if mark else len(text)
        if (error.problem or "").startswith("exceeded maximum nesting depth"):  # libyaml's own limit, at 1000
            found.append(_finding(shown_as, where, "yaml-too-deep", limit=MAX_DEPTH))
        else:
            sv, en = _explain_problem(error.problem or error.context or "")
            found.append(_finding(shown_as, where, "yaml-syntax", problem_sv=sv, problem_en=en))
    except yaml.YAMLError as error:  # a reader error: a character libyaml refuses (the scan above should catch it)
        offset = getattr(error, "position", None)
        where = _place(text, offset) if isinstance(offset, int) and 0 <= offset <= len(text) else None
        failed_at = where[0] - 1 if where else len(text)
        sv, en = _explain_problem("")
        found.append(_finding(shown_as, where, "yaml-syntax", problem_sv=sv, problem_en=en))
    finally:
        parser.dispose()
    tab = _tab_indent(text, block_lines, failed_at)
    if tab is not None:
        # A tab in the indentation explains a syntax error better than libyaml can, and silently changes the
        # meaning of a file that does parse (the line joins the text above it): either way, it is the finding.
        return None, [_finding(shown_as, tab, "yaml-tab")] + [f for f in found if f.code != "yaml-syntax"]
    if any(finding.code != "yaml-duplicate-key" for finding in found):
        return None, found
    if document.data is None:
        return None, [_finding(shown_as, None, "file-empty")]
    if not isinstance(document.data, dict):
        kind = (
            Localized("en lista", "a list")
            if isinstance(document.data, list)
            else Localized("ett enstaka värde", "a single value")
        )
        return None, [_finding(shown_as, document.position(()), "file-not-mapping", kind=kind)]
    # Duplicate keys do not stop the schema check: the first value is kept, so one run reports everything.
    return document, found


def _tab_indent(text: str, block_lines: list[tuple[int, int]], failed_at: int | None) -> Position | None:
    """The first tab used as indentation outside a block scalar, up to the line where parsing stopped."""
    if "\t" not in text:  # the common case, without running the regex over every line
        return None
    for match in _TAB_INDENT.finditer(text):
        line, _ = _place(text, match.start())
        if failed_at is not None and line - 1 > failed_at:
            return None
        if any(first <= line - 1 <= last for first, last in block_lines):
            continue
        return line, match.end() - match.start()
    return None


# libyaml's most common complaints, in words a coordinator understands. Anything else is shown in libyaml's own
# English, with whatever it quoted from the file removed (it can quote a character or a value).
_PROBLEMS_SV = {
    "did not find expected key": "en nyckel väntades här; oftast är indraget fel på den här raden eller raden före",
    "mapping values are not allowed": "ett kolon står där det inte får stå; sätt texten inom citattecken",
    "could not find expected ':'": "ett kolon saknas efter nyckeln",
    "found character that cannot start any token": "ett tecken som inte får inleda ett värde; sätt texten inom citattecken",
    "found unexpected end of stream": "filen tar slut mitt i ett värde (saknas ett avslutande citattecken)",
    "did not find expected '-' indicator": "ett listelement saknar `-` eller har fel indrag",
    "did not find expected node content": "ett värde saknas",
    "did not find expected ',' or ']'": "en lista inom [ ] är inte avslutad med ]",
    "did not find expected ',' or '}'": "en tabell inom { } är inte avslutad med }",
    "found unknown escape character": "ett okänt `\\`-tecken inom dubbla citattecken; använd enkla citattecken",
    "found invalid Unicode character escape code": "en ogiltig `\\u`-kod inom dubbla citattecken",
    "block sequence entries are not allowed in this context": "ett listelement (`-`) står där det inte får stå; "
    "börja listan på raden under nyckeln, med indrag",
    "did not find expected <document start>": "något står efter filens slut eller har fel indrag; nycklarna på "
    "översta nivån ska börja längst till vänster",
    "did not find expected comment or line break": "raden fortsätter där den borde ta slut; flytta texten efter "
    "`|`, `>` eller citattecknet till en egen rad",
    "found unknown directive name": "en rad som börjar med `%` måste stå inom citattecken",
}

#: What may remain of libyaml's own English: letters, digits, spaces and plain punctuation. Anything it quoted is
#: replaced by `…` first; anything else left over (it should be nothing) is dropped rather than shown.
_QUOTED = re.compile(r"'[^']*'?|\"[^\"]*\"?|#x[0-9a-fA-F]+|\\[0-9a-zA-Z]+")
_UNSAFE = re.compile(r"[^A-Za-z ,.:;()\[\]{}\-…]")


def _explain_problem(problem: str) -> tuple[str, str]:
    english = _UNSAFE.sub("", _QUOTED.sub("…", problem)).strip() or "unknown error"
    bare = " ".join(_QUOTED.sub("", problem).split())  # "found character '\t' that …" → "found character that …"
    for start, swedish in _PROBLEMS_SV.items():
        if problem.startswith(start) or bare.startswith(start):
            return swedish, english
    return english, english


def _has_control(value: str) -> str | None:
    """A control character that a `\\`-escape inside double quotes put into a value or key, if any."""
    match = _CONTROL.search(value)
    return match.group() if match else None


def _walk_events(
    parser: Any, document: Document, found: list[Diagnostic], shown_as: str, block_lines: list[tuple[int, int]]
) -> None:
    stack: list[_Frame] = []
    documents = 0
    first_key_line: dict[tuple[int, str], int] = {}

    def fail(code: str, mark: Any, **params: object) -> None:
        found.append(_finding(shown_as, (mark.line + 1, mark.column + 1), code, **params))
        raise _Stop

    def child_path(mark: Any) -> tuple[Path_, bool]:
        """Where the next value goes, and whether it is dropped; records its position unless it is."""
        if not stack:
            document.value_positions[()] = (mark.line + 1, mark.column + 1)
            return (), False
        frame = stack[-1]
        if isinstance(frame.container, list):
            path: Path_ = (*frame.path, len(frame.container))
            dropped = frame.dropped
        else:
            assert frame.pending_key is not None
            path = (*frame.path, frame.pending_key)
            dropped = frame.dropped or frame.pending_dropped
        if not dropped:
            document.value_positions[path] = (mark.line + 1, mark.column + 1)
        return path, dropped

    def attach(value: Any) -> None:
        if not stack:
            document.data = value
            return
        frame = stack[-1]
        if isinstance(frame.container, list):
            frame.container.append(value)
        else:
            assert frame.pending_key is not None
            if not frame.pending_dropped:
                frame.container[frame.pending_key] = value
            frame.pending_key = None
            frame.pending_dropped = False

    def awaiting_key() -> bool:
        return bool(stack) and isinstance(stack[-1].container, dict) and stack[-1].pending_key is None

    get_event: Callable[[], Any] = parser.get_event
    while True:
        event = get_event()
        kind = type(event)
        if kind is yaml.ScalarEvent:
            if event.anchor is not None:
                fail("yaml-anchor", event.start_mark)
            if event.tag not in _STR_TAGS:
                fail("yaml-tag", event.start_mark)
            if event.style == '"':
                control = _has_control(event.value)
                if control is not None:
                    fail("control-character", event.start_mark, name=_control_name(control))
            if event.style in ("|", ">"):
                block_lines.append((event.start_mark.line, event.end_mark.line))
            plain = event.implicit[0] and event.tag is None
            if awaiting_key():
                _take_key(stack[-1], event, plain, document, first_key_line, found, shown_as, fail)
                continue
            child_path(event.start_mark)
            value = _nfc(event.value)
            attach(_resolve(value) if plain else value)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            if event.anchor is not None:
                fail("yaml-anchor", event.start_mark)
            if event.tag not in _COLLECTION_TAGS:
                fail("yaml-tag", event.start_mark)
            if awaiting_key():
                fail("yaml-complex-key", event.start_mark)
            if len(stack) >= MAX_DEPTH:
                fail("yaml-too-deep", event.start_mark, limit=MAX_DEPTH)
            path, dropped = child_path(event.start_mark)
            container: dict[str, Any] | list[Any] = {} if kind is yaml.MappingStartEvent else []
            stack.append(_Frame(container, path, dropped))
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            attach(stack.pop().container)
        elif kind is yaml.AliasEvent:
            fail("yaml-anchor", event.start_mark)
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                fail("yaml-multiple-documents", event.start_mark)
        elif kind is yaml.StreamEndEvent:
            return


def _nfc(value: str) -> str:
    # macOS writes å as a + ring; keys and enum values must compare equal to the composed form. Only the value is
    # normalised, never the text the positions are counted in, so no column moves.
    return value if value.isascii() or unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)


def _take_key(
    frame: _Frame,
    event: Any,
    plain: bool,
    document: Document,
    first_key_line: dict[tuple[int, str], int],
    found: list[Diagnostic],
    shown_as: str,
    fail: Callable[..., None],
) -> None:
    # Keys are always text, exactly as typed: `no:` or `2020:` must not become False or 2020.
    key = _nfc(event.value)
    line, column = event.start_mark.line + 1, event.start_mark.column + 1
    if plain and key == "<<":
        fail("yaml-merge-key", event.start_mark)
    assert isinstance(frame.container, dict)
    first = first_key_line.get((id(frame.container), key))
    frame.pending_key = key
    if first is not None:
        if not frame.dropped:
            found.append(_finding(shown_as, (line, column), "yaml-duplicate-key", key=shown_key(key), first_line=first))
        # Keep reading: every duplicate in the file is worth reporting in one run. The later value is dropped.
        frame.pending_dropped = True
        return
    first_key_line[(id(frame.container), key)] = line
    frame.pending_dropped = False
    if not frame.dropped:
        document.key_positions[(*frame.path, key)] = (line, column)


_DIGIT_RUN = re.compile(r"[0-9]{4}")


def shown_key(key: str) -> str | Localized:
    """A key as a message may name it: `quoted_key`, and never one with a run of digits in it (a personnummer or a
    phone number glued to letters looks like a key of ours to `quoted_key`). None of our own keys has digits."""
    return UNSHOWN_KEY if _DIGIT_RUN.search(key) else quoted_key(key)


def _resolve(value: str) -> Any:
    if value in _NULLS:
        return None
    if value in _BOOLS:
        return _BOOLS[value]
    if value[0] not in _NUMBER_STARTS:  # most values are words: skip both number patterns
        return value
    if _INT.match(value):
        return int(value)
    if _FLOAT.match(value):
        return float(value)
    return value


def _finding(shown_as: str, where: Position | None, code: str, **params: object) -> Diagnostic:
    line, column = where if where else (None, None)
    return Diagnostic(shown_as, line, column, code, Severity.ERROR, MESSAGES[code], params)
