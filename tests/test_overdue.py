"""`samverkan overdue`: small repositories whose answer is known, then the shipped data."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from _cycle import SHIPPED_DATA, activity, cli, copy_shipped, followup, make_repository
from samverkan.overdue import find_overdue
from samverkan.periods import Period
from samverkan.repository import load_repository

pytestmark = pytest.mark.usefixtures("clean_env")


def overdue_json(capsys: pytest.CaptureFixture[str], data: Path, as_of: str, *extra: str) -> list[dict[str, object]]:
    code, out, _err = cli(capsys, "overdue", "--data", str(data), "--as-of", as_of, "--format", "json", *extra)
    assert code == 0
    items: list[dict[str, object]] = json.loads(out)
    return items


def keys(items: list[dict[str, object]]) -> list[tuple[object, object, object]]:
    return [(item["kind"], item["activity"] or item["action_point"], item["quarter"]) for item in items]


MEETING = """\
period: {period}
forum: Centrala BRÅ
status: {status}
date: {date}
{rest}"""


def meeting(period: str, date: str, status: str = "genomfört", rest: str = "") -> str:
    return MEETING.format(period=period, date=date, status=status, rest=rest)


# -------------------------------------------------------------------------------------------- small repositories


def test_a_missed_quarter_is_listed_with_its_days_late_and_owner(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = make_repository(
        workdir, followups={("2020Q1", "sig"): followup("sig", "2020Q1"), ("2020Q3", "sig"): followup("sig", "2020Q3")}
    )
    items = overdue_json(capsys, data, "2020-12-01")
    assert items == [
        {
            "kind": "followup",
            "activity": "sig",
            "quarter": "2020Q2",
            "due": "2020-06-30",
            "days_late": 154,
            "owner": "Fritid (Testby kommun); Polismyndigheten",
            "action_point": None,
            "file": "data/followups/2020Q2/sig.yaml",
            "line": None,
            "column": None,
            "code": "followup-overdue",
            "severity": "warning",
            "message": "Uppföljningen av aktiviteten sig för kvartal 2 2020 (2020Q2) saknas; den skulle ha funnits "
            "30 juni 2020 (154 dagar sent).",
            "hint": "Skapa filen med `samverkan new followup --quarter 2020Q2` och be den ansvariga fylla i frågorna.",
        }
    ]


def test_text_output_is_grouped_by_period_and_check_fails(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_repository(workdir, followups={("2020Q1", "sig"): followup("sig", "2020Q1")})
    code, out, err = cli(capsys, "overdue", "--as-of", "2020-10-02")
    assert (code, err) == (0, "")
    assert out == (
        "## kvartal 2 2020 (2020Q2)\n"
        "data/followups/2020Q2/sig.yaml:1:1: varning [followup-overdue] Uppföljningen av aktiviteten sig för "
        "kvartal 2 2020 (2020Q2) saknas; den skulle ha funnits 30 juni 2020 (94 dagar sent). "
        "(ansvarig: Fritid (Testby kommun); Polismyndigheten)\n"
        "    tips: Skapa filen med `samverkan new followup --quarter 2020Q2` och be den ansvariga fylla i "
        "frågorna.\n"
        "\n"
        "## kvartal 3 2020 (2020Q3)\n"
        "data/followups/2020Q3/sig.yaml:1:1: varning [followup-overdue] Uppföljningen av aktiviteten sig för "
        "kvartal 3 2020 (2020Q3) saknas; den skulle ha funnits 30 september 2020 (2 dagar sent). "
        "(ansvarig: Fritid (Testby kommun); Polismyndigheten)\n"
        "    tips: Skapa filen med `samverkan new followup --quarter 2020Q3` och be den ansvariga fylla i "
        "frågorna.\n"
        "\n"
        "Försenat per 2 oktober 2020: 2 uppföljningar och 0 åtgärdspunkter.\n"
    )
    assert cli(capsys, "overdue", "--as-of", "2020-10-02", "--check")[0] == 1
    code, out, _ = cli(capsys, "overdue", "--as-of", "2020-06-30", "--check")
    assert (code, out) == (0, "Inget är försenat per 30 juni 2020.\n")


def test_english_and_github_formats(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_repository(workdir)
    code, out, _ = cli(capsys, "overdue", "--as-of", "2020-04-02", "--lang", "en")
    assert code == 0
    assert (
        "The follow-up of activity sig for quarter 1 2020 (2020Q1) is missing; it was due 31 March 2020 (2 days" in out
    )
    assert out.endswith("Overdue as of 2 April 2020: 1 follow-up and 0 action points.\n")
    code, out, _ = cli(capsys, "overdue", "--as-of", "2020-04-02", "--format", "github")
    lines = out.splitlines()
    assert lines[0].startswith("::warning file=data/followups/2020Q1/sig.yaml,title=followup-overdue::Uppföljningen")
    assert "%0ATips: Skapa filen" in lines[0]
    assert lines[1] == "Försenat per 2 april 2020: 1 uppföljning och 0 åtgärdspunkter."


def test_english_text_names_who_is_responsible_and_agrees_in_number(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_repository(
        workdir,
        followups={("2020Q1", "sig"): followup("sig", "2020Q1")},
        meetings={"2020Q1": meeting("2020Q1", "2020-03-20", rest=ACTION_POINT.format(status="öppen", done=""))},
    )
    code, out, err = cli(capsys, "overdue", "--as-of", "2020-04-16", "--lang", "en")
    assert (code, err) == (0, "")
    assert out == (
        "## quarter 1 2020 (2020Q1)\n"
        "data/meetings/2020Q1.yaml:6:5: warning [action-point-overdue] Action point rutin passed its due date "
        "15 April 2020 (1 day late) and is not done. (responsible: Trygghetssamordnare (Testby kommun))\n"
        "    hint: When it is done: write `status: klar` and `done_on:` in the latest meeting file. Otherwise give it a "
        "new due date (`deadline:`), or drop it with `status: struken`.\n"
        "\n"
        "Overdue as of 16 April 2020: 0 follow-ups and 1 action point.\n"
    )


def test_github_format_with_an_ended_agreement(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_repository(workdir, end="2020-03-31")
    code, out, err = cli(capsys, "overdue", "--as-of", "2020-04-02", "--format", "github")
    assert (code, err) == (0, "")
    assert out == (
        "::notice title=agreement-ended::Överenskommelsen upphörde att gälla 31 mars 2020. Perioder som börjar efter "
        "det behöver ingen uppföljning.\n"
        "::warning file=data/followups/2020Q1/sig.yaml,title=followup-overdue::Uppföljningen av aktiviteten sig för "
        "kvartal 1 2020 (2020Q1) saknas; den skulle ha funnits 31 mars 2020 (2 dagar sent). (ansvarig: Fritid "
        "(Testby kommun); Polismyndigheten)%0ATips: Skapa filen med `samverkan new followup --quarter 2020Q1` och be "
        "den ansvariga fylla i frågorna.\n"
        "Försenat per 2 april 2020: 1 uppföljning och 0 åtgärdspunkter.\n"
    )
    code, out, err = cli(capsys, "overdue", "--as-of", "2020-04-02", "--format", "json")
    assert err == (
        "samverkan: Överenskommelsen upphörde att gälla 31 mars 2020. Perioder som börjar efter det behöver ingen "
        "uppföljning.\n"
    )
    assert [item["code"] for item in json.loads(out)] == ["followup-overdue"]


@pytest.mark.parametrize(
    ("status", "as_of", "expected"),
    [
        ("planerat", "2020-07-05", None),  # the meeting after the quarter moves the due date to its day
        ("planerat", "2020-07-10", None),  # due today is not yet late
        ("planerat", "2020-07-11", ("2020Q2", "2020-07-10", 1)),
        ("inställt", "2020-07-05", ("2020Q2", "2020-06-30", 5)),  # a cancelled meeting leaves it at the period end
    ],
)
def test_the_meeting_after_the_quarter_sets_the_due_date(
    status: str, as_of: str, expected: tuple[str, str, int] | None, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = make_repository(
        workdir,
        followups={("2020Q1", "sig"): followup("sig", "2020Q1")},
        meetings={"2020Q2": meeting("2020Q2", "2020-07-10", status=status)},
    )
    found = [(item["quarter"], item["due"], item["days_late"]) for item in overdue_json(capsys, data, as_of)]
    assert found == ([] if expected is None else [expected])


ACTION_POINT = """\
action_points:
  - id: rutin
    what: Ta fram en rutin.
    owner_party: testby-kommun
    owner_role: Trygghetssamordnare
    deadline: 2020-04-15
    status: {status}
{done}"""


def test_an_action_point_done_late_is_overdue_until_the_day_it_was_done(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    followups = {(p, "sig"): followup("sig", p) for p in ("2020Q1", "2020Q2")}
    data = make_repository(
        workdir,
        followups=followups,
        meetings={
            "2020Q1": meeting("2020Q1", "2020-03-20", rest=ACTION_POINT.format(status="öppen", done="")),
            "2020Q2": meeting(
                "2020Q2", "2020-06-20", rest=ACTION_POINT.format(status="klar", done="    done_on: 2020-05-10\n")
            ),
        },
    )
    [item] = overdue_json(capsys, data, "2020-05-01")
    assert item == {
        "kind": "action-point",
        "activity": None,
        "quarter": "2020Q2",
        "due": "2020-04-15",
        "days_late": 16,
        "owner": "Trygghetssamordnare (Testby kommun)",
        "action_point": "rutin",
        "file": "data/meetings/2020Q2.yaml",
        "line": 6,
        "column": 5,
        "code": "action-point-overdue",
        "severity": "warning",
        "message": "Åtgärdspunkten rutin passerade sitt sista datum 15 april 2020 (16 dagar sent) och är inte klar.",
        "hint": "När punkten är gjord: skriv `status: klar` och `done_on:` i den senaste mötesfilen. Annars: ge den "
        "ett nytt sista datum (`deadline:`), eller stryk den med `status: struken`.",
    }
    assert overdue_json(capsys, data, "2020-05-11") == []


def test_an_open_action_point_is_overdue_from_the_day_after_its_deadline(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = make_repository(
        workdir,
        followups={("2020Q1", "sig"): followup("sig", "2020Q1")},
        meetings={"2020Q1": meeting("2020Q1", "2020-03-20", rest=ACTION_POINT.format(status="pågår", done=""))},
    )
    assert overdue_json(capsys, data, "2020-04-15") == []
    assert keys(overdue_json(capsys, data, "2020-04-16")) == [("action-point", "rutin", "2020Q1")]


def test_an_agreement_that_ended_mid_quarter(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = make_repository(workdir, end="2020-05-15")
    items = overdue_json(capsys, data, "2021-06-01")
    assert keys(items) == [("followup", "sig", "2020Q1"), ("followup", "sig", "2020Q2")]  # Q2 straddles the end
    _code, out, _err = cli(capsys, "overdue", "--data", str(data), "--as-of", "2021-06-01")
    assert out.startswith(
        "Överenskommelsen upphörde att gälla 15 maj 2020. Perioder som börjar efter det behöver ingen uppföljning.\n"
    )
    _code, _out, err = cli(capsys, "overdue", "--data", str(data), "--as-of", "2021-06-01", "--format", "json")
    assert "upphörde att gälla 15 maj 2020" in err


def test_a_tertial_cadence(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = make_repository(
        workdir,
        start="2021-01-01",
        end="2021-12-31",
        cadence="tertial",
        followups={("2021T1", "sig"): followup("sig", "2021T1")},
    )
    items = overdue_json(capsys, data, "2021-12-31")
    assert [(i["quarter"], i["due"], i["file"]) for i in items] == [
        ("2021T2", "2021-08-31", "data/followups/2021T2/sig.yaml")
    ]
    assert keys(overdue_json(capsys, data, "2022-01-01")) == [
        ("followup", "sig", "2021T2"),
        ("followup", "sig", "2021T3"),
    ]


def test_activity_status_and_span(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = make_repository(
        workdir,
        activities={
            "planerad": activity("planerad", status="planerad"),
            "pausad": activity("pausad", status="pausad"),
            "slutad": activity("slutad", status="avslutad", extra="end: 2020-04-10\n"),
            "tyst-slut": activity("tyst-slut", status="avslutad"),
            "sen-start": activity("sen-start", extra="start: 2020-05-20\n"),
        },
        followups={("2020Q1", "tyst-slut"): followup("tyst-slut", "2020Q1")},
    )
    assert keys(overdue_json(capsys, data, "2021-01-01")) == [
        ("followup", "pausad", "2020Q1"),
        ("followup", "slutad", "2020Q1"),
        ("followup", "pausad", "2020Q2"),
        ("followup", "slutad", "2020Q2"),  # it ended inside the quarter: that quarter is still due
        ("followup", "pausad", "2020Q3"),
        ("followup", "sen-start", "2020Q3"),  # started part-way into Q2: its first follow-up is Q3's
        ("followup", "pausad", "2020Q4"),
        ("followup", "sen-start", "2020Q4"),
    ]


def test_an_agreement_signed_before_new_year_starts_with_the_first_whole_quarter(tmp_path: Path) -> None:
    data = make_repository(tmp_path, start="2019-12-20")
    report = find_overdue(load_repository(data), dt.date(2020, 4, 1))
    assert [str(item.extra["quarter"]) for item in report.items] == ["2020Q1"]


def test_invalid_data_is_reported_like_validate_and_fails(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = make_repository(workdir, followups={("2020Q1", "sig"): "activity: sig\nperiod: 2020Q1\nrating: blå\n"})
    code, out, _ = cli(capsys, "overdue", "--as-of", "2020-12-01")
    assert code == 1
    assert out.startswith("data/followups/2020Q1/sig.yaml:3:9: fel [schema-invalid-choice]")
    assert cli(capsys, "overdue", "--data", str(data), "--as-of", "2020-13-01")[0] == 2
    assert cli(capsys, "overdue", "--data", str(data), "--format", "xml")[0] == 2


# ---------------------------------------------------------------------------------------------- the shipped data


def all_quarters(first: str, last: str) -> list[str]:
    period, end, found = Period.parse(first), Period.parse(last), []
    while period <= end:
        found.append(str(period))
        period = period.next()
    return found


def test_shipped_data_lists_exactly_the_follow_ups_never_written(
    capsys: pytest.CaptureFixture[str],
) -> None:
    activities = sorted(path.stem for path in (SHIPPED_DATA / "activities").glob("*.yaml"))
    written = {(path.parent.name, path.stem) for path in (SHIPPED_DATA / "followups").glob("*/*.yaml")}
    expected = {
        (quarter, activity_id)
        for quarter in all_quarters("2020Q1", "2023Q2")  # the agreement ends 2023-06-01, inside 2023Q2
        for activity_id in activities
    } - written
    items = overdue_json(capsys, SHIPPED_DATA, "2023-07-01")
    found = {(item["quarter"], item["activity"]) for item in items if item["kind"] == "followup"}
    assert found == expected
    assert len(activities) == 10 and len(found) == 12 * 10 + 1
    # and the same as of much later: nothing after the agreement's end
    later = overdue_json(capsys, SHIPPED_DATA, "2026-01-01")
    assert {(i["quarter"], i["activity"]) for i in later if i["kind"] == "followup"} == expected


def test_deleting_one_follow_up_makes_exactly_it_appear(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = copy_shipped(tmp_path)
    before = {tuple(k) for k in keys(overdue_json(capsys, data, "2023-07-01"))}
    (data / "followups" / "2020Q1" / "sig.yaml").unlink()
    after = {tuple(k) for k in keys(overdue_json(capsys, data, "2023-07-01"))}
    assert after - before == {("followup", "sig", "2020Q1")}
    assert before - after == set()
