"""Shared fixtures. Keep this file small and additive: other test modules may add their own fixtures here."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

#: A minimal valid data folder: an agreement (two parties, one focus area, governance, follow-up rule and an action
#: plan) and one activity, `activities/sig.yaml`.
MINIMAL_DATA = Path(__file__).resolve().parent / "fixtures" / "minimal" / "data"


def write_minimal_repository(root: Path) -> Path:
    """Write `root/data/` with one agreement and one activity; return the data folder."""
    data = root / "data"
    shutil.copytree(MINIMAL_DATA, data)
    return data


@pytest.fixture
def minimal_repo(tmp_path: Path) -> Path:
    """A folder holding a minimal valid data repository in `data/`; returns the folder (not `data/`)."""
    write_minimal_repository(tmp_path)
    return tmp_path


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder that is the working directory, as a user's own folder is when they type a command."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No SAMVERKAN_DATA, SAMVERKAN_LANG, SAMVERKAN_DEBUG or NO_COLOR from the developer's shell leaks into a test."""
    for name in ("SAMVERKAN_DATA", "SAMVERKAN_LANG", "SAMVERKAN_DEBUG", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _no_result_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs cold, so none can pass on a result an earlier test left in `.samverkan_cache/`; the cache has
    its own tests (tests/test_cache.py), which turn it back on."""
    monkeypatch.setenv("SAMVERKAN_NO_CACHE", "1")
