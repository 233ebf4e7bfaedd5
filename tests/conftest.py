"""Shared fixtures. Keep this file small and additive: other test modules may add their own fixtures here."""

from __future__ import annotations

from pathlib import Path

import pytest

#: A minimal valid agreement: two parties, one focus area, governance, follow-up rule and an action plan.
MINIMAL_AGREEMENT = """\
id: test-2020-2023
title: Samverkansöverenskommelse mellan Testby kommun och Polisen 2020–2023
parties:
  - id: testby-kommun
    name: Testby kommun
    kind: kommun
  - id: polisen
    name: Lokalpolisområde Testby
    kind: polismyndigheten
validity:
  start: 2020-01-01
  end: 2023-06-01
signing:
  date: 2019-12-20
  place: Testby
focus_areas:
  - id: ungdomsbrott
    name: Minska ungdomsbrottsligheten
    kind: brottsförebyggande
governance:
  forum: Centrala BRÅ
follow_up:
  cadence: kvartal
  forum: Centrala BRÅ
  questions:
    - Vad har genomförts?
action_plan:
  title: Handlingsplan 2020–2023
  goals:
    - id: farre-unga-brott
      name: Färre unga begår brott
      focus_areas: [ungdomsbrott]
"""

#: A minimal valid activity, `activities/sig.yaml`.
MINIMAL_ACTIVITY = """\
id: sig
name: SIG
goals: [farre-unga-brott]
responsibilities:
  - party: testby-kommun
    roles: [samordnar]
  - party: polisen
    roles: [deltar]
status: pågående
"""


def write_minimal_repository(root: Path) -> Path:
    """Write `root/data/` with one agreement and one activity; return the data folder."""
    data = root / "data"
    (data / "activities").mkdir(parents=True)
    (data / "agreement.yaml").write_text(MINIMAL_AGREEMENT, encoding="utf-8")
    (data / "activities" / "sig.yaml").write_text(MINIMAL_ACTIVITY, encoding="utf-8")
    return data


@pytest.fixture
def minimal_repo(tmp_path: Path) -> Path:
    """A folder holding a minimal valid data repository in `data/`; returns the folder (not `data/`)."""
    write_minimal_repository(tmp_path)
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
