"""The checklist core (`samverkan.status.checklist_of`): passed, failed or not applicable, per check, as plain data."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan.config import LintConfig
from samverkan.lint import config_of
from samverkan.repository import load_repository
from samverkan.status import CHECKS, Outcome, checklist_of

REPO = Path(__file__).resolve().parents[1]
AS_OF = dt.date(2025, 1, 15)
PLAN = "atgardsplan-lag-2023-196"


def outcomes(data: Path, today: dt.date = AS_OF, config: LintConfig | None = None) -> dict[str, str]:
    repository = load_repository(data)
    checks = checklist_of(repository, today, config or config_of(repository))
    assert [check.code for check in checks] == [definition.code for definition in CHECKS]
    return {check.code: check.outcome.value for check in checks}


def copy_plan(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(REPO / "examples" / PLAN / "data", data)
    return data


def test_the_example_atgardsplan_passes_every_check_that_concerns_it(tmp_path: Path) -> None:
    assert outcomes(copy_plan(tmp_path)) == {
        "situation-report-incomplete": "passed",
        "situation-report-old": "not-applicable",  # the kommun has set no limit
        "adoption-missing": "passed",
        "coordination-function-missing": "passed",
        "citizen-feedback-missing": "not-applicable",
    }


def test_without_its_analysis_exactly_the_lagesbild_check_fails(tmp_path: Path) -> None:
    data = copy_plan(tmp_path)
    agreement = data / "agreement.yaml"
    text = agreement.read_text(encoding="utf-8")
    start, end = text.index("  analysis:\n"), text.index("  problems:\n")
    agreement.write_text(text[:start] + text[end:], encoding="utf-8")
    assert outcomes(data) == {
        "situation-report-incomplete": "failed",
        "situation-report-old": "not-applicable",
        "adoption-missing": "passed",
        "coordination-function-missing": "passed",
        "citizen-feedback-missing": "not-applicable",
    }


@pytest.mark.parametrize(("limit", "outcome"), [(9, "failed"), (10, "passed")])
def test_the_lagesbild_age_is_checked_against_the_kommuns_limit(tmp_path: Path, limit: int, outcome: str) -> None:
    """The example's lägesbild is from 15 March 2024: 10 whole months old on 15 January 2025."""
    config = LintConfig(situation_report_max_age_months=limit)
    assert outcomes(copy_plan(tmp_path), config=config)["situation-report-old"] == outcome


def test_a_switched_off_check_does_not_apply(tmp_path: Path) -> None:
    config = LintConfig.model_validate({"rules": {"coordination-function-missing": "av"}})
    assert outcomes(copy_plan(tmp_path), config=config)["coordination-function-missing"] == "not-applicable"


def test_no_law_check_concerns_a_samverkansoverenskommelse() -> None:
    assert set(outcomes(REPO / "data", dt.date(2020, 7, 1)).values()) == {"not-applicable"}


def test_only_the_feedback_check_concerns_a_medborgarlofte() -> None:
    found = outcomes(REPO / "examples" / "medborgarlofte-liten-kommun" / "data", dt.date(2025, 2, 1))
    assert {code for code, outcome in found.items() if outcome != Outcome.NOT_APPLICABLE} == {
        "citizen-feedback-missing"
    }
    assert found["citizen-feedback-missing"] == "passed"
