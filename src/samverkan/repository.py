"""Finding the data folder, reading every file in it, and checking each against the schema of its kind.

A file's kind follows from where it lies:

    data/agreement.yaml                    the document             (models.Agreement: an agreement, a löfte …)
    data/bra.yaml                          a council                (models.Council: a BRÅ, with or without one)
    data/activities/<id>.yaml              one activity             (models.Activity)
    data/followups/<period>/<id>.yaml      one activity's follow-up (models.FollowUp)
    data/meetings/<period>.yaml            one BRÅ meeting          (models.Meeting)
    data/samverkan.yaml                    settings for `lint`      (see samverkan.config)

Follow-ups lie one file per activity and period, so every activity owner writes their own file in their own pull
request without merge conflicts. A file that cannot be read or parsed becomes findings; it never stops the others
from being checked.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel, ValidationError

from samverkan.catalog import Msg
from samverkan.diagnostics import Diagnostic, Severity, display_path
from samverkan.identity import numbers_in_values
from samverkan.loader import _REASON_BY_ERRNO, Document, load_document
from samverkan.models import Activity, Agreement, Council, FollowUp, Meeting
from samverkan.schema_errors import diagnostics_from

YAML_SUFFIXES = (".yaml", ".yml")
AGREEMENT_FILE = "agreement.yaml"
COUNCIL_FILE = "bra.yaml"
CONFIG_FILE = "samverkan.yaml"


M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True, slots=True)
class Loaded(Generic[M]):
    """A file that parsed and passed its schema: the model, and the document that knows where each value stands."""

    path: Path
    shown_as: str
    model: M
    document: Document


@dataclass(slots=True)
class Repository:
    root: Path
    agreement: Loaded[Agreement] | None = None
    #: `bra.yaml`: the council the meetings belong to; without an agreement it is what the folder describes.
    council: Loaded[Council] | None = None
    activities: list[Loaded[Activity]] = field(default_factory=list)
    followups: list[Loaded[FollowUp]] = field(default_factory=list)
    meetings: list[Loaded[Meeting]] = field(default_factory=list)
    #: Every file read, with its text when it could be decoded: the personal-data rule reads comments too.
    texts: dict[str, str] = field(default_factory=dict)
    #: The paths (as found on disk) of the files whose text is in `texts`, so a second walk can skip them.
    read_paths: set[str] = field(default_factory=set)
    config: Loaded[BaseModel] | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files_checked: int = 0

    @property
    def document(self) -> Loaded[Agreement] | Loaded[Council] | None:
        """The agreement if there is one, else the council (`bra.yaml`)."""
        return self.agreement if self.agreement is not None else self.council


def kind_of(relative: tuple[str, ...]) -> str | None:
    """The kind of a data file from its path inside the data folder, or None when it is not one of ours."""
    if not relative or not relative[-1].endswith(YAML_SUFFIXES):
        return None
    if relative == (AGREEMENT_FILE,):
        return "agreement"
    if relative == (CONFIG_FILE,):
        return "config"
    if relative == (COUNCIL_FILE,):
        return "council"
    if len(relative) == 2 and relative[0] == "activities":
        return "activity"
    if len(relative) == 3 and relative[0] == "followups":
        return "followup"
    if len(relative) == 2 and relative[0] == "meetings":
        return "meeting"
    return None


def walk(root: Path, unreadable: list[tuple[Path, OSError]] | None = None) -> Iterator[os.DirEntry[str]]:
    """Every entry under `root` that is not a folder, hidden names (`.git`) skipped; linked folders are not entered.

    A folder that cannot be listed is added to `unreadable` with the reason: skipping it silently would let a run
    pass that never looked at its files."""
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError as error:
            if unreadable is not None:
                unreadable.append((folder, error))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                stack.append(Path(entry.path))
            else:
                yield entry


def discover(root: Path, unreadable: list[tuple[Path, OSError]] | None = None) -> list[Path]:
    """Every YAML file under the data folder, in a stable order. Hidden folders (`.git`) are skipped.

    A symbolic link to a folder is not followed; it is listed itself, so that one pointing out of the data folder
    is reported rather than silently skipped (one pointing inside is skipped: its target is read anyway).
    """
    return [path for path, _relative in _discovered(root, unreadable)]


def _discovered(
    root: Path, unreadable: list[tuple[Path, OSError]] | None
) -> list[tuple[Path, tuple[str, ...] | None]]:
    """`discover`, each path with its parts below `root` when the walk already proves it lies inside: a file that is
    not a link, found without following links, is where it was found. Links get None: `_inside` decides. That saves
    two system calls and ~6 µs a file (resolving the path and asking whether it is a folder)."""
    prefix = os.path.join(os.fspath(root), "")
    found = [
        (entry.path, entry.is_symlink())
        for entry in walk(root, unreadable)
        if entry.name.endswith(YAML_SUFFIXES) or (entry.is_symlink() and _is_dir(entry))
    ]
    # In the order of pathlib's own comparison (part by part), without making 20,000 Paths compare themselves.
    found.sort(key=lambda item: item[0].split(os.sep))
    return [
        (Path(path), None if is_link or not path.startswith(prefix) else tuple(path[len(prefix) :].split(os.sep)))
        for path, is_link in found
    ]


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def load_repository(
    root: Path,
    only: Iterable[Path] | None = None,
    unreadable_folders: Iterable[tuple[Path, OSError]] = (),
    jobs: int = 1,
) -> Repository:
    """Read and schema-check the data folder, or only the files in `only` (as pre-commit passes them).
    `unreadable_folders` are folders the caller could not list while it gathered `only` (`validate DIR`): each is a
    finding, as a folder of the data folder that cannot be listed is. With `jobs` > 1 and at least
    `POOL_MIN_FILES` files, that many worker processes read and parse the files (see `_read_in_pool`); the result
    is the same, in the same order."""
    repository = Repository(root=root)
    _real_folder.cache_clear()  # links may have changed since the last run in this process
    _absolute.cache_clear()  # and so may the working folder
    real_root = root.resolve()
    # A file named twice (`data/x.yaml` and `data/../data/x.yaml`) is read once.
    unreadable: list[tuple[Path, OSError]] = list(unreadable_folders)
    found: list[tuple[Path, tuple[str, ...] | None]] = (
        _discovered(root, unreadable)
        if only is None
        else [(path, None) for path in sorted({os.path.abspath(path): path for path in only}.values())]
    )
    for folder, error in unreadable:
        repository.files_checked += 1  # counted, so that a data folder that cannot be read is a finding, not "no files"
        reason = Msg(f"reason.{_REASON_BY_ERRNO.get(error.errno or 0, 'other')}")
        repository.diagnostics.append(
            Diagnostic(display_path(folder), None, None, "folder-unreadable", Severity.ERROR, {"reason": reason})
        )
    with _without_cyclic_gc():
        if jobs > 1 and len(found) >= POOL_MIN_FILES:
            reads: Iterable[_Read] = _read_in_pool(root, real_root, found, jobs)
        else:
            reads = (_read_one(path, root, real_root, relative) for path, relative in found)
        for read in reads:
            _take_one(repository, read)
    if (
        only is None
        and repository.agreement is None
        and not unreadable  # an agreement in a folder that cannot be read is not missing (os.path: no raise)
        and not os.path.exists(root / AGREEMENT_FILE)
        and not os.path.exists(root / COUNCIL_FILE)
    ):
        shown = display_path(root / AGREEMENT_FILE)
        repository.diagnostics.append(
            Diagnostic(shown, None, None, "agreement-missing", Severity.ERROR, {"file": shown})
        )
    repository.activities.sort(key=lambda loaded: loaded.shown_as)
    repository.followups.sort(key=lambda loaded: loaded.shown_as)
    repository.meetings.sort(key=lambda loaded: loaded.shown_as)
    repository.diagnostics.sort(key=Diagnostic.sort_key)
    return repository


@contextlib.contextmanager
def _without_cyclic_gc() -> Iterator[None]:
    """Pause Python's cycle collector while a data folder loads; a speed measure only, behaviour is the same.

    Loading makes many small containers (documents, positions, models) that all live on, and no garbage cycles.
    Each one counts towards the collector's next run, and every full run re-scanned every document already
    loaded, to find nothing: pausing it saves ~50 µs a file, about a fifth of `validate` on a large folder
    (benchmarks/RESULTS.md, "cycle collector paused"). Reference counting still frees everything as usual, and
    the collector is switched back on afterwards only if it was on before.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


@functools.lru_cache(maxsize=16)
def _absolute(root: Path) -> str:
    return os.path.abspath(root)


@functools.lru_cache(maxsize=4096)
def _real_folder(folder: str) -> str:
    """`Path(folder).resolve()`, remembered for the folder's other files (`load_repository` clears it)."""
    return str(Path(folder).resolve())


def _resolved(path: Path) -> str:
    """`path.resolve()`, cheaper: a file that is not itself a link really lies in its folder's real place.

    Resolving every file anew walked every component of its path with a system call each: about 40 µs a file.
    """
    folder, name = os.path.split(path)
    if name in ("", ".", "..") or "\0" in name or os.path.islink(path):
        return str(path.resolve())
    return os.path.join(_real_folder(folder or "."), name)


def _inside(path: Path, root: Path, real_root: Path) -> tuple[str, ...] | None:
    """The parts of `path` inside the data folder, or None when it (or what a link points at) lies outside it.

    The kind of a file follows from where it lies as written (a link in `activities/` is an activity); whether it
    may be read follows from where it really is, so neither a link nor `..` reaches a file outside the folder.
    Plain strings, not pathlib: every path here is absolute and normalised, and this runs once per file.
    """
    try:
        real = _resolved(path)
    except (OSError, RuntimeError):  # a link that points at itself: outside nothing, and unreadable
        real = os.path.abspath(path)
    real_folder = str(real_root)
    if _parts_below(real, real_folder) is None:
        return None
    written = os.path.abspath(path)
    for folder in (_absolute(root), real_folder):
        parts = _parts_below(written, folder)
        if parts is not None:
            return parts
    return _parts_below(real, real_folder)


def _parts_below(path: str, folder: str) -> tuple[str, ...] | None:
    """The parts of `path` below `folder` (both absolute and normalised), or None when it is not below it."""
    if path == folder:
        return ()
    prefix = folder if folder.endswith(os.sep) else folder + os.sep
    if not path.startswith(prefix):
        return None
    return tuple(path[len(prefix) :].split(os.sep))


@dataclass(frozen=True, slots=True)
class _Read:
    """One file read and parsed, before its schema check: all that a worker process sends back (plain data, quick
    to pickle; the models are made in the parent, since sending pydantic models back costs as much as making them)."""

    path: Path
    shown_as: str
    #: "outside", "folder" (a linked folder inside the data folder, read on its own), "unknown", or the kind.
    kind: str
    document: Document | None = None
    problems: tuple[Diagnostic, ...] = ()


def _read_one(path: Path, root: Path, real_root: Path, relative: tuple[str, ...] | None = None) -> _Read:
    """Read one file; `relative`, its parts below the data folder, when the walk has already shown it lies inside
    and is no folder (see `_discovered`)."""
    shown = display_path(path)
    if relative is None:
        relative = _inside(path, root, real_root)
        if relative is None:
            return _Read(path, shown, "outside")
        if os.path.isdir(path):  # a link to a folder inside the data folder: read on its own (os.path: never raises)
            return _Read(path, shown, "folder")
    kind = kind_of(relative)
    if kind is None:
        return _Read(path, shown, "unknown")
    document, problems = load_document(path, shown)
    return _Read(path, shown, kind, document, tuple(problems))


def _take_one(repository: Repository, read: _Read) -> None:
    """Count one read file, keep its findings, and check it against the schema of its kind."""
    shown, kind, document = read.shown_as, read.kind, read.document
    if kind == "folder":
        return
    repository.files_checked += 1
    if kind == "outside":
        repository.diagnostics.append(
            Diagnostic(shown, None, None, "file-outside-data", Severity.ERROR, {"data": display_path(repository.root)})
        )
        return
    if kind == "unknown":
        repository.diagnostics.append(Diagnostic(shown, None, None, "file-unknown-kind", Severity.ERROR))
        return
    if document is not None:
        repository.texts[shown] = document.text
        repository.read_paths.add(str(read.path))
    repository.diagnostics.extend(read.problems)
    if document is None:
        return
    model_type = _model_for(kind)
    try:
        model = model_type.model_validate(document.data)
    except ValidationError as error:
        repository.diagnostics.extend(diagnostics_from(error, model_type, document, shown))
        return
    # The parsed values are let go once the model holds them (~1.6 KB a file in a large folder); what only they can
    # show, an identity number an escape put together, is kept.
    document.decoded_numbers = numbers_in_values(document.data, document.text)
    document.data = None
    loaded = Loaded(read.path, shown, model, document)
    if kind == "agreement":
        repository.agreement = loaded  # type: ignore[assignment]
    elif kind == "activity":
        repository.activities.append(loaded)  # type: ignore[arg-type]
    elif kind == "followup":
        repository.followups.append(loaded)  # type: ignore[arg-type]
    elif kind == "meeting":
        repository.meetings.append(loaded)  # type: ignore[arg-type]
    elif kind == "council":
        repository.council = loaded  # type: ignore[assignment]
    else:
        repository.config = loaded


#: Below this many files a pool gains next to nothing: at 1,025 files two workers saved 2–3 %, the start-up of the
#: command being most of the run; at 19,721 files, ~25 % (benchmarks/RESULTS.md, issue 15).
POOL_MIN_FILES = 2000
#: Files per task: small enough that the parent checks the first results while the workers parse the rest.
_CHUNK = 250


def _read_in_pool(
    root: Path, real_root: Path, paths: list[tuple[Path, tuple[str, ...] | None]], jobs: int
) -> Iterator[_Read]:
    """`_read_one` for every path, in order, by `jobs` worker processes; the parent checks the schemas meanwhile.

    Workers are forked where the system allows (Linux): they start with the loader already imported. Elsewhere
    they are spawned, which costs an interpreter start each and is worth it only on large folders."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    method = _start_method()
    chunks = [paths[start : start + _CHUNK] for start in range(0, len(paths), _CHUNK)]
    read_chunk = functools.partial(_read_chunk, root, real_root)
    done = 0
    finished = False
    pool = None
    try:
        pool = ProcessPoolExecutor(
            max_workers=jobs, mp_context=multiprocessing.get_context(method), initializer=_leave_interrupts_to_parent
        )
        for reads in pool.map(read_chunk, chunks):
            yield from reads
            done += 1
        finished = True
    except (OSError, BrokenProcessPool):
        # No processes to be had (a sandbox, a limit on processes) or a worker died: this process reads the rest.
        for chunk in chunks[done:]:
            yield from read_chunk(chunk)
    finally:
        # Interrupted (Ctrl-C) or abandoned: drop the chunks not started and do not wait for them, so the command
        # ends at once; each worker ends after the chunk it is reading (~20 ms).
        if pool is not None:
            pool.shutdown(wait=finished, cancel_futures=not finished)


def _start_method() -> str:
    """Fork on Linux: a worker starts at once with the loader imported. Elsewhere spawn, the only safe choice on
    macOS and the only one on Windows (each worker starts an interpreter and imports the loader)."""
    import multiprocessing

    return "fork" if sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods() else "spawn"


def _leave_interrupts_to_parent() -> None:
    """A worker ignores Ctrl-C: the terminal sends it to the whole process group, and a worker that died of it
    mid-task left the pool waiting for it forever. The parent stops, and the workers with it (see above)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _read_chunk(root: Path, real_root: Path, paths: list[tuple[Path, tuple[str, ...] | None]]) -> list[_Read]:
    with _without_cyclic_gc():
        return [_read_one(path, root, real_root, relative) for path, relative in paths]


def _model_for(kind: str) -> type[BaseModel]:
    if kind == "config":
        from samverkan.config import LintConfig

        return LintConfig
    from samverkan.models import MODELS

    return MODELS[kind]
