"""The result cache: a run over files that have not changed answers from `.samverkan_cache/`, as ruff and mypy do.

    .samverkan_cache/            beside the data folder (`kommun/data` → `kommun/.samverkan_cache`)
      lint-<folder hash>.json     the last lint run of that data folder
      validate-<folder hash>.json the last validate run

An entry holds a run's findings and the number of files it checked, and is used only when its key matches: the
command; the day it ran for (`--as-of`: lint's findings depend on it); the folder the run was made from (findings
name files relative to it); samverkan's version and a fingerprint of its own code, so a new version or an edited
rule or schema never answers from an old result; and every file under the data folder, hidden ones too, by its
path, kind and content hash (a link by its target). A changed, added or removed file anywhere, a personal-data
scan included, is a miss: the run reads everything again and stores the new result.

Why whole runs rather than per-file results: most of lint is cross-file (references, the schedule, ids) and the
personal-data rule reads every file, so a finding of one file can change when another changes. Keying the run on
every file's content is always right, and the common case (CI on a pull request that changed nothing in data/,
a second run before a meeting) answers without parsing YAML or importing pydantic at all.

Findings are stored with their texts in both languages, so `--lang` and `--format` choose freely on a warm run,
with the same output as a cold one. A cache file that is corrupt, from another version, or from another run is
ignored and rewritten, never trusted: it holds a checksum of its content and its key, and nothing in it is code
(JSON, no pickle). A folder where the cache cannot be written simply has no cache. `--no-cache` or
`SAMVERKAN_NO_CACHE=1` turns it off.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from samverkan import __version__
from samverkan.catalog import LANGS
from samverkan.diagnostics import Diagnostic, Severity

FOLDER = ".samverkan_cache"
#: The layout of an entry; a file of another format is ignored.
_FORMAT = 1
_PACKAGE = Path(__file__).resolve().parent


def disabled(no_cache: bool) -> bool:
    """Whether the user turned the cache off (`--no-cache`, or `SAMVERKAN_NO_CACHE` set to anything but 0)."""
    return no_cache or os.environ.get("SAMVERKAN_NO_CACHE", "0") not in ("", "0")


@dataclass(frozen=True, slots=True)
class Entry:
    """Where one run's result is kept and the key it must match."""

    path: Path
    key: str


@dataclass(frozen=True, slots=True)
class Result:
    findings: list[Diagnostic]
    files_checked: int


def entry_for(root: Path, command: str, *parts: str) -> Entry | None:
    """The cache entry for `command` on the data folder `root` with the options `parts`; None when the folder cannot
    be fingerprinted (a file or folder that cannot be read is the cold run's finding, not something to remember)."""
    digest = hashlib.blake2b(digest_size=32)
    for part in (str(_FORMAT), __version__, _code_fingerprint(), command, os.getcwd(), os.fspath(root), *parts):
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    try:
        for line in _contents(root):
            digest.update(line)
    except OSError:
        return None
    real = os.path.realpath(root)
    name = f"{command}-{hashlib.blake2b(real.encode('utf-8', 'surrogateescape'), digest_size=8).hexdigest()}.json"
    return Entry(Path(os.path.dirname(real)) / FOLDER / name, digest.hexdigest())


def load(entry: Entry) -> Result | None:
    """The stored result when the entry's file is whole and its key matches; None otherwise (a miss)."""
    try:
        with open(entry.path, "rb") as handle:
            stored = json.loads(handle.read())
        payload = stored["payload"]
        if (
            stored["format"] != _FORMAT
            or stored["key"] != entry.key
            or stored["check"] != _checksum(entry.key, payload)
        ):
            return None
        return Result([_finding(item) for item in payload["findings"]], int(payload["files_checked"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def store(entry: Entry, result: Result) -> None:
    """Keep the result for the next run, atomically; quietly nothing when it cannot be kept (a read-only checkout)
    or holds what cannot be stored faithfully (a finding with machine-readable facts)."""
    if any(finding.extra for finding in result.findings):
        return
    payload = {"findings": [_stored(finding) for finding in result.findings], "files_checked": result.files_checked}
    text = json.dumps(
        {"format": _FORMAT, "key": entry.key, "check": _checksum(entry.key, payload), "payload": payload},
        ensure_ascii=False,
    )
    with contextlib.suppress(OSError):
        entry.path.parent.mkdir(exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=entry.path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(temporary, entry.path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _checksum(key: str, payload: object) -> str:
    canonical = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8", "surrogateescape")
    return hashlib.blake2b(key.encode("ascii") + canonical, digest_size=32).hexdigest()


def _stored(finding: Diagnostic) -> dict[str, object]:
    texts: dict[str, str] = {}
    for lang in LANGS:
        texts[lang] = finding.message(lang)
        texts[f"{lang}.hint"] = finding.hint(lang)
    return {
        "file": finding.file,
        "line": finding.line,
        "column": finding.column,
        "code": finding.code,
        "severity": finding.severity.value,
        "texts": texts,
    }


def _finding(item: dict[str, object]) -> Diagnostic:
    line, column, texts = item["line"], item["column"], item["texts"]
    if not (line is None or type(line) is int) or not (column is None or type(column) is int):
        raise TypeError("line and column are numbers")
    if not isinstance(texts, dict) or not all(
        isinstance(texts.get(k), str) for k in (*LANGS, *(f"{x}.hint" for x in LANGS))
    ):
        raise TypeError("every text in every language")
    return Diagnostic(
        str(item["file"]), line, column, str(item["code"]), Severity(str(item["severity"])), texts=dict(texts)
    )


def _contents(root: Path) -> Iterator[bytes]:
    """Every entry under `root`, hidden ones too, in a stable order: its path, its kind and what it holds."""
    stack = [os.fspath(root)]
    while stack:
        folder = stack.pop()
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
        for entry in entries:
            if entry.name == ".git":  # git's own store is nothing samverkan checks
                continue
            relative = os.path.relpath(entry.path, root).encode("utf-8", "surrogateescape")
            mode = entry.stat(follow_symlinks=False).st_mode
            if stat.S_ISLNK(mode):
                yield b"L" + relative + b"\0" + os.readlink(entry.path).encode("utf-8", "surrogateescape") + b"\0"
                if os.path.isfile(entry.path):  # what a link to a file says can change without the link changing
                    yield _file_digest(entry.path)
            elif stat.S_ISDIR(mode):
                yield b"D" + relative + b"\0"
                stack.append(entry.path)
            elif stat.S_ISREG(mode):
                yield b"F" + relative + b"\0" + _file_digest(entry.path)
            else:  # a pipe or a device: the cold run reports it; never cache around it
                raise OSError(f"not a regular file: {entry.path}")


def _file_digest(path: str) -> bytes:
    digest = hashlib.blake2b(digest_size=32)
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.digest()


def _code_fingerprint() -> str:
    """samverkan's own code as it is installed: a rule or a schema edited in a checkout is a new fingerprint."""
    digest = hashlib.blake2b(digest_size=16)
    for folder, folders, files in os.walk(_PACKAGE):
        folders[:] = sorted(name for name in folders if name != "__pycache__")
        for name in sorted(files):
            if name.endswith(".py"):
                found = os.stat(os.path.join(folder, name))
                digest.update(
                    f"{folder}/{name}:{found.st_size}:{found.st_mtime_ns}\0".encode("utf-8", "surrogateescape")
                )
    return digest.hexdigest()


def cached_run(root: Path, command: str, parts: tuple[str, ...], use: bool, compute: Callable[[], Result]) -> Result:
    """The run's result from the cache when nothing it depends on changed; else `compute()`, then kept."""
    entry = entry_for(root, command, *parts) if use else None
    found = load(entry) if entry is not None else None
    if found is not None:
        return found
    result = compute()
    if entry is not None:
        store(entry, result)
    return result
