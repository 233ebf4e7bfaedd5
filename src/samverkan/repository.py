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
    return sorted(
        Path(entry.path)
        for entry in walk(root, unreadable)
        if entry.name.endswith(YAML_SUFFIXES) or (entry.is_symlink() and _is_dir(entry))
    )


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def load_repository(
    root: Path, only: Iterable[Path] | None = None, unreadable_folders: Iterable[tuple[Path, OSError]] = ()
) -> Repository:
    """Read and schema-check the data folder, or only the files in `only` (as pre-commit passes them).
    `unreadable_folders` are folders the caller could not list while it gathered `only` (`validate DIR`): each is a
    finding, as a folder of the data folder that cannot be listed is."""
    repository = Repository(root=root)
    _real_folder.cache_clear()  # links may have changed since the last run in this process
    real_root = root.resolve()
    # A file named twice (`data/x.yaml` and `data/../data/x.yaml`) is read once.
    unreadable: list[tuple[Path, OSError]] = list(unreadable_folders)
    paths = (
        discover(root, unreadable)
        if only is None
        else sorted({os.path.abspath(path): path for path in only}.values())
    )
    for folder, error in unreadable:
        repository.files_checked += 1  # counted, so that a data folder that cannot be read is a finding, not "no files"
        reason = Msg(f"reason.{_REASON_BY_ERRNO.get(error.errno or 0, 'other')}")
        repository.diagnostics.append(
            Diagnostic(display_path(folder), None, None, "folder-unreadable", Severity.ERROR, {"reason": reason})
        )
    with _without_cyclic_gc():
        for path in paths:
            _load_one(repository, path, real_root)
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
    for folder in (os.path.abspath(root), real_folder):
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


def _load_one(repository: Repository, path: Path, real_root: Path) -> None:
    shown = display_path(path)
    repository.files_checked += 1
    relative = _inside(path, repository.root, real_root)
    if relative is None:
        repository.diagnostics.append(
            Diagnostic(shown, None, None, "file-outside-data", Severity.ERROR, {"data": display_path(repository.root)})
        )
        return
    if os.path.isdir(path):  # a link to a folder inside the data folder: read on its own (os.path: never raises)
        repository.files_checked -= 1
        return
    kind = kind_of(relative)
    if kind is None:
        repository.diagnostics.append(Diagnostic(shown, None, None, "file-unknown-kind", Severity.ERROR))
        return
    document, problems = load_document(path, shown)
    if document is not None:
        repository.texts[shown] = document.text
        repository.read_paths.add(str(path))
    repository.diagnostics.extend(problems)
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
    document.decoded_numbers = numbers_in_values(document.data)
    document.data = None
    loaded = Loaded(path, shown, model, document)
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


def _model_for(kind: str) -> type[BaseModel]:
    if kind == "config":
        from samverkan.config import LintConfig

        return LintConfig
    from samverkan.models import MODELS

    return MODELS[kind]
