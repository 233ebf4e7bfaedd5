"""`samverkan status` and its checklist: what the kommunstyrelse and the police area's management see on one screen.

The screens of the shipped data and of every example are golden files (tests/golden/status/; regenerate with
`SAMVERKAN_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_status.py` and review the diff). The checklist core
(`samverkan.status.checklist_of`) is tested as plain data: passed, failed or not applicable, per check.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest

from _cycle import activity, check_golden, cli, followup, make_repository
from samverkan.catalog import escaped
from samverkan.config import LintConfig
from samverkan.indicators import Point, Series, Verdict, standing
from samverkan.lint import config_of, run_lint
from samverkan.models import Indicator
from samverkan.repository import load_repository
from samverkan.status import CHECKS, checklist_of, status_of
from samverkan.status_report import write_plain, write_rich

pytestmark = pytest.mark.usefixtures("clean_env")

REPO = Path(__file__).resolve().parents[1]
AS_OF = dt.date(2025, 1, 15)
PLAN = "atgardsplan-lag-2023-196"
EXAMPLES = sorted(path.name for path in (REPO / "examples").iterdir() if (path / "data").is_dir())


def outcomes(data: Path, today: dt.date = AS_OF, config: LintConfig | None = None) -> dict[str, str]:
    repository = load_repository(data)
    checks = checklist_of(repository, today, config or config_of(repository))
    assert [check.code for check in checks] == [definition.code for definition in CHECKS]
    return {check.code: check.outcome for check in checks}


def copy_plan(tmp_path: Path, *, without_analysis: bool = False) -> Path:
    """The example åtgärdsplan in `tmp_path/data`; `without_analysis`: its lägesbild's analysis (4 § 3) taken out."""
    data = tmp_path / "data"
    shutil.copytree(REPO / "examples" / PLAN / "data", data)
    if without_analysis:
        agreement = data / "agreement.yaml"
        text = agreement.read_text(encoding="utf-8")
        start, end = text.index("  analysis:\n"), text.index("  problems:\n")
        agreement.write_text(text[:start] + text[end:], encoding="utf-8")
    return data


#: The example åtgärdsplan on 15 January 2025: every check that concerns it passes.
PLAN_OUTCOMES = {
    "situation-report-crime-mapping": "passed",
    "situation-report-other-information": "passed",
    "situation-report-analysis": "passed",
    "situation-report-recent": "not-applicable",  # the kommun has set no limit
    "action-plan-adopted": "passed",
    "coordination-function-named": "passed",
    "measures-linked": "passed",
    "followup-planned": "passed",
    "followup-done": "passed",
    "citizen-feedback": "not-applicable",
}


# ----------------------------------------------------------------------------------------------- the checklist


def test_the_example_atgardsplan_passes_every_check_that_concerns_it(tmp_path: Path) -> None:
    assert outcomes(copy_plan(tmp_path)) == PLAN_OUTCOMES


def test_without_its_analysis_exactly_the_analysis_check_fails(tmp_path: Path) -> None:
    data = copy_plan(tmp_path, without_analysis=True)
    assert outcomes(data) == {**PLAN_OUTCOMES, "situation-report-analysis": "failed"}


@pytest.mark.parametrize(("limit", "outcome"), [(9, "failed"), (10, "passed")])
def test_the_lagesbild_age_is_checked_against_the_kommuns_limit(tmp_path: Path, limit: int, outcome: str) -> None:
    """The example's lägesbild is from 15 March 2024: 10 whole months old on 15 January 2025."""
    config = LintConfig(situation_report_max_age_months=limit)
    assert outcomes(copy_plan(tmp_path), config=config)["situation-report-recent"] == outcome


def test_a_switched_off_rule_makes_its_check_not_applicable(tmp_path: Path) -> None:
    config = LintConfig.model_validate({"rules": {"coordination-function-missing": "av"}})
    assert outcomes(copy_plan(tmp_path), config=config)["coordination-function-named"] == "not-applicable"


def test_a_check_of_several_rules_applies_while_one_of_them_is_on(tmp_path: Path) -> None:
    config = LintConfig.model_validate({"rules": {"forum-missing": "av"}})
    assert outcomes(copy_plan(tmp_path), config=config)["followup-planned"] == "passed"


def test_ci_can_require_the_checklist_and_a_rules_own_level_wins(tmp_path: Path) -> None:
    data = copy_plan(tmp_path, without_analysis=True)
    repository = load_repository(data)

    def severity(settings: dict[str, object]) -> list[tuple[str, str]]:
        found = run_lint(repository, AS_OF, LintConfig.model_validate(settings))
        return [(d.code, d.severity.value) for d in found if d.code == "situation-report-incomplete"]

    assert severity({}) == [("situation-report-incomplete", "warning")]
    assert severity({"checklist": "fel"}) == [("situation-report-incomplete", "error")]
    assert severity({"checklist": "fel", "rules": {"situation-report-incomplete": "varning"}}) == [
        ("situation-report-incomplete", "warning")
    ]
    assert severity({"checklist": "av"}) == []
    assert outcomes(data, config=LintConfig.model_validate({"checklist": "av"}))["situation-report-analysis"] == (
        "not-applicable"
    )


def test_the_law_does_not_concern_a_samverkansoverenskommelse_but_bras_questions_do() -> None:
    found = outcomes(REPO / "data", dt.date(2020, 7, 1))
    assert {code for code, outcome in found.items() if outcome != "not-applicable"} == {
        "measures-linked",
        "followup-planned",
        "followup-done",
    }
    # One follow-up of 2020Q2 was never handed in: the work is not followed up in full.
    assert found["followup-done"] == "failed"


def test_the_feedback_check_concerns_a_medborgarlofte() -> None:
    found = outcomes(REPO / "examples" / "medborgarlofte-liten-kommun" / "data", dt.date(2025, 1, 10))
    assert found["citizen-feedback"] == "passed"
    assert found["situation-report-analysis"] == "not-applicable"


def test_a_council_without_a_document_has_no_check_that_concerns_it() -> None:
    found = outcomes(REPO / "examples" / "bra-protokoll-utan-overenskommelse" / "data")
    assert set(found.values()) == {"not-applicable"}


# ------------------------------------------------------------------------------------------------ indicators


def series(values: list[float], **target: object) -> Series:
    indicator = Indicator.model_validate({"id": "i", "name": "I", **({"target": target} if target else {})})
    points = [Point(dt.date(2020 + n, 12, 31), value, str(2020 + n), False) for n, value in enumerate(values)]
    return Series(None, indicator, points)


@pytest.mark.parametrize(
    ("values", "target", "verdict"),
    [
        ([41, 30], {"value": 25, "direction": "minska"}, "towards"),
        ([41, 24], {"value": 25, "direction": "minska"}, "reached"),
        ([41, 45], {"value": 25}, "away"),  # a target below the first value: lower is better
        ([41], {"value": 25}, "not-reached"),
        ([6, 6], {"value": 4, "direction": "minska"}, "unchanged"),
        ([60, 70], {"direction": "öka"}, "towards"),
        ([5, 5], {"direction": "bibehålla"}, "reached"),
        ([5, 6], {}, None),  # no target: nothing to hold the value against
    ],
)
def test_an_indicators_verdict_against_its_target(
    values: list[float], target: dict[str, object], verdict: Verdict | None
) -> None:
    found = standing(series(values, **target))
    assert found is not None
    assert found.verdict == verdict
    assert found.latest.value == values[-1]


# ---------------------------------------------------------------------------------------------- the command


def test_the_shipped_data_on_one_screen(capsys: pytest.CaptureFixture[str]) -> None:
    """The issue's done-when: the period, its follow-ups and the overdue points, in one screen."""
    code, out, err = cli(capsys, "status", "--data", str(REPO / "data"), "--as-of", "2020-07-01")
    assert (code, err) == (0, "")
    check_golden("status/strangnas-2020-07-01.txt", out)
    assert len(out.splitlines()) <= 50


def test_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = cli(capsys, "--lang", "en", "status", "--data", str(REPO / "data"), "--as-of", "2020-07-01")
    assert code == 0
    check_golden("status/en/strangnas-2020-07-01.txt", out)


@pytest.mark.parametrize("example", EXAMPLES)
def test_every_example_on_one_screen(example: str, capsys: pytest.CaptureFixture[str]) -> None:
    data = REPO / "examples" / example / "data"
    code, out, err = cli(capsys, "status", "--data", str(data), "--as-of", "2025-01-15")
    assert (code, err) == (0, "")
    check_golden(f"status/{example}.txt", out)


def test_json_for_programs(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = cli(capsys, "status", "--data", str(REPO / "data"), "--as-of", "2020-07-01", "--format", "json")
    assert code == 0
    found = json.loads(out)
    assert found["as_of"] == "2020-07-01"
    assert [(d["kind"], d["state"], d["last_day"]) for d in found["documents"]] == [
        ("samverkansöverenskommelse", "in-force", "2023-06-01")
    ]
    latest = found["latest_round"]
    assert (latest["period"], latest["due"]) == ("2020Q2", "2020-06-17")
    missing = [row for row in latest["followups"] if row["state"] == "missing"]
    assert missing == [
        {
            "activity": "fastighetsagarnatverk",
            "owner": "Boendestrateg (Strängnäs kommun); Polismyndigheten",
            "state": "missing",
            "rating": None,
        }
    ]
    assert found["next_round"]["period"] == "2020Q3"
    assert [(item["kind"], item["days_late"]) for item in found["overdue"]] == [("action-point", 31), ("followup", 14)]
    assert [check["code"] for check in found["checklist"]] == [definition.code for definition in CHECKS]


def test_the_example_plans_indicators_in_json(capsys: pytest.CaptureFixture[str]) -> None:
    data = REPO / "examples" / PLAN / "data"
    code, out, _err = cli(capsys, "status", "--data", str(data), "--as-of", "2025-01-15", "--format", "json")
    assert code == 0
    indicators = json.loads(out)["indicators"]
    assert [(i["latest"]["value"], i["target"], i["verdict"]) for i in indicators] == [
        (41, {"value": 25, "direction": "minska"}, "not-reached"),
        (6, {"value": 4, "direction": "minska"}, "unchanged"),
    ]


def test_invalid_data_is_reported_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = make_repository(tmp_path, activities={"sig": activity("sig", status="kanske")})
    code, out, _err = cli(capsys, "status", "--data", str(data), "--as-of", "2020-07-01")
    assert code == 1
    assert "[schema-" in out or "[invalid-" in out or "status" in out


def test_a_format_status_does_not_draw_is_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = cli(capsys, "status", "--data", str(REPO / "data"), "--format", "github")
    assert code == 2
    assert "Välj text eller json" in err


def test_a_round_with_a_blank_followup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blank = "activity: sig\nperiod: 2020Q1\n"
    data = make_repository(
        tmp_path,
        activities={"sig": activity("sig"), "est": activity("est")},
        followups={("2020Q1", "sig"): blank, ("2020Q1", "est"): followup("est", "2020Q1")},
    )
    code, out, _err = cli(capsys, "status", "--data", str(data), "--as-of", "2020-04-15")
    assert code == 0
    assert "Uppföljning kvartal 1 2020, senast 31 mars 2020: 1 inlämnade, 1 tomma, 0 saknas." in out
    assert "Nästa uppföljning: kvartal 2 2020, senast 30 juni 2020 (2 aktiviteter)." in out


HOSTILE = "Aktivitet \x1b[2J\r\n::error::forged"


def test_nothing_from_a_file_reaches_the_screen_raw(tmp_path: Path) -> None:
    """The loader already refuses control characters in values; the screen escapes them all the same, so a value
    that gets past one guard cannot move the cursor or forge a line on a terminal or in a CI log."""
    repository = load_repository(make_repository(tmp_path))
    object.__setattr__(repository.activities[0].model, "name", HOSTILE)
    found = status_of(repository, dt.date(2020, 7, 1), config_of(repository), "sv")
    screens = {}
    for write in (write_plain, write_rich):  # a pipe, and a terminal where Rich draws (and wraps) the tables
        screen = io.StringIO()
        write(found, "sv", screen)
        screens[write.__name__] = shown = screen.getvalue()
        assert "\x1b" not in shown and "\r" not in shown, write.__name__
        assert not any(line.lstrip(" │").startswith("::") for line in shown.splitlines()), write.__name__
        assert "Uppföljning kvartal 2 2020" in shown
    assert escaped(HOSTILE) in screens["write_plain"]
    assert "\\x1b[2J" in screens["write_rich"]
