"""Personal data: no personnummer or samordningsnummer anywhere under data/ (comments included), and no private
person's mobile number or e-mail address.

The work concerns young people, crime and drugs, and the files are kept in git and often published. These rules
read the raw text of every file under the data folder — comments, files that failed to parse, files samverkan
does not know — not only the values the schema accepted. A finding says where and what kind of data it is,
never the number or address itself.

What counts:

- **personnummer / samordningsnummer**: 10 or 12 digits (`ÅÅMMDDNNNK` or `ÅÅÅÅMMDDNNNK`), optionally with `-`,
  `+`, a space or a dash from a word processor (– — ‑) before the last four, with a real month and day (for a samordningsnummer, the day plus 60) and a valid
  Luhn check digit. A number whose check digit is wrong is not flagged. An error.
  It cannot be switched off. The same check runs on the names of files and folders under data/
  (`identity-number-in-name`), and a file the scan cannot read is reported (`personal-data-not-checked`).
- **mobile number**: Swedish mobile numbers `070`, `072`, `073`, `076`, `079` (also `+46 7…`, `0046 7…`), with or
  without spaces and dashes. A switchboard or service number (`08-…`, `0771-…`) cannot be told from a
  private landline and is not flagged. A warning: an official's work mobile is excused on its line with
  `# samverkan: ignore[personal-phone-number]`.
- **e-mail address**: any address whose domain is not an organisation's. An organisation's domains are
  `polisen.se`, every `<name>.kommun.se`, and the domains listed in `organisation_domains` in
  data/samverkan.yaml (with their subdomains). A warning.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any

from samverkan.catalog import Msg
from samverkan.config import is_organisation_domain
from samverkan.diagnostics import Diagnostic, Severity, display_path
from samverkan.identity import Found, IdentityKind, identity_numbers, luhn_valid
from samverkan.loader import MAX_FILE_BYTES, Position
from samverkan.repository import Loaded, Repository

from .context import Context
from .registry import Hit, hit_at, rule

#: The identity-number helpers live in samverkan.identity; tests and older imports still find them here.
__all__ = ["IdentityKind", "Places", "identity_numbers", "luhn_valid"]

_MOBILE = re.compile(r"(?<![0-9+])(?:\+46[ -]?|0046[ -]?|0)7[02369](?:[ -]?[0-9]){7}(?![0-9])")
_EMAIL = re.compile(
    r"(?<![\w.%+-])[\w.%+-]+@((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,})(?![\w-])", re.UNICODE
)

# Cheap first passes: most files hold no run of six digits, no `7` after a `0` and no `@`, and a plain search for
# those is several times faster than the full patterns with their look-arounds (measured in benchmarks/).
_MOBILE_START = re.compile(r"7[02369]")


class Places:
    """Line and column of offsets in one text. The line starts are found once, so a file with many findings costs
    one pass plus a binary search per finding, not a scan from the top for each (1 MB of addresses took 19 s)."""

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        self._starts = [0] + [match.end() for match in _NEWLINE.finditer(text)]

    def __call__(self, index: int) -> Position:
        line = bisect.bisect_right(self._starts, index)
        return line, index - self._starts[line - 1] + 1


_NEWLINE = re.compile("\n")


def texts_under_data(context: Context) -> dict[str, str]:
    """The text of every file under the data folder: the loader's text where it read the file, otherwise the raw
    bytes decoded leniently (digits and `@` survive any encoding mistake). Hidden files and folders are read too:
    git commits them like any other. A file that cannot be read is listed in `not_checked_under_data`."""
    cached: dict[str, str] | None = context.cache.get("texts")
    if cached is not None:
        return cached
    texts = dict(context.repository.texts)
    not_checked: list[tuple[str, NotChecked]] = []
    already_read = context.repository.read_paths
    for entry in entries_under_data(context):
        if entry.path in already_read or not entry.is_file(follow_symlinks=False):
            continue
        shown = display_path(Path(entry.path))
        if shown not in texts:
            text = _read_leniently(Path(entry.path))
            if isinstance(text, NotChecked):
                not_checked.append((shown, text))
            else:
                texts[shown] = text
    context.cache["texts"] = texts = dict(sorted(texts.items()))
    context.cache["not_checked"] = sorted(not_checked)
    return texts


def entries_under_data(context: Context) -> list[os.DirEntry[str]]:
    """`everything_under` the data folder, listed once for the rules that read every file and every name."""
    entries: list[os.DirEntry[str]] | None = context.cache.get("entries")
    if entries is None:
        context.cache["entries"] = entries = list(everything_under(context.repository.root))
    return entries


def not_checked_under_data(context: Context) -> list[tuple[str, NotChecked]]:
    """The files under the data folder that the personal-data scan could not read, and why."""
    texts_under_data(context)
    found: list[tuple[str, NotChecked]] = context.cache["not_checked"]
    return found


def everything_under(root: Path) -> Iterator[os.DirEntry[str]]:
    """Every file and folder under `root`, hidden ones included; a nested `.git` (not committed) and linked
    folders are not entered."""
    stack = [root]
    while stack:
        try:
            entries = list(os.scandir(stack.pop()))
        except OSError:
            continue  # an unreadable folder is the loader's finding
        for entry in entries:
            if entry.is_dir(follow_symlinks=False) and entry.name != ".git":
                stack.append(Path(entry.path))
            yield entry


def identities_under_data(context: Context) -> dict[str, list[Found]]:
    """The identity numbers of each file that has any, found once for both rules that need them."""
    cached: dict[str, list[Found]] | None = context.cache.get("identities")
    if cached is None:
        cached = {}
        for file, text in texts_under_data(context).items():
            founds = list(identity_numbers(text))
            if founds:
                cached[file] = founds
        context.cache["identities"] = cached
    return cached


class NotChecked(StrEnum):
    """Why a file under data/ could not be scanned for personal data; the catalog words it
    (`personal-data-not-checked.<reason>`)."""

    TOO_LARGE = "too-large"
    UNREADABLE = "unreadable"


def _read_leniently(path: Path) -> str | NotChecked:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return NotChecked.TOO_LARGE
        raw = path.read_bytes()
    except OSError:
        return NotChecked.UNREADABLE
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    return raw.decode("utf-8", errors="replace")


@rule(code="personal-identity-number", severity=Severity.ERROR, theme="personal-data")
def personal_identity_number(context: Context) -> Iterator[Hit]:
    """A personnummer or samordningsnummer in any file under data/, comments included, and in any value or key as
    the loader decoded it (a number written with YAML escapes or split by a line continuation)."""
    texts = texts_under_data(context)
    places: dict[str, list[Position]] = {}
    for file, founds in identities_under_data(context).items():
        place = Places(texts[file])
        places[file] = [place(found.start) for found in founds]
        for position, found in zip(places[file], founds, strict=True):
            yield hit_at(file, position, kind=found.kind)
    for file, position, kind in decoded_identity_numbers(context.repository, places):
        yield hit_at(file, position, kind=kind)


def decoded_identity_numbers(
    repository: Repository, already: dict[str, list[Position]]
) -> Iterator[tuple[str, Position, IdentityKind]]:
    """Identity numbers in the values and keys as the loader decoded them, where the file's text showed none on that
    line: escapes (`\\x31`), `\\u` sequences and line continuations put a number together that no scan of the
    bytes can see. The place is the value's (or the key's) own."""
    for loaded in _every_loaded(repository):
        lines = {line for line, _column in already.get(loaded.shown_as, [])}
        for path, kind, is_key in loaded.document.decoded_numbers:
            position = loaded.document.position(path, prefer_key=is_key)
            if position[0] not in lines:
                lines.add(position[0])
                yield loaded.shown_as, position, IdentityKind(kind)


def _every_loaded(repository: Repository) -> Iterator[Loaded[Any]]:
    yield from (single for single in (repository.agreement, repository.council, repository.config) if single)
    yield from repository.activities
    yield from repository.followups
    yield from repository.meetings


@rule(code="identity-number-in-name", severity=Severity.ERROR, theme="personal-data")
def personal_identity_number_in_name(context: Context) -> Iterator[Hit]:
    """A personnummer or samordningsnummer in the name of a file or folder under data/."""
    for folder, kind in identity_numbers_in_names(context.repository.root, entries_under_data(context)):
        yield hit_at(folder, None, kind=kind)


def identity_numbers_in_names(
    root: Path, entries: Iterable[os.DirEntry[str]] | None = None
) -> list[tuple[str, IdentityKind]]:
    """Each folder under `root` (itself included) holding a file or folder whose name has an identity number, once
    per kind. The finding names the nearest folder above whose own path is free of numbers, never the name."""
    found: dict[tuple[str, IdentityKind], None] = {}
    shown_root = display_path(root)
    clean_above: dict[str, str] = {str(root): shown_root}
    for entry in everything_under(root) if entries is None else entries:
        parent = os.path.dirname(entry.path)
        shown_parent = clean_above.get(parent, shown_root)
        numbers = list(identity_numbers(entry.name))
        if entry.is_dir(follow_symlinks=False):
            clean_above[entry.path] = shown_parent if numbers else display_path(Path(entry.path))
        for number in numbers[:1]:
            found[(shown_parent, number.kind)] = None
    return sorted(found)


@rule(code="personal-data-not-checked", severity=Severity.WARNING, theme="personal-data")
def personal_data_not_checked(context: Context) -> Iterator[Hit]:
    """A file under data/ that the personal-data scan could not read: git would still commit it."""
    for file, reason in not_checked_under_data(context):
        yield hit_at(file, None, reason=Msg(f"personal-data-not-checked.{reason.value}"))


@rule(code="personal-phone-number", severity=Severity.WARNING, theme="personal-data")
def personal_phone_number(context: Context) -> Iterator[Hit]:
    """A Swedish mobile number in any file under data/."""
    identities_by_file = identities_under_data(context)
    for file, text in texts_under_data(context).items():
        if not _MOBILE_START.search(text):
            continue
        identities = [(found.start, found.end) for found in identities_by_file.get(file, [])]
        place = Places(text)
        for match in _MOBILE.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in identities):
                continue  # already reported as a personnummer
            yield hit_at(file, place(match.start()))


@rule(code="personal-email", severity=Severity.WARNING, theme="personal-data")
def personal_email(context: Context) -> Iterator[Hit]:
    """An e-mail address that is not an organisation's."""
    for file, text in texts_under_data(context).items():
        if "@" not in text:
            continue
        place = Places(text)
        for match in _EMAIL.finditer(text):
            if not is_organisation_domain(match.group(1), context.config):
                yield hit_at(file, place(match.start()))


def identity_numbers_in_read_files(repository: Repository) -> list[Diagnostic]:
    """The `personal-identity-number` findings in the files the loader read, for `validate` (which pre-commit runs,
    so the number is stopped before the commit): only the text already in memory, so it costs one scan."""
    found: list[Diagnostic] = []
    places: dict[str, list[Position]] = {}
    for file, text in repository.texts.items():
        place: Places | None = None
        for number in identity_numbers(text):
            place = place or Places(text)
            places.setdefault(file, []).append(place(number.start))
            found.append(_identity_finding(file, places[file][-1], number.kind))
    found += [_identity_finding(*place) for place in decoded_identity_numbers(repository, places)]
    found += [
        Diagnostic(folder, None, None, "identity-number-in-name", Severity.ERROR, {"kind": kind})
        for folder, kind in identity_numbers_in_names(repository.root)
    ]
    return found


def _identity_finding(file: str, position: Position, kind: IdentityKind) -> Diagnostic:
    return Diagnostic(file, *position, "personal-identity-number", Severity.ERROR, {"kind": kind})
