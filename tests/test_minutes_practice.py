"""Minutes as a Swedish municipal body keeps them: opening items, decisions under their item, övriga frågor, a
closing item, § numbers that may continue through the year, justering, and an overview a board reads first."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from _cycle import activity, cli, followup, make_repository
from markdown_check import problems

pytestmark = pytest.mark.usefixtures("clean_env")

MEETING = """\
period: 2020Q1
forum: Centrala BRÅ
status: genomfört
date: 2020-03-20
chair: {role: Kommundirektör, party: testby-kommun}
secretary: {role: Trygghetssamordnare, party: testby-kommun}
adjuster: {role: Kommunpolis, party: polisen}
"""


def minutes(capsys: pytest.CaptureFixture[str], tmp_path: Path, meeting: str, **repository: object) -> str:
    data = make_repository(tmp_path, meetings={"2020Q1": meeting}, **repository)  # type: ignore[arg-type]
    code, out, err = cli(capsys, "report", "--data", str(data), "--quarter", "2020Q1", "--as-of", "2020-04-15")
    assert (code, err) == (0, "")
    assert problems(out) == []
    return out


def headings(text: str) -> list[str]:
    return [line.removeprefix("## ") for line in text.splitlines() if line.startswith("## ")]


def test_the_items_of_a_meeting_in_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = minutes(capsys, tmp_path, MEETING)
    assert headings(out) == [
        "Närvarande",
        "Översikt",
        "§ 1 Mötets öppnande",
        "§ 2 Val av sekreterare och justerare",
        "§ 3 Godkännande av dagordningen",
        "§ 4 Föregående mötes anteckningar och åtgärdspunkter",
        "§ 5 Uppföljning: Minska ungdomsbrottsligheten",
        "§ 6 Beslut",
        "§ 7 Nya åtgärdspunkter",
        "§ 8 Övriga frågor",
        "§ 9 Nästa möte",
        "§ 10 Mötets avslutande",
    ]
    assert "Ordföranden (Kommundirektör, Testby kommun) öppnade mötet." in out
    assert "Till sekreterare valdes Trygghetssamordnare, Testby kommun." in out
    assert "Till justerare valdes Kommunpolis, Polismyndigheten." in out
    assert "Ordföranden förklarade mötet avslutat." in out
    assert "Justeras: Kommunpolis, Polismyndigheten ____________________ Datum: ____________\n" in out


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        ("", "Dagordningen godkändes."),
        (
            "agenda_decision: Dagordningen godkändes med en extra punkt om sommarlovet.\n",
            "Dagordningen godkändes med en extra punkt om sommarlovet.",
        ),
    ],
)
def test_what_the_meeting_decided_about_its_agenda(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: str, said: str
) -> None:
    out = minutes(capsys, tmp_path, MEETING + extra)
    item = out.split("## § 3 Godkännande av dagordningen\n\n", 1)[1]
    assert item.startswith(said + "\n\n## § 4 ")


def test_numbering_continues_through_the_year_and_justering_has_its_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = minutes(capsys, tmp_path, MEETING + "first_item: 14\nadjusted_on: 2020-03-27\n")
    assert headings(out)[2] == "§ 14 Mötets öppnande"
    assert headings(out)[-1] == "§ 23 Mötets avslutande"
    assert "____________________ Justerat 27 mars 2020.\n" in out


def test_decisions_stand_under_the_item_they_belong_to(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meeting = MEETING + (
        "items:\n"
        "  - heading: Trygghetsvandring\n"
        "  - heading: Övriga frågor\n"
        "    text: Inget.\n"
        "decisions:\n"
        "  - text: En trygghetsvandring hålls i maj.\n"
        "    item: 1\n"
        "  - text: Ett beslut utan punkt.\n"
    )
    out = minutes(capsys, tmp_path, meeting)
    section = out.split("Trygghetsvandring\n", 1)[1].split("\n## ", 1)[0]
    assert section == "\n**Beslut:** En trygghetsvandring hålls i maj.\n"
    assert "1. Ett beslut utan punkt." in out
    # The meeting has its own "Övriga frågor": the minutes do not add a second one.
    assert [h for h in headings(out) if h.endswith("Övriga frågor")] == ["§ 7 Övriga frågor"]


def test_imported_minutes_keep_their_item_numbers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meeting = MEETING + (
        "items:\n"
        "  - {number: 41, heading: Lägesbild}\n"
        "  - {number: 42, heading: Nattvandring}\n"
        "decisions:\n"
        "  - {text: Nattvandringen fortsätter., item: 42}\n"
    )
    out = minutes(capsys, tmp_path, meeting)
    assert "## § 41 Lägesbild\n" in out
    assert re.search(r"## § 42 Nattvandring\n\n\*\*Beslut:\*\* Nattvandringen fortsätter\.\n", out)
    # The protocol's own items are the numbered ones; what samverkan adds beside them has no § of its own.
    assert [h for h in headings(out) if h.startswith("§")] == ["§ 41 Lägesbild", "§ 42 Nattvandring"]
    assert "## Nästa möte\n" in out
    assert "Mötets öppnande" not in out  # the protocol has its own opening, or none


def test_a_council_without_an_agreement_gets_its_minutes(capsys: pytest.CaptureFixture[str]) -> None:
    data = Path(__file__).resolve().parents[1] / "examples" / "bra-protokoll-utan-overenskommelse" / "data"
    code, out, err = cli(capsys, "report", "--data", str(data), "--quarter", "2024-03-12", "--as-of", "2026-12-01")
    assert (code, err) == (0, "")
    assert problems(out) == []
    assert out.startswith("# Protokoll – Brottsförebyggande rådet i Exempeldal, Exempeldals kommun\n")
    assert "- **Period som följs upp:** mötet 12 mars 2024 (2024-03-12)\n" in out
    section = out.split("## § 7 Återrapport om samverkansöverenskommelsen\n", 1)[1].split("\n## ", 1)[0]
    assert "**Beslut:** Rådet godkänner återrapporten." in section


def test_the_overview_names_every_missing_or_blank_follow_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = minutes(
        capsys,
        tmp_path,
        MEETING,
        activities={"sig": activity("sig"), "tom": activity("tom"), "borta": activity("borta")},
        followups={
            ("2020Q1", "sig"): followup("sig", "2020Q1") + "rating: grön\n",
            ("2020Q1", "tom"): "activity: tom\nperiod: 2020Q1\ndone:\ncooperated:\neffects:\n",
        },
    )
    overview = out.split("## Översikt\n", 1)[1].split("\n## ", 1)[0]
    assert overview == (
        "\n| Aktivitet | Uppföljning | Bedömning |\n"
        "| --- | --- | --- |\n"
        "| Aktivitet borta | saknas | – |\n"
        "| Aktivitet sig | inlämnad | grön |\n"
        "| Aktivitet tom | tom | – |\n"
        "\n**Uppföljning saknas eller är tom för:** Aktivitet borta, Aktivitet tom.\n"
    )


def test_an_activity_stands_under_every_focus_area_it_serves(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = make_repository(
        tmp_path,
        meetings={"2020Q1": MEETING},
        activities={"sig": activity("sig", extra="focus_areas: [trygghet]\n")},
        followups={("2020Q1", "sig"): followup("sig", "2020Q1")},
    )
    agreement = data / "agreement.yaml"
    agreement.write_text(
        agreement.read_text(encoding="utf-8").replace(
            "    kind: brottsförebyggande\n",
            "    kind: brottsförebyggande\n"
            "  - id: trygghet\n    name: Ökad trygghet i centrum\n"
            "  - id: narkotika\n    name: Mindre narkotika\n",
        ),
        encoding="utf-8",
    )
    code, out, err = cli(capsys, "report", "--data", str(data), "--quarter", "2020Q1", "--as-of", "2020-04-15")
    assert (code, err) == (0, "")
    assert problems(out) == []

    def section(title: str) -> str:
        return out.split(f" Uppföljning: {title}\n", 1)[1].split("\n## ", 1)[0]

    # Served through its goal and named directly: the activity is gone through under both areas.
    assert "### Aktivitet sig\n" in section("Minska ungdomsbrottsligheten")
    assert "### Aktivitet sig\n" in section("Ökad trygghet i centrum")
    assert "Ingen aktivitet i handlingsplanen hör till den här inriktningen." not in section("Ökad trygghet i centrum")
    assert section("Mindre narkotika").strip() == "Ingen aktivitet i handlingsplanen hör till den här inriktningen."
    assert "Uppföljning: övriga aktiviteter" not in out
    # The overview counts it once.
    assert out.count("| Aktivitet sig |") == 1


@pytest.mark.parametrize(
    ("kind", "title"), [("", "Minnesanteckningar"), ("kind: minnesanteckningar\n", "Minnesanteckningar"),
                        ("kind: protokoll\n", "Protokoll")]
)  # fmt: skip
def test_the_title_follows_the_meeting(
    kind: str, title: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = minutes(capsys, tmp_path, MEETING + kind)
    assert out.startswith(f"# {title} – Centrala BRÅ, Testby kommun\n")


def test_justering_names_the_adjuster_where_a_name_is_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meeting = MEETING.replace(
        "adjuster: {role: Kommunpolis, party: polisen}",
        "adjuster: {role: Kommunpolis, name: Anna Berg, party: polisen}",
    )
    out = minutes(capsys, tmp_path, meeting + "adjusted_on: 2020-03-27\n")
    assert "Till justerare valdes Kommunpolis Anna Berg, Polismyndigheten.\n" in out
    assert out.endswith(
        "Justeras: Kommunpolis Anna Berg, Polismyndigheten ____________________ Justerat 27 mars 2020.\n"
    )
