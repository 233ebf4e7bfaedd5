"""`samverkan new followup`: pre-filled files that validate, never overwritten, never written outside data/."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from _cycle import activity, cli, copy_shipped, followup, make_repository
from samverkan.safe_write import Outcome, UnsafePath, is_safe_name, write_file, write_in_data

pytestmark = pytest.mark.usefixtures("clean_env")


def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_new_followup_then_validate_round_trips_on_the_shipped_data(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy_shipped(workdir)
    code, out, err = cli(capsys, "new", "followup", "--quarter", "2020Q3", "--as-of", "2020-07-01")
    assert (code, err) == (0, "")
    activities = sorted(p.stem for p in (data / "activities").glob("*.yaml"))
    assert sorted(p.stem for p in (data / "followups" / "2020Q3").glob("*.yaml")) == activities
    assert "skapad: data/meetings/2020Q3.yaml\n" in out
    assert out.endswith(
        "kvartal 3 2020: 11 filer skapades, 0 fanns redan (10 uppföljningar och en mötesfil; "
        "4 öppna åtgärdspunkter från förra mötet).\n"
    )
    code, out, _ = cli(capsys, "validate")
    assert (code, out) == (0, "Inga fel: 43 filer kontrollerade.\n")
    text = (data / "followups" / "2020Q3" / "sig.yaml").read_text(encoding="utf-8")
    assert text.startswith(
        "# yaml-language-server: $schema=../../../schemas/followup.schema.json\n"
        "# Uppföljning av SIG – Sociala insatsgrupper, kvartal 3 2020.\n"
    )
    for line in ("activity: sig", "period: 2020Q3", "done:", "cooperated:", "effects:"):
        assert f"\n{line}\n" in text
    meeting = (data / "meetings" / "2020Q3.yaml").read_text(encoding="utf-8")
    # the previous meeting set the next one's date; its four open action points are carried over, the done one not
    assert "\ndate: 2020-09-23\n" in meeting and "\nstatus: planerat\n" in meeting
    assert meeting.count("- id: ") == 4 and "kommunikationsplan-2020" not in meeting
    assert not [p for p in data.rglob(".*.tmp")]


@pytest.mark.parametrize("typed", ["2021Q3", "2021-Q3", "2021q3"])
def test_the_quarter_may_be_typed_three_ways(typed: str, workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = make_repository(workdir, end="2022-12-31")
    assert cli(capsys, "new", "followup", "--quarter", typed)[0] == 0
    assert files_under(data / "followups") == ["2021Q3/sig.yaml"]
    assert files_under(data / "meetings") == ["2021Q3.yaml"]
    assert cli(capsys, "validate")[0] == 0


def test_never_overwrites_without_force(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = make_repository(workdir, followups={("2020Q2", "sig"): followup("sig", "2020Q2", done="Skrivet.")})
    mine = data / "followups" / "2020Q2" / "sig.yaml"
    before = mine.read_text(encoding="utf-8")
    code, out, _ = cli(capsys, "new", "followup", "--quarter", "2020Q2", "--as-of", "2020-04-01")
    assert code == 0
    assert out == (
        "finns redan, orörd: data/followups/2020Q2/sig.yaml\n"
        "skapad: data/meetings/2020Q2.yaml\n"
        "kvartal 2 2020: 1 fil skapades, 1 fanns redan (1 uppföljning och en mötesfil; 0 öppna åtgärdspunkter från "
        "förra mötet).\n"
        "Filer som finns skrivs aldrig över; lägg till --force om det är meningen.\n"
    )
    assert mine.read_text(encoding="utf-8") == before
    code, out, _ = cli(capsys, "new", "followup", "--quarter", "2020Q2", "--force", "--lang", "en")
    assert code == 0 and "overwritten: data/followups/2020Q2/sig.yaml\n" in out
    assert "\ndone:\n" in mine.read_text(encoding="utf-8")


def test_a_tertial_agreement_takes_tertials_and_refuses_quarters(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = make_repository(workdir, start="2021-01-01", end="2021-12-31", cadence="tertial")
    code, _, err = cli(capsys, "new", "followup", "--quarter", "2021Q2")
    assert code == 2
    assert err == "samverkan: --quarter ska vara en period som avtalet följs upp per (tertial), t.ex. 2021T2.\n"
    assert cli(capsys, "new", "followup", "--quarter", "2021T2")[0] == 0
    assert files_under(data / "followups") == ["2021T2/sig.yaml"]
    meeting = (data / "meetings" / "2021T2.yaml").read_text(encoding="utf-8")
    assert "\ndate: 2021-08-31\n" in meeting  # no earlier meeting: the period's last weekday
    assert cli(capsys, "validate")[0] == 0


@pytest.mark.parametrize(
    ("cadence", "period", "written"),
    [
        ("kvartal", "2018Q3", "2018Q3"),
        ("tertial", "2018T2", "2018T2"),
        ("halvår", "2018H1", "2018H1"),
        ("månad", "2018M03", "2018M03"),
        ("månad", "2018m3", "2018M03"),
        ("år", "2018", "2018"),
        ("vecka", "2018W05", "2018W05"),
        ("vecka", "2018-w5", "2018W05"),
        ("varannan vecka", "2018W05", "2018W05"),
    ],
)
def test_every_period_form_scaffolds_files_that_validate_and_count_once_filled_in(
    cadence: str, period: str, written: str, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = make_repository(workdir, start="2018-01-01", end="2018-12-31", cadence=cadence)
    assert cli(capsys, "new", "followup", "--quarter", period)[0] == 0
    assert files_under(data / "followups") == [f"{written}/sig.yaml"]
    text = (data / "followups" / written / "sig.yaml").read_text(encoding="utf-8")
    shown = f'"{written}"' if written.isdigit() else written
    assert f"\nperiod: {shown}\n" in text  # a year is quoted (`period: "2018"`): text, as the file name is
    assert cli(capsys, "validate") == (0, "Inga fel: 4 filer kontrollerade.\n", "")
    # the schedule reads the file back: blank, it is as missing as no file; filled in, nothing is overdue
    code, out, _ = cli(capsys, "overdue", "--as-of", "2019-06-01", "--format", "json")
    assert code == 0 and written in {item["quarter"] for item in json.loads(out)}
    (data / "followups" / written / "sig.yaml").write_text(text.replace("\ndone:\n", "\ndone: Tre möten.\n"), "utf-8")
    code, out, _ = cli(capsys, "overdue", "--as-of", "2019-06-01", "--format", "json")
    assert code == 0 and written not in {item["quarter"] for item in json.loads(out)}


def test_guidance_comments_are_in_the_chosen_language(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = make_repository(workdir)
    code, out, _ = cli(capsys, "new", "followup", "--quarter", "2020Q2", "--as-of", "2020-09-01", "--lang", "en")
    assert code == 0
    assert out == (
        "created: data/followups/2020Q2/sig.yaml\n"
        "created: data/meetings/2020Q2.yaml\n"
        "quarter 2 2020: 2 files created, 0 already existed (1 follow-up and one meeting file; 0 open action points "
        "carried over from the last meeting).\n"
        "Note: the meeting date 30 June 2020 has passed; change it.\n"
    )
    assert (data / "followups" / "2020Q2" / "sig.yaml").read_text(encoding="utf-8") == (
        "# yaml-language-server: $schema=../../../schemas/followup.schema.json\n"
        "# Follow-up of Aktivitet sig, quarter 2 2020.\n"
        "# Answer the agreement's question in the fields below: write the text after the colon, or on the lines\n"
        "# under `done: >-`, indented by two spaces. Write roles and organisations, never names of private persons,\n"
        "# personal identity numbers or anything else that can point out a young person.\n"
        "activity: sig\n"
        "period: 2020Q2\n"
        "\n"
        "# What has been done during the period? Meetings, efforts, occasions, how many were reached.\n"
        "done:\n"
        "\n"
        "# How were the commitments met during the period: grön (green), gul (yellow) or röd (red).\n"
        "rating:\n"
        "\n"
        "# Your role and organisation (not your name), e.g. “Fritid, Strängnäs kommun”.\n"
        "reported_by:\n"
    )
    assert (data / "meetings" / "2020Q2.yaml").read_text(encoding="utf-8") == (
        "# yaml-language-server: $schema=../../schemas/meeting.schema.json\n"
        "# The central BRÅ meeting that follows up quarter 2 2020. Created by `samverkan new followup`.\n"
        "# The date is a suggestion: change it. After the meeting: fill in attendance, decisions and action points and\n"
        "# set status: genomfört. `samverkan report --quarter 2020Q2` then writes the minutes.\n"
        "period: 2020Q2\n"
        "forum: Centrala BRÅ\n"
        "status: planerat\n"
        "date: 2020-06-30\n"
        "\n"
        "# Other items (items) and decisions (decisions) are written in after the meeting.\n"
        "items: []\n"
        "decisions: []\n"
        "\n"
        "action_points: []\n"
    )


def test_new_followup_report_and_overdue_agree_on_a_period_entered_part_way(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Signed 20 December: the first follow-up covers the first whole quarter, for all three commands alike."""
    data = make_repository(workdir, start="2019-12-20")
    assert cli(capsys, "new", "followup", "--quarter", "2019Q4", "--as-of", "2019-12-20")[0] == 0
    assert files_under(data / "followups") == [] and files_under(data / "meetings") == ["2019Q4.yaml"]
    report = cli(capsys, "report", "--quarter", "2019Q4", "--as-of", "2019-12-20")[1]
    assert "Aktivitet sig" not in report
    assert "### Aktivitet sig" in cli(capsys, "report", "--quarter", "2020Q1", "--as-of", "2019-12-20")[1]
    code, out, _ = cli(capsys, "overdue", "--as-of", "2020-04-01", "--format", "json")
    assert code == 0
    assert [(item["quarter"], item["activity"]) for item in json.loads(out)] == [("2020Q1", "sig")]


def test_a_period_outside_the_agreement_is_a_usage_error(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_repository(workdir)
    code, out, err = cli(capsys, "new", "followup", "--quarter", "2024Q1")
    assert (code, out) == (2, "")
    assert err == (
        "samverkan: Perioden 2024Q1 ligger utanför överenskommelsens giltighetstid (1 januari 2020 – 31 december "
        "2020).\n"
    )
    assert cli(capsys, "new", "followup", "--quarter", "kvartal3")[0] == 2


def test_only_activities_active_in_the_period_get_a_file(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = make_repository(
        workdir,
        activities={
            "sig": activity("sig"),
            "planerad": activity("planerad", status="planerad"),
            "slutad": activity("slutad", status="avslutad", extra="end: 2020-03-01\n"),
        },
    )
    assert cli(capsys, "new", "followup", "--quarter", "2020Q2")[0] == 0
    assert files_under(data / "followups") == ["2020Q2/sig.yaml"]


def test_an_activity_name_cannot_inject_yaml_through_the_comment(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = activity("sig").replace("name: Aktivitet sig", 'name: "SIG\\nperiod: 2099Q1\\ndone: x"')
    data = make_repository(workdir, activities={"sig": text})
    assert cli(capsys, "new", "followup", "--quarter", "2020Q2")[0] == 0
    written = (data / "followups" / "2020Q2" / "sig.yaml").read_text(encoding="utf-8")
    assert "# Uppföljning av SIG period: 2099Q1 done: x, kvartal 2 2020.\n" in written
    assert cli(capsys, "validate")[0] == 0


def test_nothing_is_written_through_a_link_out_of_the_data_folder(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = make_repository(workdir / "repo")
    outside = workdir / "outside"
    outside.mkdir()
    (data / "followups").symlink_to(outside, target_is_directory=True)
    code, _out, err = cli(capsys, "new", "followup", "--data", str(data), "--quarter", "2020Q2")
    assert code == 1 and "Traceback" not in err  # validation already refuses the link
    assert list(outside.iterdir()) == []
    # and the writer refuses on its own, whoever calls it
    with pytest.raises(UnsafePath):
        write_in_data(data, ("followups", "2020Q2", "sig.yaml"), "activity: sig\n")
    assert list(outside.iterdir()) == []
    assert write_in_data(data, ("meetings", "2020Q2.yaml"), "period: 2020Q2\n")[1] is Outcome.CREATED


def test_safe_names_and_paths(tmp_path: Path) -> None:
    assert is_safe_name("followups") and is_safe_name("2021Q3") and is_safe_name("sig.yaml")
    for bad in ("..", "../sig.yaml", "a/b.yaml", "SIG.yaml", ".yaml", "sig.yml", "", "/etc", "x.yaml/.."):
        assert not is_safe_name(bad), bad
    with pytest.raises(UnsafePath):
        write_in_data(tmp_path, ("followups", "..", "sig.yaml"), "x")
    with pytest.raises(UnsafePath):
        write_in_data(tmp_path, ("..", "sig.yaml"), "x")
    assert list(tmp_path.iterdir()) == []


def test_write_file_is_atomic_and_keeps_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "x.md"
    assert write_file(target, "ett\n") is Outcome.CREATED
    assert write_file(target, "två\n") is Outcome.SKIPPED
    assert target.read_text(encoding="utf-8") == "ett\n"
    assert write_file(target, "tre\n", force=True) is Outcome.OVERWRITTEN
    assert target.read_text(encoding="utf-8") == "tre\n"
    assert sorted(os.listdir(tmp_path)) == ["x.md"]
    link = tmp_path / "link.md"
    link.symlink_to(tmp_path / "elsewhere.md")
    assert write_file(link, "fyra\n") is Outcome.SKIPPED  # a dangling link still counts as existing
    assert not (tmp_path / "elsewhere.md").exists()
