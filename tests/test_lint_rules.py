"""Every lint rule: the clean fixture passes it, and a small change makes it report exactly one place.

Each case copies `tests/fixtures/lint/clean/` (a small repository every rule accepts) to a temporary folder,
changes one thing, runs the rules and compares every finding — file, line, code — with the expected list.
"""

from __future__ import annotations

import datetime as dt
import inspect
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from samverkan.diagnostics import Diagnostic, Severity
from samverkan.lint import RULES, config_of, registry, run_lint
from samverkan.lint.personal_data import identity_numbers, luhn_valid
from samverkan.lint.registry import Context, Hit
from samverkan.repository import load_repository

CLEAN = Path(__file__).parent / "fixtures" / "lint" / "clean"
AS_OF = dt.date(2021, 1, 15)

AGREEMENT = "data/agreement.yaml"
ACTIVITY = "data/activities/sig.yaml"
FOLLOWUP = "data/followups/2020Q1/sig.yaml"
MEETING = "data/meetings/2020Q1.yaml"
CONFIG = "data/samverkan.yaml"

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
    ),
    Case(
        "duplicate-activity",
        [write("data/activities/sig2.yaml", (CLEAN / ACTIVITY).read_text(encoding="utf-8"))],
        [("data/activities/sig2.yaml", 1, "duplicate-id"), ("data/activities/sig2.yaml", 1, "file-name-mismatch")],
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
    ),
    Case(
        "meeting-file-name",
        [move(MEETING, "data/meetings/2020Q2.yaml")],
        [("data/meetings/2020Q2.yaml", 1, "file-name-mismatch")],
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
        "activity-unanchored",
        [replace(ACTIVITY, "goals: [farre-unga-brott]\n", "")],
        [(ACTIVITY, 2, "activity-unanchored")],
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
    # ------------------------------------------------------------------------------------------- responsibility
    Case(
        "no-police-role",
        [replace(ACTIVITY, "  - party: polisen\n    roles: [deltar]\n", "")],
        [(ACTIVITY, 4, "responsibility-missing")],
    ),
    Case(
        "no-kommun-role",
        [replace(ACTIVITY, "  - party: testby-kommun\n    units: [Socialtjänsten]\n    roles: [samordnar]\n", "")],
        [(ACTIVITY, 4, "responsibility-missing")],
    ),
    Case(
        "nobody-communicates",
        [
            replace(
                ACTIVITY, "communication:\n  parties: [polisen, testby-kommun]\n  units: [Trygghetssamordnare]\n", ""
            )
        ],
        [(ACTIVITY, 2, "responsibility-missing")],
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
    # ------------------------------------------------------------------------------------------------------ dates
    Case(
        "activity-starts-before-agreement",
        [replace(ACTIVITY, "name: SIG\n", "name: SIG\nstart: 2019-06-01\n")],
        [(ACTIVITY, 3, "activity-outside-agreement")],
    ),
    Case(
        "activity-ends-after-agreement",
        [replace(ACTIVITY, "name: SIG\n", "name: SIG\nend: 2024-01-01\n")],
        [(ACTIVITY, 3, "activity-outside-agreement")],
    ),
    Case(
        "activity-ends-before-agreement-starts",
        [replace(ACTIVITY, "name: SIG\n", "name: SIG\nend: 2019-12-31\n")],
        [(ACTIVITY, 3, "dates-out-of-order"), (FOLLOWUP, 3, "followup-outside-activity")],
    ),
    Case(
        "next-meeting-before-meeting",
        [replace(MEETING, "  date: 2020-06-10", "  date: 2020-03-01")],
        [(MEETING, 19, "dates-out-of-order")],
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
    ),
    Case(
        "meeting-long-after-its-period",
        [
            replace(MEETING, "date: 2020-03-25", "date: 2020-07-01"),
            replace(MEETING, "  date: 2020-06-10", "  date: 2020-09-10"),
        ],
        [(MEETING, 4, "meeting-date-out-of-period")],
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
    ),
    Case(
        "followup-done-empty",
        [replace(FOLLOWUP, "done: Två möten i SIG-gruppen.", "done:")],
        [(FOLLOWUP, 4, "followup-incomplete")],
    ),
    # ------------------------------------------------------------------------------------------- agreement life
    Case("agreement-expired", [], [(AGREEMENT, 14, "agreement-expired")], as_of=dt.date(2023, 6, 2)),
    Case("agreement-last-day", [], [(AGREEMENT, 14, "agreement-expiring")], as_of=dt.date(2023, 6, 1)),
    Case("agreement-expiring", [], [(AGREEMENT, 14, "agreement-expiring")], as_of=dt.date(2023, 3, 3)),
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
    ),
    Case(
        "ignore-unknown-rule",
        [replace(ACTIVITY, "name: SIG", "name: SIG  # samverkan: ignore[uncertain-role]")],
        [(ACTIVITY, 2, "ignore-unknown-rule")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_rule(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = lint(tmp_path, monkeypatch, case.edits, case.as_of)
    schema = [d.code for d in found if d.code not in RULES]
    assert schema == case.schema_findings
    assert [(d.file, d.line, d.code) for d in found if d.code in RULES] == case.expected


def test_clean_fixture_passes_every_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert lint(tmp_path, monkeypatch, [], AS_OF) == []


def test_every_rule_has_a_failing_case() -> None:
    covered = {code for case in CASES for _, _, code in case.expected}
    assert covered == set(RULES)


def test_every_rule_is_documented() -> None:
    for rule in RULES.values():
        assert rule.code == rule.code.lower() and " " not in rule.code
        assert "\nAnti-pattern: " in rule.explanation.en and "\nBetter: " in rule.explanation.en, rule.code
        assert "\nUndvik: " in rule.explanation.sv and "\nBättre: " in rule.explanation.sv, rule.code
        assert rule.explanation.en == inspect.cleandoc(rule.check.__doc__ or ""), rule.code
        assert rule.message.sv and rule.message.en and rule.message.hint_sv and rule.message.hint_en, rule.code
        assert rule.summary.sv and rule.summary.en, rule.code


def test_a_rule_without_both_explanations_is_refused() -> None:
    message = RULES["config-unknown-rule"].message

    def documented(context: Context) -> Iterator[Hit]:
        """Something.

        Anti-pattern: this. Better: that.
        """
        yield from ()

    def undocumented(context: Context) -> Iterator[Hit]:
        yield from ()

    register = registry.rule(
        "test-no-swedish", Severity.WARNING, message, "s", "e", "settings", explanation_sv="  \n  "
    )
    with pytest.raises(ValueError, match="no Swedish explanation"):
        register(documented)
    register = registry.rule(
        "test-no-english", Severity.WARNING, message, "s", "e", "settings", explanation_sv="Något."
    )
    with pytest.raises(ValueError, match="no English explanation"):
        register(undocumented)
    assert "test-no-swedish" not in RULES and "test-no-english" not in RULES


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
    assert [f.kind.sv for f in identity_numbers("811218+9876 och 198112189876")] == ["personnummer", "personnummer"]
    # Not a date (month 13), 11 digits, or a date written with dashes: nothing.
    assert list(identity_numbers("811318-9876 81121898761 2019-12-20 20191220")) == []
