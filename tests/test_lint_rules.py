"""Every lint rule: the clean fixture passes it, and a small change makes it report exactly one place.

Each case copies `tests/fixtures/lint/clean/` (a small repository every rule accepts) to a temporary folder,
changes one thing, runs the rules and compares every finding — file, line, code — with the expected list.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from samverkan.catalog import LANGS, Lang, has, render
from samverkan.diagnostics import Diagnostic, Severity
from samverkan.lint import RULES, config_of, ordered_rules, registry, run_lint
from samverkan.lint.context import Context
from samverkan.lint.personal_data import IdentityKind, identity_numbers, luhn_valid
from samverkan.lint.registry import Hit
from samverkan.repository import load_repository

CLEAN = Path(__file__).parent / "fixtures" / "lint" / "clean"
AS_OF = dt.date(2021, 1, 15)

AGREEMENT = "data/agreement.yaml"
ACTIVITY = "data/activities/sig.yaml"
FOLLOWUP = "data/followups/2020Q1/sig.yaml"
MEETING = "data/meetings/2020Q1.yaml"
CONFIG = "data/samverkan.yaml"

#: Parts of the clean fixture that cases take out or change.
QUESTIONS = "    [Vad har genomförts?, Vem har samverkat kring aktiviteten?, Vilka effekter har aktiviteten haft?]\n"
VALIDITY = "validity:\n  start: 2020-01-01\n  end: 2023-06-01\n"
SIGNING = "signing:\n  date: 2019-12-20\n  place: Testby\n"
SIGNATORIES = (
    "signatories:\n  - party: testby-kommun\n    name: Anna Andersson\n    title: Kommundirektör\n"
    "  - party: polisen\n    name: Bertil Berg\n    title: Lokalpolisområdeschef\n"
)
PLAN_TITLE = "  title: Handlingsplan 2020–2023\n"
RESPONSIBILITIES = (
    "responsibilities:\n  - party: testby-kommun\n    units: [Socialtjänsten]\n    roles: [samordnar]\n"
    "  - party: polisen\n    roles: [deltar]\n"
)
#: An åtgärdsplan's decision left unstated and a whole lägesbild (4 § lag 2023:196) of a given date.
LAGESBILD = (
    "not_stated: [adoption, coordination_function]\nsituation_report:\n  date: {date}\n  crime_mapping:\n"
    "    text: Kartläggningen.\n  other_information:\n    text: Annat.\n  analysis:\n    text: Analysen.\n"
)
COMMUNICATION = "communication:\n  parties: [polisen, testby-kommun]\n  units: [Trygghetssamordnare]\n"

#: A second goal, measured, that the fixture's only activity does not serve.
OTHER_GOAL = (
    "    - id: trygga-kvallar\n      name: Fler känner sig trygga på kvällen\n      indicators:\n"
    "        - id: trygga-kvallar-andel\n          name: Andel trygga\n          source: trygghetsmatning\n"
)
SUBGOALS = (
    "      subgoals:\n        - id: trygga-kvallar-centrum\n          name: Fler trygga i centrum\n"
    "          indicators:\n            - id: trygga-centrum\n              name: Andel trygga i centrum\n"
    "              source: trygghetsmatning\n"
)

#: A production target per quarter, and a quarter's results against it: 2 planned, 2 done.
QUARTER_TARGET = (
    "production_targets:\n  - id: moten\n    text: möten i SIG-gruppen\n    count: 3\n    qualifier: {qualifier}\n"
    "    per: kvartal\n"
)
RESULTS = (
    "production:\n  - target: moten\n    state: planerat\n    text: planerade möten\n    count: 2\n"
    "  - target: moten\n    text: genomförda möten\n    count: 2\n"
)

#: Valid test numbers (Skatteverket's examples): a personnummer and a samordningsnummer (day + 60).
PERSONNUMMER = "811218-9876"
SAMORDNINGSNUMMER = "701063-2391"


Edit = Callable[[Path], None]


def replace(file: str, old: str, new: str) -> Edit:
    def apply(root: Path) -> None:
        path = root / file
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} must occur once in {file}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    return apply


def write(file: str, text: str) -> Edit:
    def apply(root: Path) -> None:
        path = root / file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    return apply


def replace_all(file: str, old: str, new: str) -> Edit:
    """Like `replace`, for text that occurs more than once."""

    def apply(root: Path) -> None:
        path = root / file
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} must occur in {file}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    return apply


def move(old: str, new: str) -> Edit:
    def apply(root: Path) -> None:
        (root / new).parent.mkdir(parents=True, exist_ok=True)
        (root / old).rename(root / new)

    return apply


@dataclass
class Case:
    id: str
    edits: list[Edit]
    expected: list[tuple[str, int | None, str]]
    as_of: dt.date = AS_OF
    schema_findings: list[str] = field(default_factory=list)
    #: When given: the Swedish message of each finding, in order (the hint is checked where it depends on the case).
    said: list[str] | None = None


def lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edits: list[Edit], as_of: dt.date) -> list[Diagnostic]:
    shutil.copytree(CLEAN, tmp_path, dirs_exist_ok=True)
    for edit in edits:
        edit(tmp_path)
    monkeypatch.chdir(tmp_path)
    repository = load_repository(Path("data"))
    return [*repository.diagnostics, *run_lint(repository, as_of, config_of(repository))]


CASES = [
    # ------------------------------------------------------------------------------------------------- references
    Case(
        "unknown-goal",
        [replace(ACTIVITY, "goals: [farre-unga-brott]", "goals: [farre-unga-brot]")],
        [(ACTIVITY, 3, "unknown-reference")],
        said=[
            "Id:t hänvisar till ett mål som inte finns. Menade du `farre-unga-brott`?",
        ],
    ),
    Case(
        "unknown-focus-area-of-goal",
        [
            replace(AGREEMENT, "focus_areas: [ungdomsbrott]", "focus_areas: [ungdomsbrot]"),
            replace(ACTIVITY, "goals: [farre-unga-brott]", "goals: [farre-unga-brott]\nfocus_areas: [ungdomsbrott]"),
        ],
        [(AGREEMENT, 50, "unknown-reference")],
    ),
    Case(
        "unknown-party-served",
        [replace(AGREEMENT, "serves: [testby-kommun]", "serves: [testby]")],
        [(AGREEMENT, 11, "unknown-reference")],
        said=[
            "Id:t hänvisar till en part som inte finns. Menade du `testby-kommun`?",
        ],
    ),
    Case(
        "unknown-source",
        [replace(AGREEMENT, "source: trygghetsmatning", "source: trygghet")],
        [(AGREEMENT, 54, "unknown-reference")],
    ),
    Case(
        "unknown-communicating-party",
        [replace(ACTIVITY, "parties: [polisen, testby-kommun]", "parties: [polisen, testby]")],
        [(ACTIVITY, 11, "unknown-reference")],
    ),
    Case(
        "unknown-coordinator-party",
        [replace(AGREEMENT, "      party: testby-kommun\nsources:", "      party: testby\nsources:")],
        [(AGREEMENT, 36, "unknown-reference")],
    ),
    Case(
        "unknown-action-point-owner",
        [replace(MEETING, "owner_party: testby-kommun", "owner_party: testby")],
        [(MEETING, 14, "unknown-reference")],
    ),
    Case(
        "unknown-indicator-in-followup",
        [replace(FOLLOWUP, "indicator: unga-misstankta", "indicator: unga")],
        [(FOLLOWUP, 9, "unknown-reference")],
        said=[
            "Id:t hänvisar till en indikator som inte finns.",
        ],
    ),
    Case(
        "followup-of-unknown-activity",
        [
            move(FOLLOWUP, "data/followups/2020Q1/team.yaml"),
            replace("data/followups/2020Q1/team.yaml", "activity: sig", "activity: team"),
        ],
        [("data/followups/2020Q1/team.yaml", 2, "unknown-reference")],
    ),
    Case(
        "duplicate-source",
        [
            replace(
                AGREEMENT,
                "    name: Polisens trygghetsmätning\n",
                "    name: Polisens trygghetsmätning\n  - id: trygghetsmatning\n    name: Annan\n",
            )
        ],
        [(AGREEMENT, 40, "duplicate-id")],
        said=[
            "Id:t används redan för en annan källa (först på rad 38).",
        ],
    ),
    Case(
        "duplicate-activity",
        [write("data/activities/sig2.yaml", (CLEAN / ACTIVITY).read_text(encoding="utf-8"))],
        [("data/activities/sig2.yaml", 1, "duplicate-id"), ("data/activities/sig2.yaml", 1, "file-name-mismatch")],
        said=[
            "Id:t används redan för en annan aktivitet (först i data/activities/sig.yaml).",
            "Fältet `id` stämmer inte med var filen ligger: filen ska ligga som activities/<id>.yaml.",
        ],
    ),
    Case(
        "duplicate-action-point",
        [
            replace(
                MEETING,
                "next_meeting:",
                "  - id: kommunikationsplan\n    what: Igen.\n    owner_party: polisen\n    deadline: 2020-05-01\nnext_meeting:",
            )
        ],
        [(MEETING, 18, "duplicate-id")],
        said=[
            "Id:t används redan för en annan åtgärdspunkt i samma möte (först på rad 12).",
        ],
    ),
    Case(
        "activity-file-name",
        [move(ACTIVITY, "data/activities/sig-grupp.yaml")],
        [("data/activities/sig-grupp.yaml", 1, "file-name-mismatch")],
    ),
    Case(
        "followup-in-wrong-period-folder",
        [move(FOLLOWUP, "data/followups/2020Q2/sig.yaml")],
        [("data/followups/2020Q2/sig.yaml", 3, "file-name-mismatch")],
        said=[
            "Fältet `period` stämmer inte med var filen ligger: filen ska ligga som "
            "followups/<period>/<aktivitet>.yaml.",
        ],
    ),
    Case(
        "meeting-file-name",
        [move(MEETING, "data/meetings/2020Q2.yaml")],
        [("data/meetings/2020Q2.yaml", 1, "file-name-mismatch")],
    ),
    Case(
        "unknown-promise-giver",
        [replace(ACTIVITY, "name: SIG\n", "kind: löfte\nname: SIG\nby: [polis]\n")],
        [(ACTIVITY, 4, "unknown-reference")],
        said=["Id:t hänvisar till en part som inte finns. Menade du `polisen`?"],
    ),
    Case(
        "unknown-problem",
        [replace(ACTIVITY, "goals: [farre-unga-brott]", "goals: [farre-unga-brott]\nproblems: [otrygghet]")],
        [(ACTIVITY, 4, "unknown-reference")],
        said=["Id:t hänvisar till ett problem som inte finns."],
    ),
    Case(
        "unknown-production-target",
        [
            replace(ACTIVITY, "name: SIG\n", "name: SIG\nproduction_targets:\n  - id: moten\n    text: fyra möten\n"),
            replace(FOLLOWUP, "done_on:", "production:\n  - target: motet\n    text: tre möten\ndone_on:"),
        ],
        [(FOLLOWUP, 8, "unknown-reference")],
        said=["Id:t hänvisar till ett produktionsmål som inte finns. Menade du `moten`?"],
    ),
    Case(
        "duplicate-problem",
        [
            replace(
                AGREEMENT,
                "sources:\n",
                "situation_report:\n  problems:\n    - id: otrygghet\n      name: Otrygghet\n"
                "    - id: otrygghet\n      name: Otrygghet i centrum\nsources:\n",
            )
        ],
        [(AGREEMENT, 41, "duplicate-id")],
    ),
    Case(
        "meeting-named-by-another-day",
        [
            move(MEETING, "data/meetings/2020-03-24.yaml"),
            replace("data/meetings/2020-03-24.yaml", "period: 2020Q1", "period: 2020-03-24"),
        ],
        [("data/meetings/2020-03-24.yaml", 4, "file-name-mismatch")],
    ),
    Case(
        "unknown-follow-up-window",
        [
            move(FOLLOWUP, "data/followups/lofte-2020/sig.yaml"),
            replace("data/followups/lofte-2020/sig.yaml", "period: 2020Q1", "period: lofte-2020"),
        ],
        [("data/followups/lofte-2020/sig.yaml", 3, "unknown-reference")],
        said=["Id:t hänvisar till ett uppföljningsfönster som inte finns."],
    ),
    # ------------------------------------------------------------------------------------------------- the chain
    Case(
        "focus-area-unserved",
        [
            replace(
                AGREEMENT,
                "governance:",
                "  - id: otrygghet\n    name: Otrygghet i offentlig miljö\n    kind: trygghetsskapande\ngovernance:",
            )
        ],
        [(AGREEMENT, 30, "focus-area-unserved")],
    ),
    Case(
        "focus-area-served-by-an-activity",
        [
            replace(
                AGREEMENT,
                "governance:",
                "  - id: otrygghet\n    name: Otrygghet i offentlig miljö\n    kind: trygghetsskapande\ngovernance:",
            ),
            replace(ACTIVITY, "goals: [farre-unga-brott]", "goals: [farre-unga-brott]\nfocus_areas: [otrygghet]"),
        ],
        [],
    ),
    Case(
        # The hint's way out: a reason the document gives for having no measures silences the finding.
        "focus-area-with-a-reason-for-no-measures",
        [
            replace(
                AGREEMENT,
                "governance:",
                "  - id: otrygghet\n    name: Otrygghet i offentlig miljö\n    kind: trygghetsskapande\n"
                "    no_measures_reason: Arbetet sker inom ordinarie verksamhet.\ngovernance:",
            )
        ],
        [],
    ),
    Case(
        # Two true findings from one missing link: the activity serves nothing, and the goal has nothing done for it.
        "activity-unanchored",
        [replace(ACTIVITY, "goals: [farre-unga-brott]\n", "")],
        [(ACTIVITY, 2, "activity-unanchored"), (AGREEMENT, 49, "goal-unserved")],
    ),
    Case(
        "goal-unmeasurable",
        [
            replace(
                AGREEMENT,
                "      indicators:",
                "      subgoals:\n        - id: delmal\n          name: Färre rån\n      indicators:",
            )
        ],
        [(AGREEMENT, 53, "goal-unmeasurable")],
    ),
    Case(
        "goal-vague-verb",
        [replace(AGREEMENT, "name: Färre unga begår brott", "name: Verka  för att färre unga begår brott")],
        [(AGREEMENT, 49, "goal-vague-verb")],
    ),
    Case(
        "goal-unserved",
        [replace(AGREEMENT, "          source: trygghetsmatning\n", "          source: trygghetsmatning\n" + OTHER_GOAL)],
        [(AGREEMENT, 56, "goal-unserved")],
        said=["Ingen aktivitet arbetar mot det här målet."],
    ),
    Case(
        # A goal is served through its sub-goal, and the sub-goal through its parent: no finding for either.
        "goal-served-through-a-sub-goal",
        [
            replace(
                AGREEMENT,
                "          source: trygghetsmatning\n",
                "          source: trygghetsmatning\n" + OTHER_GOAL + SUBGOALS,
            ),
            replace(ACTIVITY, "goals: [farre-unga-brott]", "goals: [farre-unga-brott, trygga-kvallar-centrum]"),
        ],
        [],
    ),
    Case(
        "plan-without-activity",
        [move(ACTIVITY, "elsewhere/sig.yaml"), move(FOLLOWUP, "elsewhere/followup.yaml")],
        [(AGREEMENT, 46, "plan-without-activity")],
    ),
    Case(
        "followup-plan-as-done",
        [replace(FOLLOWUP, "done: Två möten i SIG-gruppen.\n", "planned: Två möten i\n  SIG-gruppen.\ndone: två möten i SIG-gruppen.\n")],
        [(FOLLOWUP, 6, "followup-plan-as-done")],
        said=["Svaret på vad som har genomförts (`done`) är samma text som det som var planerat (`planned`)."],
    ),
    Case(
        "followup-plan-and-what-was-done",
        [replace(FOLLOWUP, "done: Två möten i SIG-gruppen.\n", "planned: Tre möten.\ndone: Två möten i SIG-gruppen.\n")],
        [],
    ),
    Case(
        "result-below-target",
        [
            replace(ACTIVITY, "name: SIG\n", "name: SIG\n" + QUARTER_TARGET.format(qualifier="minst")),
            replace(FOLLOWUP, "done_on:", RESULTS + "done_on:"),
        ],
        [(FOLLOWUP, 14, "result-below-target")],
        said=["Det genomförda är färre än produktionsmålet i aktiviteten säger för perioden."],
    ),
    Case(
        # "cirka 3" is not missed by 2, and the planned 2 is no result at all.
        "result-below-an-approximate-target",
        [
            replace(ACTIVITY, "name: SIG\n", "name: SIG\n" + QUARTER_TARGET.format(qualifier="cirka")),
            replace(FOLLOWUP, "done_on:", RESULTS + "done_on:"),
        ],
        [],
    ),
    Case(
        # A target per year is not missed by one quarter's count.
        "result-of-a-quarter-against-a-yearly-target",
        [
            replace(
                ACTIVITY, "name: SIG\n", "name: SIG\n" + QUARTER_TARGET.format(qualifier="minst").replace("kvartal", "år")
            ),
            replace(FOLLOWUP, "done_on:", RESULTS + "done_on:"),
        ],
        [],
    ),
    Case(
        "activity-vague-verb",
        [replace(ACTIVITY, "name: SIG\n", "name: SIG\ntext: Polisen ska MOTVERKA\n  otrygghet i centrum.\n")],
        [(ACTIVITY, 3, "activity-vague-verb")],
    ),
    Case(
        # Whole words only: the noun "motverkan" and "verkar förebyggande" are not the vague phrase.
        "activity-vague-verb-whole-words",
        [replace(ACTIVITY, "name: SIG\n", "name: SIG\ntext: Ett arbete i motverkan som verkar förebyggande.\n")],
        [],
    ),
    # ------------------------------------------------------------------------------------------- responsibility
    Case(
        "no-police-role",
        [replace(ACTIVITY, "  - party: polisen\n    roles: [deltar]\n", "")],
        [(ACTIVITY, 4, "responsibility-police-missing")],
        said=[
            "Aktiviteten saknar en roll för Polisen.",
        ],
    ),
    Case(
        "no-kommun-role",
        [replace(ACTIVITY, "  - party: testby-kommun\n    units: [Socialtjänsten]\n    roles: [samordnar]\n", "")],
        [(ACTIVITY, 4, "responsibility-kommun-missing")],
        said=[
            "Aktiviteten saknar en roll för kommunen.",
        ],
    ),
    Case(
        "nobody-communicates",
        [
            replace(
                ACTIVITY, "communication:\n  parties: [polisen, testby-kommun]\n  units: [Trygghetssamordnare]\n", ""
            )
        ],
        [(ACTIVITY, 2, "communication-missing")],
        said=[
            "Aktiviteten saknar uppgift om vem som kommunicerar.",
        ],
    ),
    Case(
        "uncertain-question-mark",
        [replace(ACTIVITY, "units: [Socialtjänsten]", "units: [Socialtjänsten?]")],
        [(ACTIVITY, 6, "uncertain-responsibility")],
    ),
    Case(
        "uncertain-flag",
        [replace(ACTIVITY, "    roles: [deltar]\n", "    roles: [deltar]\n    uncertain: true\n")],
        [(ACTIVITY, 10, "uncertain-responsibility")],
        said=[
            "Rollen i aktiviteten är osäker: den är markerad `uncertain: true`.",
        ],
    ),
    Case(
        "uncertain-as-signed-wins-over-flag",
        [
            replace(
                ACTIVITY,
                "    roles: [deltar]\n",
                "    roles: [deltar]\n    uncertain: true\n    as_signed: Eventuellt deltar\n",
            )
        ],
        [(ACTIVITY, 11, "uncertain-responsibility")],
    ),
    Case(
        "promise-fills-no-columns",
        [
            replace(ACTIVITY, "name: SIG\n", "kind: löfte\nname: SIG\nby: [polisen]\n"),
            replace(ACTIVITY, "  - party: polisen\n    roles: [deltar]\n", ""),
            replace(ACTIVITY, COMMUNICATION, ""),
        ],
        [],
    ),
    Case(
        "promise-without-giver",
        [replace(ACTIVITY, "name: SIG\n", "kind: löfte\nname: SIG\n")],
        [(ACTIVITY, 2, "promise-giver-missing")],
        said=["Löftet säger inte vem som lovar."],
    ),
    Case("jointly-promised", [replace(ACTIVITY, "name: SIG\n", "kind: löfte\nname: SIG\nby: [vi]\n")], []),
    Case(
        "medborgarlofte-has-no-table-columns",
        [
            replace(AGREEMENT, "id: testby-2020-2023\n", "id: testby-2020-2023\nkind: medborgarlöfte\n"),
            replace(AGREEMENT, "  cadence: kvartal\n", "  cadence: kvartal\n  feedback: På webbplatsen.\n"),
            replace(ACTIVITY, "  - party: polisen\n    roles: [deltar]\n", ""),
            replace(ACTIVITY, COMMUNICATION, ""),
        ],
        [],
    ),
    Case(
        "own-columns-without-police",
        [
            replace(AGREEMENT, PLAN_TITLE, PLAN_TITLE + "  columns: [åtgärd, vem]\n"),
            replace(ACTIVITY, "  - party: polisen\n    roles: [deltar]\n", ""),
            replace(ACTIVITY, COMMUNICATION, ""),
        ],
        [],
    ),
    Case(
        "vem-column-nobody-responsible",
        [
            replace(AGREEMENT, PLAN_TITLE, PLAN_TITLE + "  columns: [åtgärd, vem]\n"),
            replace(ACTIVITY, RESPONSIBILITIES, ""),
        ],
        [(ACTIVITY, 1, "responsibility-kommun-missing")],
        said=["Aktiviteten saknar någon som ansvarar (kolumnen Vem)."],
    ),
    Case(
        "old-code-switches-off-all-three",
        [
            replace(
                CONFIG, "expiry_warning_days: 90", "rules:\n  responsibility-missing: off\nexpiry_warning_days: 90"
            ),
            replace(ACTIVITY, "  - party: polisen\n    roles: [deltar]\n", ""),
            replace(ACTIVITY, COMMUNICATION, ""),
        ],
        [],
    ),
    Case(
        "new-code-wins-over-old",
        [
            replace(
                CONFIG,
                "expiry_warning_days: 90",
                "rules:\n  responsibility-missing: off\n  communication-missing: error\nexpiry_warning_days: 90",
            ),
            replace(ACTIVITY, "  - party: polisen\n    roles: [deltar]\n", ""),
            replace(ACTIVITY, COMMUNICATION, ""),
        ],
        [(ACTIVITY, 2, "communication-missing")],
    ),
    Case(
        "old-code-in-ignore-comment",
        [
            replace(
                ACTIVITY, "responsibilities:\n", "responsibilities:  # samverkan: ignore[responsibility-missing]\n"
            ),
            replace(ACTIVITY, "  - party: polisen\n    roles: [deltar]\n", ""),
        ],
        [],
    ),
    # ------------------------------------------------------------------------------------------------------ dates
    Case(
        "activity-starts-before-agreement",
        [replace(ACTIVITY, "name: SIG\n", "name: SIG\nstart: 2019-06-01\n")],
        [(ACTIVITY, 3, "activity-outside-agreement")],
        said=[
            "Aktivitetens startdatum ligger utanför överenskommelsens giltighetstid.",
        ],
    ),
    Case(
        "activity-ends-after-agreement",
        [replace(ACTIVITY, "name: SIG\n", "name: SIG\nend: 2024-01-01\n")],
        [(ACTIVITY, 3, "activity-outside-agreement")],
        said=[
            "Aktivitetens slutdatum ligger utanför överenskommelsens giltighetstid.",
        ],
    ),
    Case(
        "activity-ends-before-agreement-starts",
        [replace(ACTIVITY, "name: SIG\n", "name: SIG\nend: 2019-12-31\n")],
        [(ACTIVITY, 3, "dates-out-of-order"), (FOLLOWUP, 3, "followup-outside-activity")],
        said=[
            "Aktivitetens slutdatum (31 december 2019) ligger före överenskommelsens startdatum (1 januari 2020).",
            "Uppföljningen gäller en period då aktiviteten inte pågår.",
        ],
    ),
    Case(
        "next-meeting-before-meeting",
        [replace(MEETING, "  date: 2020-06-10", "  date: 2020-03-01")],
        [(MEETING, 19, "dates-out-of-order")],
        said=[
            "Nästa mötes datum (1 mars 2020) ligger före det här mötets datum (25 mars 2020) eller är samma dag.",
        ],
    ),
    Case(
        "followup-before-activity-starts",
        [replace(ACTIVITY, "name: SIG\n", "name: SIG\nstart: 2020-06-01\n")],
        [(FOLLOWUP, 3, "followup-outside-activity")],
    ),
    Case(
        "meeting-before-its-period",
        [replace(MEETING, "date: 2020-03-25", "date: 2019-12-10")],
        [(MEETING, 4, "meeting-date-out-of-period")],
        said=[
            "Mötet är daterat före kvartal 1 2020, perioden det följer upp.",
        ],
    ),
    Case(
        "meeting-long-after-its-period",
        [
            replace(MEETING, "date: 2020-03-25", "date: 2020-07-01"),
            replace(MEETING, "  date: 2020-06-10", "  date: 2020-09-10"),
        ],
        [(MEETING, 4, "meeting-date-out-of-period")],
        said=[
            "Mötet är daterat efter kvartal 2 2020, perioden efter den det följer upp (kvartal 1 2020).",
        ],
    ),
    Case(
        "meeting-in-the-next-period",
        [
            replace(MEETING, "date: 2020-03-25", "date: 2020-06-30"),
            replace(MEETING, "  date: 2020-06-10", "  date: 2020-09-10"),
        ],
        [],
    ),
    Case(
        "done-after-as-of",
        [],
        [(MEETING, 3, "done-in-future"), (MEETING, 17, "done-in-future")],
        as_of=dt.date(2020, 3, 20),
    ),
    Case(
        "followup-done-after-as-of",
        [],
        [(FOLLOWUP, 7, "done-in-future"), (MEETING, 3, "done-in-future"), (MEETING, 17, "done-in-future")],
        as_of=dt.date(2020, 3, 9),
        said=[
            "Uppföljningen är registrerad som genomförd med ett datum efter 9 mars 2020.",
            "Mötet är registrerat som genomfört med ett datum efter 9 mars 2020.",
            "Åtgärdspunkten är registrerad som genomförd med ett datum efter 9 mars 2020.",
        ],
    ),
    # ------------------------------------------------------------------------------------------------ follow-ups
    Case(
        "followup-effects-missing",
        [replace(FOLLOWUP, "effects: Inga kända effekter ännu.\n", "")],
        [(FOLLOWUP, 2, "followup-incomplete")],
    ),
    Case(
        "followup-cooperated-blank",
        [replace(FOLLOWUP, "cooperated: Socialtjänsten och Polisen.", 'cooperated: "  "')],
        [(FOLLOWUP, 5, "followup-incomplete")],
        said=[
            "Uppföljningen svarar inte på fråga 2 i dokumentets uppföljningsfrågor: fältet `cooperated` (vem som har "
            "samverkat) saknas eller är tomt.",
        ],
    ),
    Case(
        "followup-done-empty",
        [replace(FOLLOWUP, "done: Två möten i SIG-gruppen.", "done:")],
        [(FOLLOWUP, 4, "followup-incomplete")],
    ),
    Case(
        "one-question-one-answer",
        [
            replace(AGREEMENT, QUESTIONS, "    [Vad har genomförts?]\n"),
            replace(FOLLOWUP, "effects: Inga kända effekter ännu.\n", ""),
            replace(FOLLOWUP, "cooperated: Socialtjänsten och Polisen.\n", ""),
        ],
        [],
    ),
    Case(
        "own-question-answered-by-rating",
        [
            replace(
                AGREEMENT,
                QUESTIONS,
                "    - Vad har genomförts?\n    - {text: Hur uppfylldes åtagandet?, answer: rating}\n",
            )
        ],
        [(FOLLOWUP, 2, "followup-incomplete")],
        said=[
            "Uppföljningen svarar inte på fråga 2 i dokumentets uppföljningsfrågor: fältet `rating` (hur åtagandet "
            "uppfylldes) saknas eller är tomt."
        ],
    ),
    Case(
        "own-question-with-own-answer-key",
        [
            replace(
                AGREEMENT,
                QUESTIONS,
                "    - Vad har genomförts?\n    - {text: Vad säger de boende?, answer: answers.boende}\n",
            ),
            replace(FOLLOWUP, "effects: Inga kända effekter ännu.\n", "answers:\n  boende: ''\n"),
        ],
        [(FOLLOWUP, 7, "followup-incomplete")],
        said=[
            "Uppföljningen svarar inte på fråga 2 i dokumentets uppföljningsfrågor: fältet `answers.boende` (svaret "
            "på dokumentets egen fråga) saknas eller är tomt."
        ],
    ),
    Case(
        "no-questions-is-a-warning-on-the-document",
        [replace(AGREEMENT, "  questions:\n" + QUESTIONS, "")],
        [(AGREEMENT, 41, "followup-questions-missing")],
        said=["Det står inte vilka frågor uppföljningen av överenskommelsen ska besvara."],
    ),
    Case(
        "no-questions-not-stated",
        [
            replace(AGREEMENT, "  questions:\n" + QUESTIONS, ""),
            replace(AGREEMENT, "signing:\n", "not_stated: [follow_up_questions]\nsigning:\n"),
            replace(FOLLOWUP, "effects: Inga kända effekter ännu.\n", ""),
        ],
        [],
    ),
    Case(
        "followup-empty",
        [
            replace(AGREEMENT, "  questions:\n" + QUESTIONS, ""),
            replace(AGREEMENT, "signing:\n", "not_stated: [follow_up_questions]\nsigning:\n"),
            write(FOLLOWUP, "activity: sig\nperiod: 2020Q1\n"),
        ],
        [(FOLLOWUP, 1, "followup-empty")],
        said=[
            "Uppföljningen är inte ifylld än: den svarar inte på någon av frågorna. Den skulle ha varit ifylld senast "
            "25 mars 2020 (296 dagar sedan)."
        ],
    ),
    Case(
        "followup-blank-before-its-meeting",
        [write(FOLLOWUP, "activity: sig\nperiod: 2020Q1\nreported_by: Fritid, Testby kommun\n")],
        [(FOLLOWUP, 1, "followup-empty"), ("data/meetings/2020Q1.yaml", 17, "done-in-future")],
        as_of=dt.date(2020, 3, 25),
        said=[
            "Uppföljningen är inte ifylld än: den svarar inte på någon av frågorna. Den ska vara ifylld senast "
            "25 mars 2020.",
            "Åtgärdspunkten är registrerad som genomförd med ett datum efter 25 mars 2020.",
        ],
    ),
    # ------------------------------------------------------------------------------------------- agreement life
    Case(
        "agreement-expired",
        [],
        [(AGREEMENT, 14, "agreement-expired")],
        as_of=dt.date(2023, 6, 2),
        said=["Överenskommelsen gällde till 1 juni 2023 och har löpt ut."],
    ),
    Case(
        "agreement-last-day",
        [],
        [(AGREEMENT, 14, "agreement-expiring")],
        as_of=dt.date(2023, 6, 1),
        said=["Överenskommelsen löper ut 1 juni 2023, alltså i dag."],
    ),
    Case(
        "agreement-expiring",
        [],
        [(AGREEMENT, 14, "agreement-expiring")],
        as_of=dt.date(2023, 3, 3),
        said=["Överenskommelsen löper ut 1 juni 2023, om 90 dagar."],
    ),
    Case("agreement-not-yet-expiring", [], [], as_of=dt.date(2023, 3, 2)),
    Case(
        "agreement-expiring-setting",
        [replace(CONFIG, "expiry_warning_days: 90", "expiry_warning_days: 120")],
        [(AGREEMENT, 14, "agreement-expiring")],
        as_of=dt.date(2023, 3, 2),
    ),
    Case(
        "signatory-missing",
        [replace(AGREEMENT, "  - party: polisen\n    name: Bertil Berg\n    title: Lokalpolisområdeschef\n", "")],
        [(AGREEMENT, 8, "signatory-missing")],
    ),
    Case(
        "no-signatory-needed-for-medverkande",
        [
            replace(AGREEMENT, "  - party: polisen\n    name: Bertil Berg\n    title: Lokalpolisområdeschef\n", ""),
            replace(
                AGREEMENT, "    kind: polismyndigheten\n", "    kind: polismyndigheten\n    standing: samverkanspart\n"
            ),
        ],
        [],
    ),
    Case(
        "validity-missing",
        [replace(AGREEMENT, VALIDITY, "")],
        [(AGREEMENT, 2, "validity-missing")],
        said=["Det står inte hur länge överenskommelsen gäller."],
    ),
    Case("validity-not-stated", [replace(AGREEMENT, VALIDITY, "not_stated: [validity]\n")], []),
    Case(
        "signing-missing",
        [replace(AGREEMENT, SIGNING, "")],
        [(AGREEMENT, 2, "signing-missing")],
        said=["Det står inte när eller var överenskommelsen undertecknades."],
    ),
    Case("signatories-not-stated", [replace(AGREEMENT, SIGNATORIES, "not_stated: [signatories]\n")], []),
    Case(
        "forum-missing",
        [replace_all(AGREEMENT, "  forum: Centrala BRÅ\n", "")],
        [(AGREEMENT, 40, "forum-missing")],
        said=["Det står inte i vilket forum arbetet enligt överenskommelsen följs upp."],
    ),
    Case("cadence-missing", [replace(AGREEMENT, "  cadence: kvartal\n", "")], [(AGREEMENT, 41, "cadence-missing")]),
    Case(
        "atgardsplan-is-decided-not-signed",
        [
            replace(AGREEMENT, "id: testby-2020-2023\n", "id: testby-2020-2023\nkind: åtgärdsplan\n"),
            replace(AGREEMENT, SIGNING + SIGNATORIES, ""),
        ],
        [
            (AGREEMENT, 2, "adoption-missing"),
            (AGREEMENT, 2, "coordination-function-missing"),
            (AGREEMENT, 2, "situation-report-incomplete"),
        ],
        said=[
            "Det står inte vem som beslutade åtgärdsplanen eller när.",
            "Det står inte vem som har kommunens samordningsfunktion enligt lag (2023:196).",
            "Lägesbilden i åtgärdsplanen saknar kartläggningen av brottsligheten (`crime_mapping`), annan information "
            "av betydelse (`other_information`) och analysen (`analysis`) (4 § lag 2023:196).",
        ],
    ),
    Case(
        "atgardsplan-silent-on-what-it-does-not-state",
        [
            replace(AGREEMENT, "id: testby-2020-2023\n", "id: testby-2020-2023\nkind: åtgärdsplan\n"),
            replace(
                AGREEMENT,
                SIGNING + SIGNATORIES,
                "not_stated: [adoption, coordination_function]\nsituation_report:\n  analysis:\n    text: Analysen.\n"
                "  crime_mapping:\n    text: Kartläggningen.\n",
            ),
        ],
        [(AGREEMENT, 17, "situation-report-incomplete")],
        said=[
            "Lägesbilden i åtgärdsplanen saknar annan information av betydelse (`other_information`) (4 § lag "
            "2023:196)."
        ],
    ),
    Case(
        "lagesbild-older-than-the-kommun-allows",
        [
            replace(AGREEMENT, "id: testby-2020-2023\n", "id: testby-2020-2023\nkind: åtgärdsplan\n"),
            replace(AGREEMENT, SIGNING + SIGNATORIES, LAGESBILD.format(date="2018-03")),
            replace(CONFIG, "expiry_warning_days: 90", "expiry_warning_days: 90\nsituation_report_max_age_months: 24"),
        ],
        [(AGREEMENT, 18, "situation-report-old")],
        said=[
            "Lägesbilden är från mars 2018, 33 månader sedan; kommunen har bestämt att den får vara högst 24 månader "
            "gammal."
        ],
    ),
    Case(
        "lagesbild-within-the-kommuns-limit",
        [
            replace(AGREEMENT, "id: testby-2020-2023\n", "id: testby-2020-2023\nkind: åtgärdsplan\n"),
            replace(AGREEMENT, SIGNING + SIGNATORIES, LAGESBILD.format(date="2019-01-15")),
            replace(CONFIG, "expiry_warning_days: 90", "expiry_warning_days: 90\nsituation_report_max_age_months: 24"),
        ],
        [],
    ),
    Case(
        "lagesbild-age-unchecked-without-a-limit",
        [
            replace(AGREEMENT, "id: testby-2020-2023\n", "id: testby-2020-2023\nkind: åtgärdsplan\n"),
            replace(AGREEMENT, SIGNING + SIGNATORIES, LAGESBILD.format(date="2010")),
        ],
        [],
    ),
    Case(
        "joint-agreement-kommun-without-decision",
        [
            replace(
                AGREEMENT,
                "    serves: [testby-kommun]\n",
                "    serves: [testby-kommun]\n  - id: annanby-kommun\n    name: Annanby kommun\n    kind: kommun\n"
                "    standing: samverkanspart\n",
            ),
            replace(
                AGREEMENT,
                "focus_areas:\n",
                "adoptions:\n  - party: testby-kommun\n    adopted_by: Kommunstyrelsen\nfocus_areas:\n",
            ),
        ],
        [(AGREEMENT, 12, "adoption-missing")],
        said=["Kommunen har inget beslut i `adoptions`, fast de andra kommunernas beslut står där."],
    ),
    Case(
        "medborgarlofte-without-feedback-to-citizens",
        [replace(AGREEMENT, "id: testby-2020-2023\n", "id: testby-2020-2023\nkind: medborgarlöfte\n")],
        [(AGREEMENT, 41, "citizen-feedback-missing")],
        said=["Det står inte hur resultatet av medborgarlöftet återkopplas till invånarna."],
    ),
    Case(
        "medborgarlofte-expired-by-year",
        [
            replace(AGREEMENT, "id: testby-2020-2023\n", "id: testby-2020-2023\nkind: medborgarlöfte\n"),
            replace(AGREEMENT, "  cadence: kvartal\n", "  cadence: kvartal\n  feedback: På webbplatsen.\n"),
            replace(AGREEMENT, "  end: 2023-06-01\n", "  end: 2022\n"),
        ],
        [(AGREEMENT, 15, "agreement-expired")],
        as_of=dt.date(2023, 6, 2),
        said=["Medborgarlöftet gällde till och med 2022 och har löpt ut."],
    ),
    # -------------------------------------------------------------------------------------------- personal data
    Case(
        "personnummer-in-comment",
        [replace(FOLLOWUP, "cooperated:", f"# gäller {PERSONNUMMER}\ncooperated:")],
        [(FOLLOWUP, 5, "personal-identity-number")],
    ),
    Case(
        "personnummer-12-digits-no-dash",
        [
            replace(
                FOLLOWUP,
                "effects: Inga kända effekter ännu.",
                f"effects: Inga kända effekter ännu. 19{PERSONNUMMER.replace('-', '')}",
            )
        ],
        [(FOLLOWUP, 6, "personal-identity-number")],
    ),
    Case(
        "samordningsnummer-in-meeting",
        [
            replace(
                MEETING,
                "what: Ta fram en kommunikationsplan.",
                f"what: Ta fram en kommunikationsplan ({SAMORDNINGSNUMMER}).",
            )
        ],
        [(MEETING, 13, "personal-identity-number")],
        said=[
            "Raden innehåller ett samordningsnummer.",
        ],
    ),
    Case(
        "personnummer-invalid-checksum",
        [replace(FOLLOWUP, "cooperated:", "# gäller 811218-9875\ncooperated:")],
        [],
    ),
    Case(
        "personnummer-in-file-that-does-not-parse",
        [write("data/followups/2020Q2/sig.yaml", f"activity: sig\nperiod: 2020Q2\ndone: [\n# {PERSONNUMMER}\n")],
        [("data/followups/2020Q2/sig.yaml", 4, "personal-identity-number")],
        schema_findings=["yaml-syntax"],
    ),
    Case(
        "personnummer-in-other-file",
        [write("data/anteckningar.txt", f"Rad ett\nnummer {PERSONNUMMER}\n")],
        [("data/anteckningar.txt", 2, "personal-identity-number")],
    ),
    Case(
        "mobile-number",
        [replace(FOLLOWUP, "# Kontakt:", "# Kontakt: 070-123 45 67,")],
        [(FOLLOWUP, 1, "personal-phone-number")],
    ),
    Case(
        "international-mobile-number",
        [replace(ACTIVITY, "name: SIG", "name: SIG  # +46 73 123 45 67")],
        [(ACTIVITY, 2, "personal-phone-number")],
    ),
    Case(
        "switchboard-number-not-flagged",
        [replace(ACTIVITY, "name: SIG", "name: SIG  # växel 0152-290 00, 0771-14 14 00, 08-123 456 78")],
        [],
    ),
    Case(
        "private-email",
        [replace(FOLLOWUP, "eller kommunpolisen", "eller kalle.k@gmail.com")],
        [(FOLLOWUP, 1, "personal-email")],
    ),
    Case(
        "kommun-email",
        [replace(FOLLOWUP, "eller kommunpolisen", "eller bra@testby.kommun.se, info@sub.testby.se")],
        [],
    ),
    # --------------------------------------------------------------------------------------------------- settings
    Case(
        "config-unknown-rule",
        [replace(CONFIG, "expiry_warning_days: 90", "rules:\n  goal-vague-verbs: off\nexpiry_warning_days: 90")],
        [(CONFIG, 2, "config-unknown-rule")],
        said=[
            "Regeln `goal-vague-verbs` finns inte. Menade du `goal-vague-verb`?",
        ],
    ),
    Case(
        "ignore-unknown-rule",
        [replace(ACTIVITY, "name: SIG", "name: SIG  # samverkan: ignore[uncertain-role]")],
        [(ACTIVITY, 2, "ignore-unknown-rule")],
        said=[
            "Kommentaren undantar regeln `uncertain-role`, som inte finns. Menade du `uncertain-responsibility`?",
        ],
    ),
    Case(
        # Neither the comment nor the setting silences the personnummer: it is still reported, and so is the attempt.
        "personnummer-cannot-be-silenced",
        [
            replace(
                FOLLOWUP,
                "cooperated:",
                f"# gäller {PERSONNUMMER}  # samverkan: ignore[personal-identity-number]\ncooperated:",
            ),
            replace(
                CONFIG, "expiry_warning_days: 90", "rules:\n  personal-identity-number: off\nexpiry_warning_days: 90"
            ),
        ],
        [(FOLLOWUP, 5, "personal-identity-number"), (FOLLOWUP, 5, "rule-always-on"), (CONFIG, 2, "rule-always-on")],
        said=[
            "Raden innehåller ett personnummer.",
            "Regeln `personal-identity-number` går inte att stänga av, sänka eller undanta; den gäller ändå.",
            "Regeln `personal-identity-number` går inte att stänga av, sänka eller undanta; den gäller ändå.",
        ],
    ),
    Case(
        # The meeting has two items; a decision under § 3 and a citation of a meeting that has no file.
        "decision-item-unknown",
        [
            replace(
                MEETING,
                "next_meeting:",
                "items:\n  - heading: Lägesbild\n  - heading: SIG\ndecisions:\n  - text: Lägesbilden godkändes.\n"
                "    item: 1\n  - text: SIG fortsätter.\n    item: 3\n  - text: Som förra gången.\n    cites:\n"
                "      - meeting: 2019Q4\n        item: 1\n      - item: 2\nnext_meeting:",
            )
        ],
        [(MEETING, 25, "decision-item-unknown"), (MEETING, 28, "decision-item-unknown")],
        said=[
            "Beslutet hänvisar till något som inte finns: § 3 finns inte bland mötets punkter.",
            "Beslutet hänvisar till något som inte finns: mötet finns inte bland mötesfilerna.",
        ],
    ),
    Case(
        # The finding names the folder above, never the name that holds the number.
        "personnummer-in-a-file-name",
        [write("data/bilagor/brev 121212-1212.txt", "tom\n")],
        [("data/bilagor", None, "identity-number-in-name")],
        said=["Ett fil- eller mappnamn i den här mappen innehåller ett personnummer."],
    ),
    Case(
        "file-too-large-to-search",
        [write("data/export.csv", "x" * 1_000_001)],
        [("data/export.csv", None, "personal-data-not-checked")],
        said=["Filen kunde inte genomsökas efter personuppgifter: den är större än 1 MB."],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_rule(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = lint(tmp_path, monkeypatch, case.edits, case.as_of)
    schema = [d.code for d in found if d.code not in RULES]
    assert schema == case.schema_findings
    assert [(d.file, d.line, d.code) for d in found if d.code in RULES] == case.expected
    if case.said is not None:
        assert [d.message("sv") for d in found if d.code in RULES] == case.said


def test_clean_fixture_passes_every_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert lint(tmp_path, monkeypatch, [], AS_OF) == []


def test_every_rule_has_a_failing_case() -> None:
    covered = {code for case in CASES for _, _, code in case.expected}
    assert covered == set(RULES)


@pytest.mark.parametrize("lang", LANGS)
def test_every_rule_is_documented_in_the_catalog(lang: Lang) -> None:
    """Message, hint, summary and explanation (what, anti-pattern, better way) in both languages, for every rule."""
    avoid, better = ("Undvik: ", "Bättre: ") if lang == "sv" else ("Anti-pattern: ", "Better: ")
    for rule in RULES.values():
        assert rule.code == rule.code.lower() and " " not in rule.code
        assert [key for key in registry.catalog_keys(rule.code) if not has(key, lang)] == [], rule.code
        explanation = render(f"rule.{rule.code}.explanation", lang)
        what, anti_pattern, better_way = explanation.split("\n\n")
        assert what and anti_pattern.startswith(avoid) and better_way.startswith(better), rule.code
        assert "\n" not in render(f"rule.{rule.code}.summary", lang), rule.code


def test_a_rule_is_refused_without_its_texts_or_with_an_unknown_theme() -> None:
    def check(context: Context) -> Iterator[Hit]:
        """Nothing."""
        yield from ()

    with pytest.raises(
        ValueError, match=re.escape("test-no-texts lacks texts in samverkan.catalog.lint: test-no-texts (sv)")
    ):
        registry.rule(code="test-no-texts", severity=Severity.WARNING, theme="settings")(check)
    with pytest.raises(ValueError, match="unknown theme"):
        registry.rule(code="config-unknown-rule-2", severity=Severity.WARNING, theme="misc")(check)
    with pytest.raises(ValueError, match="registered twice"):
        registry.rule(code="config-unknown-rule", severity=Severity.ERROR, theme="settings")(check)
    assert "test-no-texts" not in RULES and "config-unknown-rule-2" not in RULES
    assert RULES["config-unknown-rule"].check is not check


def test_rules_run_and_are_listed_by_theme() -> None:
    assert [rule.theme for rule in ordered_rules()] == sorted(
        (rule.theme for rule in RULES.values()), key=registry.THEME_ORDER.index
    )
    assert {rule.code for rule in ordered_rules()} == set(RULES)


def test_uncertain_points_at_the_exact_column(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = lint(
        tmp_path, monkeypatch, [replace(ACTIVITY, "units: [Socialtjänsten]", "units: [Socialtjänsten?]")], AS_OF
    )
    assert [(d.line, d.column) for d in found] == [(6, 13)]


def test_personal_data_column_and_kind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = lint(
        tmp_path, monkeypatch, [replace(FOLLOWUP, "cooperated:", f"# gäller {SAMORDNINGSNUMMER}\ncooperated:")], AS_OF
    )
    assert [(d.line, d.column, d.severity) for d in found] == [(5, 10, Severity.ERROR)]
    assert found[0].message("sv") == "Raden innehåller ett samordningsnummer."
    assert found[0].message("en") == "The line contains a co-ordination number (samordningsnummer)."


def test_severity_setting_and_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    uncertain = replace(ACTIVITY, "units: [Socialtjänsten]", "units: [Socialtjänsten?]")
    raised = lint(
        tmp_path,
        monkeypatch,
        [uncertain, write(CONFIG, "rules:\n  uncertain-responsibility: error\norganisation_domains: [testby.se]\n")],
        AS_OF,
    )
    assert [(d.code, d.severity) for d in raised] == [("uncertain-responsibility", Severity.ERROR)]


def test_rule_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    uncertain = replace(ACTIVITY, "units: [Socialtjänsten]", "units: [Socialtjänsten?]")
    assert (
        lint(
            tmp_path,
            monkeypatch,
            [uncertain, write(CONFIG, "rules:\n  uncertain-responsibility: off\norganisation_domains: [testby.se]\n")],
            AS_OF,
        )
        == []
    )


def test_inline_ignore_excuses_only_that_line_and_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    edits = [
        replace(
            ACTIVITY,
            "units: [Socialtjänsten]",
            "units: [Socialtjänsten?]  # samverkan: ignore[goal-vague-verb, uncertain-responsibility]",
        ),
        replace(
            ACTIVITY,
            "    roles: [deltar]\n",
            "    roles: [deltar]\n    as_signed: Oklart  # samverkan: ignore[goal-vague-verb]\n",
        ),
    ]
    found = lint(tmp_path, monkeypatch, edits, AS_OF)
    assert [(d.file, d.line, d.code) for d in found] == [(ACTIVITY, 10, "uncertain-responsibility")]


def test_luhn() -> None:
    assert luhn_valid("8112189876")
    assert not luhn_valid("8112189875")
    assert [f.kind for f in identity_numbers("811218+9876 och 198112189876")] == [IdentityKind.PERSONNUMMER] * 2
    # Not a date (month 13), 11 digits, or a date written with dashes: nothing.
    assert list(identity_numbers("811318-9876 81121898761 2019-12-20 20191220")) == []


def test_unknown_id_suggests_and_lists_the_ids_that_exist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    [found] = lint(tmp_path, monkeypatch, [replace(AGREEMENT, "serves: [testby-kommun]", "serves: [testby]")], AS_OF)
    assert (found.message("sv"), found.hint("sv")) == (
        "Id:t hänvisar till en part som inte finns. Menade du `testby-kommun`?",
        "Kontrollera stavningen mot `parties` i agreement.yaml. Där finns `polisen` och `testby-kommun`. Ett id skrivs "
        "med små bokstäver a–z, siffror och bindestreck.",
    )
    assert (found.message("en"), found.hint("en")) == (
        "The id refers to a party that does not exist. Did you mean `testby-kommun`?",
        "Check the spelling against `parties` in agreement.yaml. The ids there are `polisen` and `testby-kommun`. An id "
        "uses lowercase a–z, digits and hyphens.",
    )


def test_the_ids_are_listed_only_when_they_are_few() -> None:
    from samverkan.catalog import shown
    from samverkan.lint.references import MAX_LISTED_IDS, _listed

    assert shown(_listed([]), "sv") == " Där finns inga ännu."
    assert shown(_listed(["a", "b", "c"]), "sv") == " Där finns `a`, `b` och `c`."
    assert shown(_listed([f"id-{n}" for n in range(MAX_LISTED_IDS + 1)]), "sv") == ""


@pytest.mark.parametrize(
    ("as_of", "sv", "en"),
    [
        (dt.date(2023, 5, 31), "om 1 dag", "in 1 day"),
        (dt.date(2023, 5, 30), "om 2 dagar", "in 2 days"),
        (dt.date(2023, 6, 1), "alltså i dag", "that is today"),
    ],
)
def test_expiring_counts_the_days_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, as_of: dt.date, sv: str, en: str
) -> None:
    [found] = lint(tmp_path, monkeypatch, [], as_of)
    assert found.message("sv") == f"Överenskommelsen löper ut 1 juni 2023, {sv}."
    assert found.message("en") == f"The agreement expires on 1 June 2023, {en}."


@pytest.mark.parametrize(("as_of", "severity"), [(dt.date(2020, 3, 25), "warning"), (dt.date(2020, 3, 26), "error")])
def test_a_blank_followup_is_a_warning_until_its_meeting_and_an_error_after(
    as_of: dt.date, severity: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scaffolding pull request can be merged with CI green; a file still blank after the meeting turns it red."""
    found = lint(tmp_path, monkeypatch, [write(FOLLOWUP, "activity: sig\nperiod: 2020Q1\n")], as_of)
    assert [(d.code, d.severity.value) for d in found if d.code == "followup-empty"] == [("followup-empty", severity)]
