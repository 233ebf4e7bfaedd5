"""What changed in the agreement and the action plan between two meetings, read from the repository's git history.

This is the review trail of the minutes ("Ändringar sedan förra mötet"): which activities were added, changed, ended
or removed, and by which commit. It runs the `git` command rather than a library: git is already required (the
Quick start needs it), reading a log is one call, and a Python git library would be a dependency for one query.

A data folder that is not in a git repository, or a machine without git, has no history: `changes_between` returns
None and the minutes leave the section out. Only committed changes count; what is not committed yet is not part of
the record.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import yaml

#: Separators that cannot occur in a commit's hash, date or subject line.
_RECORD, _FIELD = "\x1e", "\x1f"
_AGREEMENT = "agreement.yaml"
_ACTIVITIES = "activities"
#: A git that hangs (a lock, a network file system) must not hang the minutes.
_GIT_TIMEOUT_SECONDS = 20


class ChangeKind(enum.StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    ENDED = "ended"  # the activity's status became `avslutad`
    REMOVED = "removed"


@dataclass(frozen=True)
class Change:
    """One file of the agreement or the action plan changed by one commit."""

    commit: str  # the short hash, as `git log --oneline` shows it
    day: dt.date
    subject: str  # the commit's first line
    kind: ChangeKind
    activity: str | None  # the activity's id (its file name), None for the agreement itself


def changes_between(data: Path, after: dt.date, through: dt.date) -> list[Change] | None:
    """The committed changes to `agreement.yaml` and `activities/` made after the day `after` and up to and including
    the day `through`, oldest first; None when the folder's history cannot be read."""
    log = _git(
        data,
        "log",
        "--no-merges",
        "--reverse",
        "--relative",
        "--no-renames",
        "--name-status",
        "--date=short",
        f"--format={_RECORD}%H{_FIELD}%h{_FIELD}%cd{_FIELD}%s",
        # A bare date would mean that day at the current time of day: give the end of the day explicitly.
        f"--since={after.isoformat()}T23:59:59",
        f"--until={through.isoformat()}T23:59:59",
        "--",
        _AGREEMENT,
        _ACTIVITIES,
    )
    if log is None:
        return None
    changes: list[Change] = []
    for record in log.split(_RECORD)[1:]:
        header, _, files = record.partition("\n")
        full, short, day, subject = header.split(_FIELD, 3)
        for line in files.splitlines():
            status, _, name = line.partition("\t")
            change = _change(data, full, status[:1], name)
            if change is not None:
                kind, activity = change
                changes.append(Change(short, dt.date.fromisoformat(day), subject, kind, activity))
    return changes


def _change(data: Path, commit: str, status: str, name: str) -> tuple[ChangeKind, str | None] | None:
    path = Path(name)
    if name == _AGREEMENT:
        activity = None
    elif path.parent.name == _ACTIVITIES and path.suffix in (".yaml", ".yml"):
        activity = path.stem
    else:
        return None
    if status == "A":
        return ChangeKind.ADDED, activity
    if status == "D":
        return ChangeKind.REMOVED, activity
    if activity is not None and _status(data, f"{commit}:./{name}") == "avslutad" != _status(data, f"{commit}^:./{name}"):
        return ChangeKind.ENDED, activity
    return ChangeKind.CHANGED, activity


def _status(data: Path, blob: str) -> object:
    """The `status:` of an activity file as one commit had it (None when it cannot be read)."""
    text = _git(data, "show", blob)
    if text is None:
        return None
    try:
        document = yaml.load(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        return None
    return document.get("status") if isinstance(document, dict) else None


def _git(folder: Path, *args: str) -> str | None:
    """git's output run in `folder`, or None when git is missing, the folder is not in a repository, or git fails."""
    # The user's configuration must not change the output's form (a pager, colours, a log format of their own).
    environment = {**os.environ, "GIT_PAGER": "cat", "GIT_CONFIG_NOSYSTEM": "1", "LC_ALL": "C"}
    try:
        done = subprocess.run(
            ["git", "-c", "log.showSignature=false", "-c", "color.ui=never", *args],
            cwd=folder,
            capture_output=True,
            env=environment,
            timeout=_GIT_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", errors="replace")
