"""Writing files safely: atomically, never over an existing file unless asked (and then only over an ordinary file),
never outside the data folder.

Two ways in:

- `write_in_data(root, parts, text, force)` for files that samverkan names itself (`new followup`): every part of the
  path is checked to be one of our names (a slug, a period, `followups`, `meetings` …), folders are created one level
  at a time, and a folder that is a symbolic link pointing out of the data folder stops the write.
- `write_file(path, text, force)` for a file the user named (`report -o FILE`): written where the user asked.

Both write a temporary file in the target's own folder and then move it into place in one step, so a reader (or a
crash) never sees half a file. Without `force` the move is a hard link, which fails if the target appeared in the
meantime, so a file is never overwritten by accident, not even in a race.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from enum import StrEnum
from pathlib import Path

from samverkan.models import PERIOD_PATTERN, SLUG_PATTERN

_SLUG = re.compile(SLUG_PATTERN)
_PERIOD = re.compile(PERIOD_PATTERN)
_FOLDERS = frozenset({"followups", "meetings", "activities"})


class Outcome(StrEnum):
    CREATED = "created"
    OVERWRITTEN = "overwritten"
    SKIPPED = "skipped"  # the file existed and force was not given


class NotRegularFile(OSError):
    """The target exists and is not an ordinary file (a device, a pipe, a link): even with `force` it stays."""

    #: The catalog's words for it, where a command says why a write failed (`cli.app.os_reason`).
    catalog_reason = "os.not-regular"


class UnsafePath(Exception):
    """A path that would leave the data folder or is not a name samverkan makes. Says which part, not its value."""


def is_safe_name(part: str) -> bool:
    """A path part samverkan may create inside the data folder: one of its folders, a period, or `<slug>.yaml`."""
    if part in _FOLDERS or _PERIOD.fullmatch(part):
        return True
    stem, dot, suffix = part.rpartition(".")
    return dot == "." and suffix == "yaml" and bool(_SLUG.fullmatch(stem) or _PERIOD.fullmatch(stem))


def write_in_data(root: Path, parts: tuple[str, ...], text: str, *, force: bool = False) -> tuple[Path, Outcome]:
    """Write `text` to `root/parts…`, creating folders inside the data folder only. Raises UnsafePath, OSError."""
    if not parts or not all(is_safe_name(part) for part in parts):
        raise UnsafePath("name")
    real_root = root.resolve()
    folder = root
    for part in parts[:-1]:
        folder = folder / part
        if folder.is_symlink() or folder.exists():
            if not folder.resolve().is_relative_to(real_root) or not folder.is_dir():
                raise UnsafePath("folder")
        else:
            folder.mkdir()
    target = folder / parts[-1]
    if not target.parent.resolve().is_relative_to(real_root):
        raise UnsafePath("folder")
    return target, write_file(target, text, force=force)


def write_file(path: Path, text: str | bytes, *, force: bool = False) -> Outcome:
    """Atomic write: a temporary file beside the target, then one move. Without `force`, an existing file stays.
    Text is written as UTF-8 with Unix line ends; bytes (a Word or Excel file) exactly as they are."""
    existed = os.path.lexists(path)
    if existed and not force:
        return Outcome.SKIPPED
    if existed and not stat.S_ISREG(os.lstat(path).st_mode):
        # Replacing `/dev/null`, a named pipe or a symbolic link with a file is never what --force was asked for.
        raise NotRegularFile(str(path))
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if hasattr(os, "fchmod"):  # mkstemp makes the file private; a data file gets the usual rights
            os.fchmod(handle, 0o666 & ~_umask())
        if isinstance(text, bytes):
            with os.fdopen(handle, "wb") as binary:
                binary.write(text)
                binary.flush()
                os.fsync(binary.fileno())
        else:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
                stream.flush()
                os.fsync(stream.fileno())
        if force:
            os.replace(temporary, path)
            return Outcome.OVERWRITTEN if existed else Outcome.CREATED
        try:
            os.link(temporary, path)  # fails if the target appeared since we looked
        except FileExistsError:
            return Outcome.SKIPPED
        except OSError:  # a file system without hard links
            if os.path.lexists(path):
                return Outcome.SKIPPED
            os.replace(temporary, path)
        return Outcome.CREATED
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current
