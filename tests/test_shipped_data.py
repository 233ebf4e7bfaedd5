"""The shipped data in `data/` is the whole Strängnäs document, schema-valid, with nothing of substance lost.

The signed source document is copied into `tests/fixtures/seed/` so that the test runs in a fresh clone. Every line of
it must be found in the data: prose verbatim (whitespace normalised, Markdown emphasis removed) in one text field of the
agreement or an activity, the table's cells in the activities, and the key facts in the fields that mean them.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from samverkan.models import Activity, Agreement, FocusKind, FollowUp, Meeting, PartyKind
from samverkan.repository import Repository, load_repository

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
SEED = REPO / "tests" / "fixtures" / "seed" / "samverkansoverenskommelse-strangnas-2020-2023.txt"

ILLUSTRATIVE_COMMENT = "# Illustrativt exempel – inte en verklig uppföljning."
SCHEMA_LINE = "# yaml-language-server: $schema={}"
SCHEMA_FOR = {
    "agreement": "../schemas/agreement.schema.json",
    "activity": "../../schemas/activity.schema.json",
    "followup": "../../../schemas/followup.schema.json",
    "meeting": "../../schemas/meeting.schema.json",
}

#: A line whose lead-in the structure stands for: only the rest must be in the data (here in `validity.as_stated`).
LEAD_INS = ("Samverkansöverenskommelsen gäller ",)

#: Headings that the structure itself stands for, with the field that must hold their content.
STRUCTURAL_HEADINGS = {
    "Bakgrund": lambda a: a.background,
    "Trygghetskapande och brottsförebyggande arbetet": lambda a: a.governance.text,
    "Uppföljning": lambda a: a.follow_up.text,
    "Kommunikationsstrategi": lambda a: a.communication and a.communication.text,
    "Tid": lambda a: a.validity.as_stated,
}


# ------------------------------------------------------------------------------------------------- reading the seed


def normalise(text: str) -> str:
    return " ".join(text.split())


def seed_lines() -> list[str]:
    """The seed's non-empty lines, with HTML italics and Markdown emphasis removed; signature dots left out."""
    lines = []
    for raw in SEED.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or set(line) == {"."}:
            continue
        if "\t" not in line:
            line = line.replace("*", "")
        lines.append(line)
    return lines


def table_rows() -> list[list[str]]:
    """The action plan's table without its header row, each row as its four cells."""
    rows = [line.split("\t") for line in seed_lines() if "\t" in line]
    assert rows[0] == ["Vad", "Kommun", "Polis", "kommunikation"]
    assert all(len(row) == 4 for row in rows)
    return rows[1:]


def list_after(intro: str) -> list[str]:
    """The bulleted list that follows the line `intro` in the seed."""
    lines = seed_lines()
    start = lines.index(intro) + 1
    items = []
    for line in lines[start:]:
        if not line.startswith("- "):
            break
        items.append(line[2:].strip())
    assert items, intro
    return items


def prose_lines() -> list[str]:
    """Every line that is neither a table row nor a heading the structure stands for, without its list marker."""
    found = []
    for line in seed_lines():
        if "\t" in line or line in STRUCTURAL_HEADINGS:
            continue
        for lead_in in LEAD_INS:
            line = line.removeprefix(lead_in)
        found.append(normalise(line.removeprefix("- ")))
    return found


# ------------------------------------------------------------------------------------------------- reading the data


def strings_in(value: Any) -> Iterator[str]:
    if isinstance(value, BaseModel):
        yield from strings_in(dict(value))
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings_in(item)
    elif isinstance(value, str):
        yield str(value)


def corpus(models: Iterable[BaseModel]) -> list[str]:
    """Every text field of the given models, whitespace normalised."""
    return [normalise(text) for model in models for text in strings_in(model)]


def missing_lines(texts: list[str]) -> list[str]:
    return [line for line in prose_lines() if not any(line in text for text in texts)]


@pytest.fixture(scope="module")
def repository() -> Repository:
    loaded = load_repository(DATA)
    assert loaded.diagnostics == []
    assert loaded.agreement is not None
    return loaded


@pytest.fixture(scope="module")
def agreement(repository: Repository) -> Agreement:
    assert repository.agreement is not None
    return repository.agreement.model


@pytest.fixture(scope="module")
def activities(repository: Repository) -> list[Activity]:
    return sorted((loaded.model for loaded in repository.activities), key=lambda a: a.order or 0)


def party_of_kind(agreement: Agreement, kind: PartyKind) -> str:
    (party,) = [p.id for p in agreement.parties if p.kind is kind]
    return party


def goal(agreement: Agreement, goal_id: str) -> Any:
    (found,) = [g for g in agreement.action_plan.goals if g.id == goal_id]
    return found


# ------------------------------------------------------------------------------------------------- the command line


def test_validate_finds_nothing_wrong_in_the_shipped_data() -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"SAMVERKAN_DATA", "SAMVERKAN_LANG"}}
    result = subprocess.run(
        [sys.executable, "-m", "samverkan", "validate", "--format", "json"],
        cwd=REPO,
        env={**env, "NO_COLOR": "1"},
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.stdout.strip() == "[]", result.stdout + result.stderr
    assert result.returncode == 0


# ------------------------------------------------------------------------------------------------- nothing lost


def test_the_fixture_is_the_signed_document() -> None:
    shared = REPO.parent / "shared" / "seed" / SEED.name
    if shared.exists():
        assert SEED.read_bytes() == shared.read_bytes()


def test_every_line_of_prose_is_in_the_data_verbatim(agreement: Agreement, activities: list[Activity]) -> None:
    assert missing_lines(corpus([agreement, *activities])) == []


def test_a_dropped_paragraph_is_noticed(agreement: Agreement, activities: list[Activity]) -> None:
    dropped = agreement.background[0]
    shortened = agreement.model_copy(update={"background": agreement.background[1:]})
    assert missing_lines(corpus([shortened, *activities])) == [normalise(dropped)]


def test_the_verbatim_fields_hold_only_the_documents_words(agreement: Agreement) -> None:
    governance = agreement.governance
    verbatim = [
        *agreement.background,
        agreement.line_organisation,
        agreement.citizen_promise,
        agreement.commitment,
        *(section.text for section in agreement.sections),
        governance.text,
        governance.coordinators_task,
        governance.continuous_contact,
        governance.changed_situation,
        governance.notes,
        agreement.sources_intro,
        agreement.follow_up.text,
        agreement.communication and agreement.communication.text,
        agreement.communication and agreement.communication.applies_to_activities,
        *(each.situation for each in agreement.action_plan.goals),
    ]
    lines = set(prose_lines())
    for text in verbatim:
        assert text
        for paragraph in text.split("\n\n"):
            for line in paragraph.splitlines():
                assert normalise(line.removeprefix("- ")) in lines, line


def test_every_structural_heading_has_its_content(agreement: Agreement) -> None:
    for heading in STRUCTURAL_HEADINGS:
        assert heading in seed_lines()
        assert STRUCTURAL_HEADINGS[heading](agreement), heading


def test_every_table_row_is_an_activity_in_order(agreement: Agreement, activities: list[Activity]) -> None:
    kommun = party_of_kind(agreement, PartyKind.KOMMUN)
    polisen = party_of_kind(agreement, PartyKind.POLISMYNDIGHETEN)
    rows = table_rows()
    assert len(rows) == len(activities) == 10
    for number, (row, activity) in enumerate(zip(rows, activities, strict=True), start=1):
        what, kommun_cell, polis_cell, communication_cell = row
        names = re.findall(r"<i>(.*?)</i>", what)
        assert activity.order == number
        assert activity.name == names[0]
        assert activity.full_name == (names[1] if len(names) > 1 else None)
        by_party = {r.party: r for r in activity.responsibilities}
        assert set(by_party) == {kommun, polisen}, activity.id
        assert by_party[kommun].as_signed == kommun_cell
        assert by_party[polisen].as_signed == polis_cell
        assert activity.communication is not None
        assert activity.communication.as_signed == communication_cell


def test_activity_files_are_named_by_id(repository: Repository) -> None:
    for loaded in repository.activities:
        assert loaded.path.name == f"{loaded.model.id}.yaml"


# ------------------------------------------------------------------------------------------------- key facts


def test_title_parties_validity_and_signing(agreement: Agreement) -> None:
    assert agreement.title == seed_lines()[0]
    kinds = {p.name: p.kind for p in agreement.parties}
    assert kinds == {"Polismyndigheten": PartyKind.POLISMYNDIGHETEN, "Strängnäs kommun": PartyKind.KOMMUN}
    assert agreement.validity is not None and agreement.validity.first_day == dt.date(2019, 12, 20)
    assert agreement.validity.last_day == dt.date(2023, 6, 1)
    assert agreement.validity.start is not None and agreement.validity.start.precision == "dag"
    assert f"Samverkansöverenskommelsen gäller {agreement.validity.as_stated}" in seed_lines()
    assert agreement.signing is not None and agreement.signing.date is not None
    assert agreement.signing.date.first_day() == dt.date(2019, 12, 20)
    assert agreement.signing.place == "Strängnäs"
    assert agreement.signing.as_stated == "Strängnäs kommun 20 december 2019"


def test_signatories(agreement: Agreement) -> None:
    kommun = party_of_kind(agreement, PartyKind.KOMMUN)
    polisen = party_of_kind(agreement, PartyKind.POLISMYNDIGHETEN)
    signed = {(s.party, s.name, s.title) for s in agreement.signatories}
    assert signed == {
        (kommun, "Lars Ekström", "Kommundirektör Strängnäs kommun"),
        (polisen, "Christer Sjöqvist", "Lokalpolisområdeschef LPOE"),
    }
    lines = seed_lines()
    for signatory in agreement.signatories:
        assert lines.index(signatory.title) + 1 == lines.index(signatory.name)


def test_the_prose_sits_in_the_fields_that_mean_it(agreement: Agreement) -> None:
    lines = seed_lines()
    background = lines[lines.index("Bakgrund") + 1 : lines.index("Trygghetskapande och brottsförebyggande arbetet")]
    assert agreement.background == background[:2]
    assert agreement.line_organisation == background[2]
    assert agreement.citizen_promise == background[3]
    assert agreement.commitment in lines
    governance = agreement.governance
    assert governance.forum == "Centrala BRÅ"
    assert governance.continuous_contact in lines
    assert governance.coordinators_task in lines
    assert governance.changed_situation in lines
    assert "orsaksanalys" in (governance.changed_situation or "")
    assert {(c.role, c.party) for c in governance.coordinators} == {
        ("Samordnare för BRÅ", party_of_kind(agreement, PartyKind.KOMMUN)),
        ("Kommunpolis", party_of_kind(agreement, PartyKind.POLISMYNDIGHETEN)),
        ("Områdespolis", party_of_kind(agreement, PartyKind.POLISMYNDIGHETEN)),
    }
    represented = {r.party: r.roles for r in governance.representation}
    assert represented[party_of_kind(agreement, PartyKind.POLISMYNDIGHETEN)] == ["Kommunpolis", "Lokalpolisområdeschef"]
    assert represented[party_of_kind(agreement, PartyKind.KOMMUN)] == ["Samordnare för brottsförebyggande frågor"]
    assert agreement.sources_intro in lines
    assert [s.heading for s in agreement.sections] == [
        "Överenskommelse om gemensamt brottsförebyggande och trygghetsskapande arbete"
    ]


def test_sources(agreement: Agreement) -> None:
    listed = list_after(agreement.sources_intro or "")
    assert len(listed) == 7
    assert [s.name for s in agreement.sources[:7]] == listed
    for added in agreement.sources[7:]:
        assert "Finns inte i dokumentets källförteckning" in (added.remarks or ""), added.id
    ids = {s.id for s in agreement.sources}
    used = {i.source for g in agreement.action_plan.goals for i in g.indicators}
    assert used <= ids


def test_focus_areas_and_their_kinds(agreement: Agreement) -> None:
    crime = list_after("Inom ramen för det brottsförebyggande arbetet kommer inriktningarna vara:")
    safety = list_after("Inom ramen för det trygghetsskapande arbetet kommer inriktningen vara:")
    expected = [(name, FocusKind.BROTTSFOREBYGGANDE) for name in crime]
    expected += [(name, FocusKind.TRYGGHETSSKAPANDE) for name in safety]
    assert [(f.name, f.kind) for f in agreement.focus_areas] == expected
    assert [f.id for f in agreement.focus_areas] == [
        "ungdomsbrottslighet",
        "droganvandning-unga",
        "kommunikation-trygghet",
        "otrygghet-offentlig-miljo",
    ]


def test_work_cycle_follow_up_and_communication(agreement: Agreement) -> None:
    assert agreement.work_cycle == ["analysera", "planera", "genomföra", "utvärdera", "analysera igen"]
    rule = agreement.follow_up
    assert rule.cadence.value == "kvartal"
    assert rule.forum == "Centrala BRÅ"
    assert len(rule.questions) == 3
    assert "4 ggr/år" in (rule.text or "")
    assert agreement.communication is not None
    assert agreement.communication.principles[:6] == [
        "öppen",
        "sann",
        "snabb",
        "saklig",
        "professionell",
        "anpassad till mottagaren",
    ]
    assert agreement.communication.text in seed_lines()
    assert agreement.communication.applies_to_activities in seed_lines()


def test_goals_are_the_documents_and_have_no_invented_targets(agreement: Agreement) -> None:
    plan = agreement.action_plan
    assert plan.title in seed_lines()
    assert plan.table_title in seed_lines()
    assert plan.goals_intro == "Mål för perioden är:"
    assert [g.name for g in plan.goals] == list_after("Mål för perioden är:")
    assert [(g.direction.value if g.direction else None) for g in plan.goals] == ["minska", "minska", "öka"]
    for each in plan.goals:
        assert each.situation, each.id
        assert each.target_year is None
        assert all(i.target is None and i.baseline is None and not i.values for i in each.indicators)
    assert goal(agreement, "oka-kommunikation-om-trygghet").focus_areas == ["kommunikation-trygghet"]
    assert goal(agreement, "oka-kommunikation-om-trygghet").indicators == []


def test_nothing_serves_otrygghet_i_offentlig_miljo(agreement: Agreement, activities: list[Activity]) -> None:
    linked = {f for g in agreement.action_plan.goals for f in g.focus_areas}
    linked |= {f for a in activities for f in a.focus_areas}
    assert "otrygghet-offentlig-miljo" not in linked


@pytest.mark.parametrize(
    ("goal_id", "indicator_id", "percent", "as_stated"),
    [
        ("minska-ungdomsbrottsligheten", "anmalningar-socialtjansten-brott", 40, "har ökat med nästan 40 %"),
        ("minska-droganvandningen", "anmalningar-socialtjansten-missbruk", 33, "ökade med ca 33%"),
    ],
)
def test_reports_to_social_services(
    agreement: Agreement, goal_id: str, indicator_id: str, percent: float, as_stated: str
) -> None:
    the_goal = goal(agreement, goal_id)
    (indicator,) = [i for i in the_goal.indicators if i.id == indicator_id]
    (change,) = indicator.changes
    assert change.percent == percent
    assert change.approximate is True
    assert change.as_stated == as_stated
    assert as_stated in (the_goal.situation or "")
    assert (change.from_period.start, change.from_period.end) == (dt.date(2017, 11, 1), dt.date(2018, 4, 30))
    assert (change.to_period.start, change.to_period.end) == (dt.date(2018, 11, 1), dt.date(2019, 4, 30))
    assert change.from_period.label in (the_goal.situation or "")
    assert change.to_period.label in (the_goal.situation or "")


def test_links_between_files_resolve(agreement: Agreement, activities: list[Activity]) -> None:
    goals = {g.id for g in agreement.action_plan.goals}
    focus = {f.id for f in agreement.focus_areas}
    parties = {p.id for p in agreement.parties}
    assert {f for g in agreement.action_plan.goals for f in g.focus_areas} <= focus
    assert {s.party for s in agreement.signatories} <= parties
    for activity in activities:
        assert activity.goals, activity.id
        assert set(activity.goals) <= goals, activity.id
        assert set(activity.focus_areas) <= focus, activity.id
        assert {r.party for r in activity.responsibilities} <= parties
        assert activity.communication is not None
        assert set(activity.communication.parties) <= parties


def test_only_the_question_mark_cell_is_uncertain(activities: list[Activity]) -> None:
    uncertain = [(a.id, r.as_signed) for a in activities for r in a.responsibilities if r.uncertain]
    assert uncertain == [("linkopingsmodellen", "Socialtjänst? deltar")]
    flagged = [(a.id, r.as_signed) for a in activities for r in a.responsibilities if "?" in (r.as_signed or "")]
    assert flagged == uncertain


def test_scope_of_a_role(activities: list[Activity]) -> None:
    scoped = [(a.id, r.scope) for a in activities for r in a.responsibilities if r.scope]
    assert scoped == [("kann-dig-trygg", "i undervisningsdelar")]


def test_activities_linked_by_interpretation_say_so() -> None:
    for path in sorted((DATA / "activities").glob("*.yaml")):
        comments = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
        assert any("tolkning" in line for line in comments), path.name


# ------------------------------------------------------------------------------------------------- the examples


def test_every_data_file_names_its_json_schema_on_the_first_line(repository: Repository) -> None:
    kinds = {"agreement": [DATA / "agreement.yaml"]}
    kinds["activity"] = sorted((DATA / "activities").glob("*.yaml"))
    kinds["followup"] = sorted((DATA / "followups").glob("*/*.yaml"))
    kinds["meeting"] = sorted((DATA / "meetings").glob("*.yaml"))
    assert sum(len(paths) for paths in kinds.values()) == repository.files_checked
    for kind, paths in kinds.items():
        for path in paths:
            first = path.read_text(encoding="utf-8").splitlines()[0]
            assert first == SCHEMA_LINE.format(SCHEMA_FOR[kind]), path


def test_follow_ups_are_illustrative_and_complete(repository: Repository, activities: list[Activity]) -> None:
    by_period: dict[str, set[str]] = {}
    for loaded in repository.followups:
        follow_up: FollowUp = loaded.model
        assert loaded.path.parent.name == follow_up.period
        assert loaded.path.name == f"{follow_up.activity}.yaml"
        assert follow_up.illustrative is True
        assert loaded.document.text.splitlines()[1] == ILLUSTRATIVE_COMMENT
        assert follow_up.done and follow_up.cooperated and follow_up.effects
        assert follow_up.rating is not None
        assert follow_up.reported_by
        by_period.setdefault(follow_up.period, set()).add(follow_up.activity)
    every = {a.id for a in activities}
    assert by_period == {"2020Q1": every, "2020Q2": every - {"fastighetsagarnatverk"}}


def test_meetings_are_illustrative(repository: Repository) -> None:
    meetings: dict[str, Meeting] = {loaded.model.period: loaded.model for loaded in repository.meetings}
    assert sorted(meetings) == ["2020Q1", "2020Q2"]
    for loaded in repository.meetings:
        assert loaded.document.text.splitlines()[1] == ILLUSTRATIVE_COMMENT
    for meeting in meetings.values():
        assert meeting.illustrative is True
        assert meeting.forum == "Centrala BRÅ"
        assert meeting.status.value == "genomfört"
        people = [meeting.chair, meeting.secretary, meeting.adjuster, *meeting.present, *meeting.absent]
        assert all(p is not None and p.name is None for p in people)
    q2 = meetings["2020Q2"]
    carried = {p.id: p for p in q2.action_points if p.id in {a.id for a in meetings["2020Q1"].action_points}}
    assert [p.id for p in carried.values() if p.status.value == "klar" and p.done_on] == ["kommunikationsplan-2020"]
    overdue = [p.id for p in carried.values() if p.status.value == "öppen" and p.deadline < q2.date]
    assert overdue == ["linkopingsmodellen-roll"]


PERSONNUMMER = re.compile(r"\b(?:19|20)?[0-9]{6}[-+]?[0-9]{4}\b")
PHONE = re.compile(r"(?:\+46|\b0)[0-9 -]{6,}[0-9]")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


def test_no_personal_data(repository: Repository) -> None:
    signatories = ["Lars Ekström", "Christer Sjöqvist"]
    for shown, text in repository.texts.items():
        for pattern in (PERSONNUMMER, PHONE, EMAIL):
            assert not pattern.search(text), (shown, pattern.pattern)
        if not shown.endswith("agreement.yaml"):
            assert not any(name in text for name in signatories), shown
