"""`samverkan report --quarter`: the minutes of a period's BRÅ meeting, safe from its own data and templates."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from _cycle import SHIPPED_DATA, check_golden, cli, copy_shipped, followup, make_repository
from markdown_check import problems

pytestmark = pytest.mark.usefixtures("clean_env")


@pytest.mark.parametrize("quarter", ["2020Q1", "2020Q2"])
def test_minutes_of_the_shipped_meetings_match_the_golden_files(
    quarter: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = cli(capsys, "report", "--data", str(SHIPPED_DATA), "--quarter", quarter, "--as-of", "2020-07-01")
    assert (code, err) == (0, "")
    check_golden(f"minutes-{quarter}.md", out)
    assert problems(out) == []
    assert out.startswith("# Minnesanteckningar – Centrala BRÅ, Strängnäs kommun\n")
    assert "> **Illustrativt exempel.**" in out
    assert "\n---\n\nVid anteckningarna: Trygghetssamordnare, Strängnäs kommun" in out
    again = cli(capsys, "report", "--data", str(SHIPPED_DATA), "--quarter", quarter.lower(), "--as-of", "2020-07-01")
    assert again[1] == out  # deterministic, whatever form the quarter is typed in


def test_the_second_meeting_follows_up_the_first_ones_action_points(capsys: pytest.CaptureFixture[str]) -> None:
    out = cli(capsys, "report", "--data", str(SHIPPED_DATA), "--quarter", "2020-Q2", "--as-of", "2020-07-01")[1]
    assert "| 30 april 2020 | klar 28 april 2020 |" in out
    assert "| 31 maj 2020 | öppen, försenad |" in out
    assert "### Fastighetsägarnätverk\n\n*Ansvariga: Boendestrateg (Strängnäs kommun); Polismyndigheten*\n\n" \
        "**Uppföljning saknas** för perioden.\n" in out  # fmt: skip


def test_a_meeting_not_yet_held_is_a_draft_agenda(capsys: pytest.CaptureFixture[str]) -> None:
    before = cli(capsys, "report", "--data", str(SHIPPED_DATA), "--quarter", "2020Q2", "--as-of", "2020-06-16")[1]
    assert before.startswith("# Förslag till dagordning – Centrala BRÅ, Strängnäs kommun\n")
    assert "> **Utkast.** Mötet har inte hållits per 16 juni 2020." in before
    assert "- **Datum:** 17 juni 2020 (planerat)\n" in before
    assert "## § " in before and "Vid anteckningarna" not in before
    assert problems(before) == []
    later = cli(capsys, "report", "--data", str(SHIPPED_DATA), "--quarter", "2020Q3", "--as-of", "2020-07-01")[1]
    assert later.startswith("# Förslag till dagordning")
    assert "- **Datum:** 23 september 2020 (enligt föregående möte)\n" in later
    assert problems(later) == []
    assert "### SIG – Sociala insatsgrupper\n\n*Ansvariga: Socialtjänsten (Strängnäs kommun); Polismyndigheten*\n\n" \
        "Uppföljning väntas senast 30 september 2020.\n" in later  # fmt: skip


def test_planned_and_cancelled_meetings(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_repository(
        workdir,
        followups={("2020Q1", "sig"): followup("sig", "2020Q1")},
        meetings={
            "2020Q1": "period: 2020Q1\nforum: Centrala BRÅ\nstatus: planerat\ndate: 2020-03-20\n",
            "2020Q2": "period: 2020Q2\nforum: Centrala BRÅ\nstatus: inställt\ndate: 2020-06-20\n",
        },
    )
    planned = cli(capsys, "report", "--quarter", "2020Q1", "--as-of", "2020-12-01")[1]
    assert planned.startswith("# Förslag till dagordning – Centrala BRÅ, Testby kommun\n")
    assert "- **Vad har genomförts:** Möten hölls.\n" in planned  # what has come in is shown
    assert problems(planned) == []
    cancelled = cli(capsys, "report", "--quarter", "2020Q2", "--as-of", "2020-12-01")[1]
    assert cancelled.startswith("# Inställt möte – Centrala BRÅ, Testby kommun\n")
    assert "> Mötet 20 juni 2020 ställdes in." in cancelled
    assert problems(cancelled) == []


NASTY = (
    "done: |-\n"
    "  Vi | gjorde | saker\n"
    "  # Rubrik\n"
    "  > citat\n"
    "  <script>alert(1)</script>\n"
    "  ```\n"
    "  [länk](http://example.invalid) ![bild](x.png)\n"
    "  ---\n"
    "  1. lista\n"
    'cooperated: "a|b\\n## Kapad"\n'
)
NASTY_MEETING = """\
period: 2020Q1
forum: Centrala BRÅ
status: genomfört
date: 2020-03-20
items:
  - heading: "Punkt\\n# Kapad rubrik"
    text: "<img src=x onerror=alert(1)>"
action_points:
  - id: rutin
    what: "Gör | detta\\n# och detta"
    owner_party: testby-kommun
    deadline: 2020-05-01
"""


def test_follow_up_text_cannot_break_the_minutes(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_repository(
        workdir,
        followups={("2020Q1", "sig"): f"activity: sig\nperiod: 2020Q1\n{NASTY}"},
        meetings={"2020Q1": NASTY_MEETING},
    )
    code, out, err = cli(capsys, "report", "--quarter", "2020Q1", "--as-of", "2020-12-01")
    assert (code, err) == (0, "")
    headings = [line for line in out.splitlines() if line.startswith("#")]
    assert all(re.match(r"#{1,3} (Minnesanteckningar|Närvarande$|Översikt$|§ \d+ |Aktivitet sig$)", h) for h in headings), (
        headings
    )
    assert "<script" not in out and "<img" not in out and "](" not in out.replace("\\](", "")
    assert not any(line.lstrip().startswith(("```", ">", "---")) for line in out.splitlines() if "Illustr" not in line
                   and line != "---")  # fmt: skip
    assert "- **Vad har genomförts:** Vi \\| gjorde \\| saker\n  \\# Rubrik\n  \\> citat\n" in out
    assert "  &lt;script\\>alert(1)&lt;/script\\>\n  \\`\\`\\`\n" in out
    assert "\n  \\---\n  1. lista\n" in out  # a list stays a list; a rule cannot turn the line above into a heading
    assert "Vem har samverkat" not in out  # the test agreement asks one question: only `done` is shown
    assert re.search(r"\n## § \d+ Punkt \\# Kapad rubrik\n\n&lt;img src=x onerror=alert\(1\)\\>\n", out)
    rows = [line for line in out.splitlines() if line.startswith("| Gör")]
    assert rows == ["| Gör \\| detta<br>\\# och detta | Testby kommun | 1 maj 2020 |"]
    assert len(re.findall(r"(?<!\\)\|", rows[0])) == 4  # still three cells


def test_output_file_is_never_overwritten_without_force(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_repository(workdir)
    args = ["report", "--quarter", "2020Q1", "--as-of", "2020-12-01", "-o", "protokoll.md"]
    code, out, err = cli(capsys, *args)
    assert (code, out, err) == (0, "", "")
    first = (workdir / "protokoll.md").read_text(encoding="utf-8")
    assert first.startswith("# Förslag till dagordning")
    (workdir / "protokoll.md").write_text("mina ändringar\n", encoding="utf-8")
    code, out, err = cli(capsys, *args)
    assert code == 2
    assert err == (
        "samverkan: Filen protokoll.md finns redan. Välj ett annat namn eller lägg till --force för att skriva över "
        "den.\n"
    )
    assert (workdir / "protokoll.md").read_text(encoding="utf-8") == "mina ändringar\n"
    assert cli(capsys, *args, "--force")[0] == 0
    assert (workdir / "protokoll.md").read_text(encoding="utf-8") == first
    assert sorted(p.name for p in workdir.iterdir()) == ["data", "protokoll.md"]


def own_minutes_template(root: Path, monkeypatch: pytest.MonkeyPatch, template: str) -> None:
    """Work in a new repository at ROOT whose own `templates/minutes.md.j2` is TEMPLATE."""
    monkeypatch.chdir(root)
    make_repository(root)
    (root / "templates").mkdir()
    (root / "templates" / "minutes.md.j2").write_text(template, encoding="utf-8")


def test_a_repository_template_cannot_escape_the_sandbox(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    own_minutes_template(tmp_path, monkeypatch, "# {{ forum }}\n\n{{ ''.__class__.__mro__[1].__subclasses__() }}\n")
    code, out, err = cli(capsys, "report", "--quarter", "2020Q1", "--as-of", "2020-12-01")
    assert (code, out) == (1, "")
    assert err.startswith(
        "templates/minutes.md.j2:3:1: fel [template-unsafe] Mallen försöker komma åt något som en mall inte får röra"
    )
    assert "Traceback" not in err


def test_a_repository_template_is_used_and_can_extend_the_built_in_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    own_minutes_template(tmp_path, monkeypatch, "Testby: {{ period.label }}\n{% include 'builtin/minutes.md.j2' %}")
    code, out, _ = cli(capsys, "report", "--quarter", "2020Q1", "--as-of", "2020-12-01")
    assert code == 0 and out.startswith("Testby: kvartal 1 2020\n# Förslag till dagordning")
    own = tmp_path / "egen.j2"
    own.write_text("{{ forum }} {{ period.code }}\n", encoding="utf-8")
    assert cli(capsys, "report", "--quarter", "2020Q1", "--template", str(own))[1] == "Centrala BRÅ 2020Q1\n"


@pytest.mark.parametrize(
    ("template", "code"),
    [
        ("{% if forum %}\n", "template-syntax"),
        ("{{ no_such_thing }}\n", "template-undefined"),
        ("{% include 'saknas.j2' %}\n", "template-missing"),
        ("{{ 1 // 0 }}\n", "template-error"),
    ],
)
def test_template_problems_are_findings(
    template: str, code: str, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_repository(workdir)
    (workdir / "mall.j2").write_text(template, encoding="utf-8")
    status, out, err = cli(capsys, "report", "--quarter", "2020Q1", "--template", "mall.j2")
    assert (status, out) == (1, "")
    assert f"[{code}]" in err and "Traceback" not in err


def test_usage_and_data_errors(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = copy_shipped(workdir)
    assert cli(capsys, "report", "--quarter", "2020Q5")[0] == 2
    for impossible in ("0000Q1", "0001Q1", "9999Q4"):  # the calendar has no quarter before or after these
        assert cli(capsys, "report", "--quarter", impossible) == (
            2,
            "",
            "samverkan: --quarter ska vara en period som avtalet följs upp per (kvartal), t.ex. 2021Q3.\n",
        )
    assert cli(capsys, "report", "--quarter", "2020Q1", "--template", "saknas.j2")[0] == 2
    assert cli(capsys, "report")[0] == 2
    (data / "followups" / "2020Q1" / "sig.yaml").write_text("activity: sig\nperiod: 2020Q1\nbetyg: 5\n", "utf-8")
    code, out, err = cli(capsys, "report", "--quarter", "2020Q1")
    assert (code, out) == (1, "")
    assert err.startswith("data/followups/2020Q1/sig.yaml:3:1: fel [schema-unknown-key]")


def test_a_follow_up_or_meeting_at_the_end_of_the_calendar_is_no_crash(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy_shipped(workdir)
    for period in ("9999Q4", "0000Q1"):
        (data / "followups" / period).mkdir()
        (data / "followups" / period / "sig.yaml").write_text(followup("sig", period), encoding="utf-8")
        (data / "meetings" / f"{period}.yaml").write_text(
            f"period: {period}\nforum: Centrala BRÅ\nstatus: planerat\ndate: 2020-03-20\n", encoding="utf-8"
        )
    for args in (("lint",), ("overdue",), ("report", "--quarter", "2020Q1")):
        code, _, err = cli(capsys, *args, "--as-of", "2021-01-15")
        assert code in (0, 1) and "internt fel" not in err, (args, err)


def test_a_template_syntax_error_ends_in_one_full_stop(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_repository(workdir)
    (workdir / "mall.j2").write_text("a\n{% if forum %}\n", encoding="utf-8")
    err = cli(capsys, "report", "--quarter", "2020Q1", "--template", "mall.j2")[2]
    first = err.splitlines()[0]
    assert first.startswith("mall.j2:2:1: fel [template-syntax] Mallen är inte giltig Jinja: ")
    assert first.endswith("'if'.") and not first.endswith("..")


def test_output_onto_a_folder_a_dash_or_an_unwritable_place(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_repository(workdir)
    (workdir / "ut").mkdir()
    for force in ((), ("--force",)):
        assert cli(capsys, "report", "--quarter", "2020Q1", "-o", "ut", *force) == (
            2,
            "",
            "samverkan: ut är en mapp. Ange ett filnamn för -o, t.ex. ut/dokument.md.\n",
        )
    assert cli(capsys, "report", "--quarter", "2020Q1", "-o", "saknas/m.md")[2] == (
        "samverkan: Mappen för saknas/m.md finns inte. Skapa mappen först eller välj en som finns.\n"
    )
    code, out, err = cli(capsys, "report", "--quarter", "2020Q1", "-o", "-")
    assert (code, err) == (0, "") and out.startswith("# ")  # `-o -` is the screen, not a file named `-`
    assert not (workdir / "-").exists()
    (workdir / "fil").write_text("x\n", encoding="utf-8")
    code, out, err = cli(capsys, "report", "--quarter", "2020Q1", "-o", "fil/m.md", "--force")
    assert code == 2 and err.startswith("samverkan: ")
    assert (workdir / "fil").read_text(encoding="utf-8") == "x\n"
