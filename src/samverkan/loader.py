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
from dataclasses import dataclass
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


from samverkan.catalog import Msg
from samverkan.diagnostics import UNSHOWN_KEY, Diagnostic, Severity, quoted_key

#: A data file is a handful of kilobytes; anything this large is a mistake or an attack, not an agreement.
MAX_FILE_BYTES = 1_000_000
#: Our deepest schema needs about eight levels; a hundred leaves room for free-form text structures.
MAX_DEPTH = 100

Path_ = tuple[str | int, ...]
Position = tuple[int, int]  # 1-based line and column

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
#: Longer runs of digits stay text (the schema then says where a number was wanted): no count or value of ours
#: needs more, and Python refuses to turn an integer of over 4300 digits back into text.
_MAX_INT_DIGITS = 40
_FLOAT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)(?:\.[0-9]+(?:[eE][-+]?[0-9]+)?|[eE][-+]?[0-9]+)\Z")
_STR_TAGS = frozenset({None, "!", "tag:yaml.org,2002:str"})
_COLLECTION_TAGS = frozenset({None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"})


@dataclass(slots=True)
class Document:
    """A parsed file: its data, where every value and key stands, and its text (for rules that read comments).

    `text` is the file as written, with line ends made `\\n`: a column counted in it is the column the user's editor
    shows. Keys and text values in `data` are NFC-normalised (macOS writes `å` as `a` + ring), `text` is not.

    The places of values and keys are found the first time one is asked for, by reading the text again. Most files
    have no finding and are never asked: keeping a place for every value of every file cost ~6.5 KB a file, half of
    what a large data folder held in memory, and recording them ~20 % of the parse (benchmarks/RESULTS.md).
    """

    data: Any
    text: str
    _places: tuple[dict[Path_, Position], dict[Path_, Position]] | None = None
    #: (path, kind, is key) of each decoded value or key that holds an identity number (samverkan.identity), kept
    #: when a file is loaded into a model and its `data` let go: the model holds what the rules read.
    decoded_numbers: tuple[tuple[Path_, str, bool], ...] = ()

    @property
    def value_positions(self) -> dict[Path_, Position]:
        """Where each value starts, by its path (keys and list indexes from the top)."""
        return self._found_places()[0]

    @property
    def key_positions(self) -> dict[Path_, Position]:
        """Where each key of a mapping stands, by the path of its value."""
        return self._found_places()[1]

    def _found_places(self) -> tuple[dict[Path_, Position], dict[Path_, Position]]:
        if self._places is None:
            placed = Document(data=None, text=self.text, _places=({}, {}))
            parser = _Parser(self.text)
            try:
                _walk_events(parser, placed, [], "", [])
            except (_Stop, _Broken, yaml.YAMLError):
                pass  # the same text parsed before: whatever stopped it then stops it at the same place now
            finally:
                parser.dispose()
            self._places = placed._places
        assert self._places is not None
        return self._places

    def position(self, path: Path_, *, prefer_key: bool = False) -> Position:
        """The place of `path`, or of its nearest ancestor that exists (a missing key points at its parent)."""
        values, keys = self._found_places()
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            if prefer_key and end == len(path) and prefix in keys:
                return keys[prefix]
            if prefix in values:
                return values[prefix]
        return (1, 1)


class _Stop(Exception):
    """Ends composition early after a finding that makes the rest of the file meaningless."""


class _Broken(Exception):
    """libyaml's syntax error, with the last event it produced before it (what it had just read)."""

    def __init__(self, error: yaml.MarkedYAMLError, last_event: Any) -> None:
        super().__init__(error)
        self.error = error
        self.last_event = last_event


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


_REASON_BY_ERRNO = {
    errno.ENOENT: "missing",
    errno.EACCES: "denied",
    errno.EPERM: "denied",
    errno.EISDIR: "directory",
    errno.ELOOP: "loop",
}


def _unreadable(shown_as: str, reason: str) -> Diagnostic:
    """`reason` names the catalog's `reason.<reason>`: not-regular, missing, denied, directory, loop or other."""
    return _finding(shown_as, None, "file-unreadable", reason=Msg(f"reason.{reason}"))


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
    if "\t" not in text:
        data = _plain_data(text)
        if isinstance(data, dict):
            return Document(data=data, text=text), []
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
    except _Broken as broken:
        error = broken.error
        mark = error.problem_mark or error.context_mark
        where = (mark.line + 1, mark.column + 1) if mark else None
        failed_at = mark.line if mark else len(text)
        if (error.problem or "").startswith("exceeded maximum nesting depth"):  # libyaml's own limit, at 1000
            found.append(_finding(shown_as, where, "yaml-too-deep", limit=MAX_DEPTH))
        else:
            problem, better_place = _diagnose(text, error, broken.last_event)
            found.append(_finding(shown_as, better_place or where, "yaml-syntax", problem=problem))
    except yaml.YAMLError as error:  # a reader error: a character libyaml refuses (the scan above should catch it)
        offset = getattr(error, "position", None)
        where = _place(text, offset) if isinstance(offset, int) and 0 <= offset <= len(text) else None
        failed_at = where[0] - 1 if where else len(text)
        found.append(_finding(shown_as, where, "yaml-syntax", problem=_explain_problem("")))
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
        kind = Msg("shape.list" if isinstance(document.data, list) else "shape.scalar")
        return None, [_finding(shown_as, document.position(()), "file-not-mapping", kind=kind)]
    # Duplicate keys do not stop the schema check: the first value is kept, so one run reports everything.
    return document, found


class _Unusual(Exception):
    """The file has something `_plain_data` leaves to `_walk_events`: a finding, or a shape it does not take."""


_NO_KEY = object()  # a mapping's next scalar is its key


def _plain_data(text: str) -> Any:
    """The data of a file with nothing to report, or `_Unusual` when it may have something: the fast path.

    Almost every file is one mapping of plain keys and values with no finding. This builds its data from the same
    events as `_walk_events` and to the same result, but records no places and keeps no state for findings: at the
    first thing that could be one (an anchor, a tag, a control character, a key twice, a complex key, deep nesting, a
    second document, a syntax error) it gives up, and the full walk reads the file again to say what and where. That
    saves ~40 % of the parse of an ordinary file (benchmarks/RESULTS.md, "fast path"); tests/test_loader.py holds
    the two to the same data for every file in the repository and every hostile fixture.
    """
    parser = _Parser(text)
    get_event: Callable[[], Any] = parser.get_event
    containers: list[Any] = []
    keys: list[Any] = []  # for each open container: the pending key of a mapping, _NO_KEY, or None for a list
    data: Any = _Unusual
    documents = 0
    scalar, mapping_start, sequence_start = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent
    mapping_end, sequence_end = yaml.MappingEndEvent, yaml.SequenceEndEvent
    try:
        while True:
            event = get_event()
            kind = type(event)
            if kind is scalar:
                if event.anchor is not None or event.tag not in _STR_TAGS:
                    raise _Unusual
                value = event.value
                if event.style == '"' and _CONTROL.search(value):
                    raise _Unusual
                if not value.isascii():
                    value = _nfc(value)
                plain = event.implicit[0] and event.tag is None
                if containers and keys[-1] is _NO_KEY:
                    if value in containers[-1] or (plain and value == "<<"):
                        raise _Unusual
                    keys[-1] = value
                    continue
                item = _resolve(value) if plain else value
            elif kind is mapping_start or kind is sequence_start:
                if event.anchor is not None or event.tag not in _COLLECTION_TAGS or len(containers) >= MAX_DEPTH:
                    raise _Unusual
                if containers and keys[-1] is _NO_KEY:
                    raise _Unusual  # a complex key
                if kind is mapping_start:
                    containers.append({})
                    keys.append(_NO_KEY)
                else:
                    containers.append([])
                    keys.append(None)
                continue
            elif kind is mapping_end or kind is sequence_end:
                item = containers.pop()
                keys.pop()
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise _Unusual
                continue
            elif kind is yaml.StreamEndEvent:
                return data
            else:  # an alias, or the stream's and a document's own start and end
                if kind is yaml.AliasEvent:
                    raise _Unusual
                continue
            if not containers:
                data = item
            elif keys[-1] is None:
                containers[-1].append(item)
            else:
                containers[-1][keys[-1]] = item
                keys[-1] = _NO_KEY
    except (_Unusual, yaml.YAMLError):
        return _Unusual
    finally:
        parser.dispose()


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


# libyaml's most common complaints, each a key `yaml.problem.<name>` in the catalog. Anything else is shown in
# libyaml's own English, with whatever it quoted from the file removed (it can quote a character or a value).
_PROBLEMS = {
    "did not find expected key": "did-not-find-expected-key",
    "mapping values are not allowed": "mapping-values-not-allowed",
    "could not find expected ':'": "could-not-find-expected-colon",
    "found character that cannot start any token": "character-cannot-start-token",
    "found unexpected end of stream": "unexpected-end-of-stream",
    "did not find expected '-' indicator": "did-not-find-expected-dash",
    "did not find expected node content": "did-not-find-expected-node-content",
    "did not find expected ',' or ']'": "unclosed-flow-sequence",
    "did not find expected ',' or '}'": "unclosed-flow-mapping",
    "found unknown escape character": "unknown-escape",
    "found invalid Unicode character escape code": "invalid-unicode-escape",
    "block sequence entries are not allowed in this context": "sequence-entry-not-allowed",
    "did not find expected <document start>": "did-not-find-document-start",
    "did not find expected comment or line break": "did-not-find-comment-or-line-break",
    "found unknown directive name": "unknown-directive",
}

#: What may remain of libyaml's own English: letters, digits, spaces and plain punctuation. Anything it quoted is
#: replaced by `…` first; anything else left over (it should be nothing) is dropped rather than shown.
_QUOTED = re.compile(r"'[^']*'?|\"[^\"]*\"?|#x[0-9a-fA-F]+|\\[0-9a-zA-Z]+")
_UNSAFE = re.compile(r"[^A-Za-z ,.:;()\[\]{}\-…]")


def _explain_problem(problem: str) -> Msg:
    """libyaml's complaint as a catalog message: ours when we know it, else its own English, scrubbed."""
    bare = " ".join(_QUOTED.sub("", problem).split())  # "found character '\t' that …" → "found character that …"
    for start, name in _PROBLEMS.items():
        if problem.startswith(start) or bare.startswith(start):
            return Msg(f"yaml.problem.{name}")
    english = _UNSAFE.sub("", _QUOTED.sub("…", problem)).strip()
    return Msg("yaml.problem.libyaml", {"text": english}) if english else Msg("yaml.problem.unknown")


#: The complaints libyaml makes when text follows a closing quote: it expected the next key or list item instead.
_AFTER_VALUE = (
    "did not find expected key",
    "did not find expected '-' indicator",
    "did not find expected ',' or ']'",
    "did not find expected ',' or '}'",
)
#: A line that starts (after its indentation and any `- `) with a word and a colon glued to what follows, as in
#: `namn:värde` or `namn :värde`, where a key was meant. A `/` after the colon is an address, not a key.
_GLUED_KEY = re.compile(r"[ ]*(?:-[ ]+)*[^\s:#'\"\[\]{},&*!|>%@`-][^\s:]*(?P<gap>[ ]*):(?=[^\s/])")


def _diagnose(text: str, error: yaml.MarkedYAMLError, last: Any) -> tuple[Msg, Position | None]:
    """What went wrong, and where, when libyaml's own words would send the user the wrong way; else its words.

    libyaml blames `name: "Trygg" centrum` on the indentation ("did not find expected key"), and `name:SIG` on a
    missing colon on the line below. The last event it produced before failing (the scalar just read) and the
    text of its line say what really happened. Only positions and our own words come out, never the text.
    """
    problem = error.problem or error.context or ""
    mark = error.problem_mark
    opened, closed = (last.start_mark, last.end_mark) if isinstance(last, yaml.ScalarEvent) else (None, None)
    if mark is not None and opened is not None and closed is not None:
        quoted = last.style in ("'", '"')
        # Text after a closing quote: nothing but spaces lies between the end of the quoted value and the mark.
        if (
            quoted
            and problem.startswith(_AFTER_VALUE)
            and closed.line == mark.line
            and not _line(text, mark.line)[closed.column : mark.column].strip()
        ):
            # A quote not closed on its own line is the cause: point there, not where the value finally ended.
            where = (opened.line + 1, opened.column + 1) if opened.line < mark.line else None
            return Msg("yaml.problem.quote-then-text"), where
        # A word glued to its value (`name:SIG`) is read as text, which then runs into the next line's colon.
        if problem.startswith("mapping values are not allowed") and not quoted and opened.line < mark.line:
            found = _glued_key(text, opened.line, opened.column)
            if found is not None:
                return found
    context = error.context_mark
    if context is not None and error.context == "while scanning a quoted scalar" and problem.startswith("found unexp"):
        return Msg("yaml.problem.unclosed-quote"), (context.line + 1, context.column + 1)
    if context is not None and problem.startswith("could not find expected ':'"):
        found = _glued_key(text, context.line, context.column)
        if found is not None:
            return found
    return _explain_problem(problem), None


def _glued_key(text: str, line: int, column: int) -> tuple[Msg, Position] | None:
    """`name:SIG` or `name :SIG` at the start of a line where a key was expected: which space, and its colon."""
    content = _line(text, line)
    if content[:column].strip(" -"):  # the scalar starts after a key on the same line: it is a value, not a key
        return None
    match = _GLUED_KEY.match(content)
    if match is None:
        return None
    name = "space-before-colon" if match.group("gap") else "no-space-after-colon"
    return Msg(f"yaml.problem.{name}"), (line + 1, match.end())  # the colon: the match ends right after it


def _line(text: str, line: int) -> str:
    """Line `line` (0-based) of the text, without its line end."""
    start = 0
    for _ in range(line):
        start = text.find("\n", start) + 1
        if start == 0:
            return ""
    end = text.find("\n", start)
    return text[start:] if end < 0 else text[start:end]


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
    # The first read of a file builds its data only; the places are recorded when a finding asks for them.
    places = document._places
    value_places = places[0] if places is not None else None

    def fail(code: str, mark: Any, **params: object) -> None:
        found.append(_finding(shown_as, (mark.line + 1, mark.column + 1), code, **params))
        raise _Stop

    def child_path(mark: Any) -> tuple[Path_, bool]:
        """Where the next value goes, and whether it is dropped; records its position unless it is."""
        if not stack:
            if value_places is not None:
                value_places[()] = (mark.line + 1, mark.column + 1)
            return (), False
        frame = stack[-1]
        if isinstance(frame.container, list):
            dropped = frame.dropped
            if value_places is None:
                return (), dropped
            path: Path_ = (*frame.path, len(frame.container))
        else:
            assert frame.pending_key is not None
            dropped = frame.dropped or frame.pending_dropped
            if value_places is None:
                return (), dropped
            path = (*frame.path, frame.pending_key)
        if not dropped:
            value_places[path] = (mark.line + 1, mark.column + 1)
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
    event: Any = None  # the last event read: when libyaml fails, it says what the parser had just read
    try:
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
    except yaml.MarkedYAMLError as error:
        raise _Broken(error, event) from None


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
    if not frame.dropped and document._places is not None:
        document._places[1][(*frame.path, key)] = (line, column)


_DIGIT_RUN = re.compile(r"[0-9]{4}")


def shown_key(key: str) -> str | Msg:
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
    if _INT.match(value) and len(value) <= _MAX_INT_DIGITS:
        return int(value)
    if _FLOAT.match(value):
        return float(value)
    return value


def _finding(shown_as: str, where: Position | None, code: str, **params: object) -> Diagnostic:
    line, column = where if where else (None, None)
    return Diagnostic(shown_as, line, column, code, Severity.ERROR, params)
