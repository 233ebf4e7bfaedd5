"""Helpers for the quarterly-cycle tests (overdue, new followup, report, render): run the CLI, build small
repositories, compare golden files.

Golden files live in tests/golden/. To regenerate them after an intended change, run

    SAMVERKAN_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_report.py tests/test_render.py

and review the diff with `git diff tests/golden` before committing.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from samverkan.cli import app  # noqa: F401  (registers every command)
from samverkan.cli.app import run

REPOSITORY = Path(__file__).resolve().parents[1]
SHIPPED_DATA = REPOSITORY / "data"
GOLDEN = Path(__file__).resolve().parent / "golden"

AGREEMENT = """\
id: test-avtal
title: Samverkansöverenskommelse Testby {title_years}
parties:
  - id: testby-kommun
    name: Testby kommun
    kind: kommun
  - id: polisen
    name: Polismyndigheten
    kind: polismyndigheten
validity:
  start: {start}
  end: {end}
signing:
  date: {start}
focus_areas:
  - id: ungdomsbrott
    name: Minska ungdomsbrottsligheten
    kind: brottsförebyggande
governance:
  forum: Centrala BRÅ
follow_up:
  cadence: {cadence}
  forum: Centrala BRÅ
  questions:
    - Vad har genomförts?
action_plan:
  title: Handlingsplan
  goals:
    - id: farre-unga-brott
      name: Färre unga begår brott
      focus_areas: [ungdomsbrott]
"""


def activity(activity_id: str, *, status: str = "pågående", extra: str = "") -> str:
    return f"""\
id: {activity_id}
name: Aktivitet {activity_id}
goals: [farre-unga-brott]
responsibilities:
  - party: testby-kommun
    units: [Fritid]
    roles: [samordnar]
  - party: polisen
    roles: [deltar]
status: {status}
{extra}"""


def followup(activity_id: str, period: str, done: str = "Möten hölls.") -> str:
    return f"activity: {activity_id}\nperiod: {period}\ndone: {done}\ncooperated: Fritid.\neffects: Inga ännu.\n"


def make_repository(
    root: Path,
    *,
    start: str = "2020-01-01",
    end: str = "2020-12-31",
    cadence: str = "kvartal",
    activities: dict[str, str] | None = None,
    followups: dict[tuple[str, str], str] | None = None,
    meetings: dict[str, str] | None = None,
) -> Path:
    """`root/data` with an agreement, activities (id → YAML), follow-ups ((period, id) → YAML) and meetings."""
    data = root / "data"
    (data / "activities").mkdir(parents=True)
    (data / "agreement.yaml").write_text(
        AGREEMENT.format(start=start, end=end, cadence=cadence, title_years=f"{start[:4]}–{end[:4]}"), encoding="utf-8"
    )
    for activity_id, text in (activities if activities is not None else {"sig": activity("sig")}).items():
        (data / "activities" / f"{activity_id}.yaml").write_text(text, encoding="utf-8")
    for (period, activity_id), text in (followups or {}).items():
        folder = data / "followups" / period
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{activity_id}.yaml").write_text(text, encoding="utf-8")
    for period, text in (meetings or {}).items():
        (data / "meetings").mkdir(exist_ok=True)
        (data / "meetings" / f"{period}.yaml").write_text(text, encoding="utf-8")
    return data


def copy_shipped(root: Path) -> Path:
    """A copy of the shipped data/ in `root/data`, to change without touching the repository."""
    shutil.copytree(SHIPPED_DATA, root / "data")
    return root / "data"


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run `samverkan ARGS…` in-process; exit code, stdout and stderr."""
    capsys.readouterr()
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def refused_usage(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> str:
    """Run `samverkan ARGS…` in FOLDER, an empty folder, as a usage error: exit 2, nothing out or written; its stderr."""
    code, out, err = cli(capsys, *args)
    assert (code, out, list(folder.iterdir())) == (2, "", [])
    return err


def check_golden(name: str | Path, text: str) -> None:
    """Compare with tests/golden/NAME (or the path NAME); with SAMVERKAN_UPDATE_GOLDEN=1, write it instead."""
    path = GOLDEN / name
    if os.environ.get("SAMVERKAN_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    assert path.exists(), f"{path} is missing; create it with SAMVERKAN_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8"), f"{name} differs; see the module docstring to regenerate"
