"""`samverkan lint`, `samverkan rules` and `samverkan schema` as a user runs them: exit code and whole output."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from samverkan.catalog import render
from samverkan.cli.app import run
from samverkan.json_schema import SCHEMA_FILES, render_schemas
from samverkan.lint import RULES, ordered_rules

pytestmark = pytest.mark.usefixtures("clean_env")

REPO = Path(__file__).resolve().parents[1]
CLEAN = Path(__file__).parent / "fixtures" / "lint" / "clean"
PERSONNUMMER = "811218-9876"
ACTIVITY = Path("data/activities/sig.yaml")
FOLLOWUP = Path("data/followups/2020Q1/sig.yaml")
CONFIG = Path("data/samverkan.yaml")


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = run(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the clean lint fixture; the current folder is its root."""
    shutil.copytree(CLEAN, tmp_path, dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")


def make_uncertain() -> None:
    edit(ACTIVITY, "units: [Socialtjänsten]", "units: [Socialtjänsten?]")


UNCERTAIN_SV = """\
data/activities/sig.yaml:6:13: varning [uncertain-responsibility] Rollen i aktiviteten är osäker: texten har ett \
frågetecken eller ett ord som ”oklart” eller ”eventuellt”.
    tips: Reda ut med parterna vem som gör vad och rätta handlingsplanen vid nästa revision. Tills dess: låt \
markeringen stå, så att osäkerheten syns.
0 fel, 1 varning: 5 filer kontrollerade.
"""


# ------------------------------------------------------------------------------------------------------- lint


def test_clean(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["lint", "--as-of", "2021-01-15"], capsys) == (0, "Inga fel: 5 filer kontrollerade.\n", "")
    assert run_cli(["lint", "--as-of", "2021-01-15", "--lang", "en"], capsys) == (
        0,
        "No problems: 5 files checked.\n",
        "",
    )
    assert run_cli(["lint", "--as-of", "2021-01-15", "--format", "json"], capsys) == (0, "[]\n", "")


def test_warning_exits_0_and_1_with_strict(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_uncertain()
    assert run_cli(["lint", "--as-of", "2021-01-15"], capsys) == (0, UNCERTAIN_SV, "")
    assert run_cli(["lint", "--as-of", "2021-01-15", "--strict"], capsys) == (1, UNCERTAIN_SV, "")


def test_error_exits_1(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(FOLLOWUP, "effects: Inga kända effekter ännu.\n", "")
    code, out, err = run_cli(["lint", "--as-of", "2021-01-15", "--lang", "en"], capsys)
    assert (code, err) == (1, "")
    assert out == (
        "data/followups/2020Q1/sig.yaml:2:1: error [followup-incomplete] The follow-up does not answer question 3 of "
        "the document's follow-up questions: the field `effects` (what effects it has had) is missing or empty.\n"
        "    hint: Write an answer, even a short one. “Inget genomfört under perioden” and “Inga kända effekter ännu” "
        "are valid answers.\n"
        "1 error, 0 warnings: 5 files checked.\n"
    )


def test_schema_findings_are_reported_too(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(ACTIVITY, "name: SIG", "name: SIG\nstatus: klart")
    code, out, _ = run_cli(["lint", "--as-of", "2021-01-15", "--format", "json"], capsys)
    assert code == 1
    assert [(item["file"], item["line"], item["code"]) for item in json.loads(out)] == [
        ("data/activities/sig.yaml", 3, "schema-invalid-choice"),
        # The follow-up's activity exists as a file even though it is invalid: no false unknown-reference.
    ]


def test_json_and_github(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_uncertain()
    code, out, _ = run_cli(["lint", "--as-of", "2021-01-15", "--format", "json", "--lang", "en"], capsys)
    assert code == 0
    assert json.loads(out) == [
        {
            "file": "data/activities/sig.yaml",
            "line": 6,
            "column": 13,
            "code": "uncertain-responsibility",
            "severity": "warning",
            "message": "The role in the activity is uncertain: the text has a question mark or a word such as "
            "“oklart” or “eventuellt”.",
            "hint": "Settle with the parties who does what and correct the action plan at the next revision. "
            "Until then: leave the marking, so that the uncertainty stays visible.",
        }
    ]
    code, out, _ = run_cli(["lint", "--as-of", "2021-01-15", "--format", "github"], capsys)
    assert code == 0
    first = out.splitlines()[0]
    assert first.startswith(
        "::warning file=data/activities/sig.yaml,line=6,col=13,title=uncertain-responsibility::Rollen i aktiviteten"
    )


def test_config_changes_severity_and_switches_off(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_uncertain()
    CONFIG.write_text("rules:\n  uncertain-responsibility: error\norganisation_domains: [testby.se]\n", "utf-8")
    code, out, _ = run_cli(["lint", "--as-of", "2021-01-15"], capsys)
    assert code == 1
    assert out.startswith("data/activities/sig.yaml:6:13: fel [uncertain-responsibility]")
    CONFIG.write_text("rules:\n  uncertain-responsibility: off\norganisation_domains: [testby.se]\n", "utf-8")
    assert run_cli(["lint", "--as-of", "2021-01-15", "--strict"], capsys) == (
        0,
        "Inga fel: 5 filer kontrollerade.\n",
        "",
    )


@pytest.mark.parametrize(
    ("word", "shown"), [("fel", "fel"), ("error", "fel"), ("varning", "varning"), ("warning", "varning")]
)
def test_config_takes_the_level_in_swedish_as_rules_prints_it(
    repo: Path, capsys: pytest.CaptureFixture[str], word: str, shown: str
) -> None:
    make_uncertain()
    CONFIG.write_text(f"rules:\n  uncertain-responsibility: {word}\norganisation_domains: [testby.se]\n", "utf-8")
    code, out, _ = run_cli(["lint", "--as-of", "2021-01-15"], capsys)
    assert (code, out.splitlines()[0]) == (
        1 if shown == "fel" else 0,
        f"data/activities/sig.yaml:6:13: {shown} [uncertain-responsibility] Rollen i aktiviteten är osäker: texten har "
        "ett frågetecken eller ett ord som ”oklart” eller ”eventuellt”.",
    )


@pytest.mark.parametrize("word", ["av", "off"])
def test_config_switches_off_in_swedish_or_english(repo: Path, capsys: pytest.CaptureFixture[str], word: str) -> None:
    make_uncertain()
    CONFIG.write_text(f"rules:\n  uncertain-responsibility: {word}\norganisation_domains: [testby.se]\n", "utf-8")
    assert run_cli(["lint", "--as-of", "2021-01-15", "--strict"], capsys) == (
        0,
        "Inga fel: 5 filer kontrollerade.\n",
        "",
    )


def test_config_level_that_is_no_level(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    CONFIG.write_text("rules:\n  uncertain-responsibility: varnig\norganisation_domains: [testby.se]\n", "utf-8")
    assert run_cli(["lint", "--as-of", "2021-01-15"], capsys) == (
        1,
        # The settings are invalid, so lint runs with the defaults: testby.se is not an organisation's domain.
        "data/followups/2020Q1/sig.yaml:1:12: varning [personal-email] Raden innehåller en e-postadress på en domän "
        "som inte är en känd organisations.\n"
        "    tips: Använd en funktionsadress hos organisationen i stället. Tillhör domänen en organisation (t.ex. "
        "kommunens egen domän): lägg till den i `organisation_domains` i data/samverkan.yaml.\n"
        "data/samverkan.yaml:2:29: fel [schema-invalid-choice] Fältet `rules.uncertain-responsibility` har ett värde "
        "som inte är tillåtet.\n"
        "    tips: Menade du `varning`? Välj ett av: av, varning, fel, off, warning eller error.\n"
        "1 fel, 1 varning: 5 filer kontrollerade.\n",
        "",
    )


def test_config_schema_lists_the_levels_in_both_languages() -> None:
    schema = json.loads(render_schemas()["samverkan.schema.json"])
    assert schema["properties"]["rules"]["additionalProperties"] == {
        "enum": ["av", "varning", "fel", "off", "warning", "error"],
        "type": "string",
    }


def test_unknown_code_in_config(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    CONFIG.write_text("rules:\n  uncertain-responsibilty: off\norganisation_domains: [testby.se]\n", "utf-8")
    code, out, _ = run_cli(["lint", "--as-of", "2021-01-15"], capsys)
    assert code == 1
    assert out == (
        "data/samverkan.yaml:2:3: fel [config-unknown-rule] Regeln `uncertain-responsibilty` finns inte. "
        "Menade du `uncertain-responsibility`?\n"
        "    tips: Kontrollera stavningen. `samverkan rules` listar alla regler.\n"
        "1 fel, 0 varningar: 5 filer kontrollerade.\n"
    )


def test_inline_ignore(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(ACTIVITY, "units: [Socialtjänsten]", "units: [Socialtjänsten?]  # samverkan: ignore[uncertain-responsibility]")
    assert run_cli(["lint", "--as-of", "2021-01-15", "--strict"], capsys) == (
        0,
        "Inga fel: 5 filer kontrollerade.\n",
        "",
    )


def test_personnummer_in_a_comment_is_an_error_and_never_shown(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(FOLLOWUP, "cooperated:", f"# Gäller ungdomen {PERSONNUMMER}, se akten\ncooperated:")
    digits = PERSONNUMMER.replace("-", "")
    for output_format in ("text", "json", "github"):
        for lang in ("sv", "en"):
            code, out, err = run_cli(
                ["lint", "--as-of", "2021-01-15", "--format", output_format, "--lang", lang], capsys
            )
            assert code == 1
            assert "data/followups/2020Q1/sig.yaml" in out
            for shown in (PERSONNUMMER, digits, digits[:6], digits[-4:]):
                assert shown not in out + err
    code, out, _ = run_cli(["lint", "--as-of", "2021-01-15"], capsys)
    assert out.splitlines()[0] == (
        "data/followups/2020Q1/sig.yaml:5:19: fel [personal-identity-number] Raden innehåller ett personnummer."
    )


def test_invalid_checksum_is_not_flagged(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(FOLLOWUP, "cooperated:", "# Gäller 811218-9875\ncooperated:")
    assert run_cli(["lint", "--as-of", "2021-01-15"], capsys) == (0, "Inga fel: 5 filer kontrollerade.\n", "")


def test_usage_errors(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(["lint", "--as-of", "2021-02-30"], capsys)
    assert (code, out) == (2, "")
    assert "--as-of" in err
    code, out, err = run_cli(["lint", "--format", "xml"], capsys)
    assert (code, out) == (2, "")
    code, out, err = run_cli(["lint", "--data", "finns-inte"], capsys)
    assert (code, out) == (2, "")
    empty = repo / "tom"
    empty.mkdir()
    code, out, err = run_cli(["lint", "--data", str(empty)], capsys)
    assert (code, out) == (2, "")


# ------------------------------------------------------------------------------------------------------ rules


@pytest.fixture
def columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """`samverkan rules KOD` wraps its explanation to the terminal: 80 columns here, whatever runs the tests."""
    monkeypatch.setenv("COLUMNS", "80")


def test_rules_lists_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    codes = [rule.code for rule in ordered_rules()]
    code, out, err = run_cli(["rules"], capsys)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "REGEL                          NIVÅ     KONTROLLERAR"
    assert [line.split()[0] for line in lines[1:]] == codes
    assert lines[codes.index("uncertain-responsibility") + 1] == (
        "uncertain-responsibility       varning  Ingen roll i en aktivitet är osäker (`uncertain: true`, eller ”?”, "
        "”oklart”, ”eventuellt” i texten)."
    )
    code, out, _ = run_cli(["rules", "--lang", "en"], capsys)
    assert code == 0
    assert out.splitlines()[0] == "RULE                           LEVEL    CHECKS"
    assert out.splitlines()[codes.index("personal-identity-number") + 1] == (
        "personal-identity-number       error    No personnummer or samordningsnummer anywhere under data/, not even in "
        "comments."
    )
    code, out, _ = run_cli(["rules", "--format", "json"], capsys)
    assert [item["code"] for item in json.loads(out)] == codes


def test_rules_are_listed_by_theme() -> None:
    themes = [rule.theme for rule in ordered_rules()]
    assert themes == sorted(
        themes,
        key=[
            "references",
            "chain",
            "responsibility",
            "dates",
            "followups",
            "agreement",
            "lag",
            "personal-data",
            "settings",
        ].index,
    )
    assert sorted(rule.code for rule in ordered_rules()) == sorted(RULES)


@pytest.mark.usefixtures("columns")
def test_rules_explains_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["rules", "goal-vague-verb"], capsys) == (
        0,
        "goal-vague-verb (förvald nivå: varning)\n"
        "\n"
        "Målens namn säger vad som ska förändras, inte bara att man ska ”verka för”\n"
        "något.\n"
        "\n"
        "Ett mål formulerat med ett verb som lovar ansträngning, inte ett resultat.\n"
        "\n"
        "Undvik: ”Verka för ökad trygghet”, ”Värna om ungdomarna”. Ingenting i ett\n"
        "sådant mål går att mäta, och det kan aldrig visa sig att målet inte nåddes.\n"
        "\n"
        "Bättre: ett konkret, mätbart mål med ett datum: ”Minska andelen elever i åk 9\n"
        "som använt narkotika till under 5 % till 2023” – ett effektmål, processmål\n"
        "eller produktionsmål.\n",
        "",
    )


def test_rules_unknown_code_or_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["rules", "goal-vague-verbs"], capsys) == (
        2,
        "",
        "samverkan: Regeln `goal-vague-verbs` finns inte. Menade du `goal-vague-verb`? Kör `samverkan rules` för att "
        "se alla.\n",
    )
    assert run_cli(["rules", "no-such-rule", "--lang", "en"], capsys) == (
        2,
        "",
        "samverkan: There is no rule `no-such-rule`. Run `samverkan rules` to see them all.\n",
    )
    assert run_cli(["rules", "--format", "xml"], capsys) == (
        2,
        "",
        "samverkan: Okänt format för --format. Välj text, json eller markdown.\n",
    )


@pytest.mark.usefixtures("columns")
def test_rules_explains_one_in_swedish_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["rules", "config-unknown-rule"], capsys) == (
        0,
        "config-unknown-rule (förvald nivå: fel)\n"
        "\n"
        "Varje regelkod i data/samverkan.yaml finns.\n"
        "\n"
        "En regelkod i data/samverkan.yaml som samverkan inte känner till.\n"
        "\n"
        "Undvik: `rules: {goal-vague-verbs: av}` – den felstavade koden stänger inte av\n"
        "något, och ingen märker det.\n"
        "\n"
        "Bättre: kopiera koden från `samverkan rules`.\n",
        "",
    )


@pytest.mark.usefixtures("columns")
def test_rules_explains_one_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["rules", "config-unknown-rule", "--lang", "en"], capsys) == (
        0,
        "config-unknown-rule (default severity: error)\n"
        "\n"
        "Every rule code in data/samverkan.yaml exists.\n"
        "\n"
        "A rule code in data/samverkan.yaml that samverkan does not know.\n"
        "\n"
        "Anti-pattern: `rules: {goal-vague-verbs: off}` — the misspelt code switches\n"
        "nothing off, and nobody notices.\n"
        "\n"
        "Better: copy the code from `samverkan rules`.\n",
        "",
    )


def test_rules_json_explains_in_the_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["rules", "config-unknown-rule", "--format", "json"], capsys)
    assert code == 0
    [item] = json.loads(out)
    assert item["summary"] == "Varje regelkod i data/samverkan.yaml finns."
    assert item["explanation"] == render("rule.config-unknown-rule.explanation", "sv")
    assert item["explanation"].startswith("En regelkod i data/samverkan.yaml som samverkan inte känner till.")
    code, out, _ = run_cli(["rules", "config-unknown-rule", "--format", "json", "--lang", "en"], capsys)
    assert code == 0
    [item] = json.loads(out)
    assert item["summary"] == "Every rule code in data/samverkan.yaml exists."
    assert item["explanation"] == render("rule.config-unknown-rule.explanation", "en")
    assert item["explanation"].startswith("A rule code in data/samverkan.yaml that samverkan does not know.")


# ----------------------------------------------------------------------------------------------------- schema


def test_committed_schemas_match_the_models() -> None:
    """Fails when a model changed and `samverkan schema --output-dir schemas --force` was not run."""
    rendered = render_schemas()
    assert tuple(rendered) == SCHEMA_FILES
    for name, text in rendered.items():
        assert (REPO / "schemas" / name).read_text(encoding="utf-8") == text, f"schemas/{name} is stale"


def test_schema_writes_and_never_overwrites_without_force(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wrote = "".join(f"skrev: ut/{name}\n" for name in SCHEMA_FILES)
    assert run_cli(["schema", "--output-dir", "ut"], capsys) == (0, wrote, "")
    for name in SCHEMA_FILES:
        json.loads((workdir / "ut" / name).read_text(encoding="utf-8"))
    unchanged = "".join(f"oförändrad: ut/{name}\n" for name in SCHEMA_FILES)
    assert run_cli(["schema", "--output-dir", "ut"], capsys) == (0, unchanged, "")
    assert run_cli(["schema", "--output-dir", "ut", "--check"], capsys) == (0, "Schemana stämmer med modellerna.\n", "")

    edited = workdir / "ut" / "activity.schema.json"
    edited.write_text("{}\n", encoding="utf-8")
    code, out, err = run_cli(["schema", "--output-dir", "ut"], capsys)
    assert (code, out) == (1, "")
    assert err == (
        "samverkan: ut/activity.schema.json finns redan med annat innehåll; inget skrevs. "
        "Använd --force för att skriva över.\n"
    )
    assert edited.read_text(encoding="utf-8") == "{}\n"
    code, out, _ = run_cli(["schema", "--output-dir", "ut", "--check"], capsys)
    assert (code, out.splitlines()[0]) == (1, "stämmer inte med modellerna: ut/activity.schema.json")
    code, out, _ = run_cli(["schema", "--output-dir", "ut", "--force"], capsys)
    assert code == 0
    assert "skrev: ut/activity.schema.json\n" in out
    assert edited.read_text(encoding="utf-8") == render_schemas()["activity.schema.json"]
    assert not [p for p in (workdir / "ut").iterdir() if p.name.endswith(".tmp")]


def test_schema_defaults_to_schemas_beside_the_data_folder(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["schema"], capsys)
    assert code == 0
    assert out.splitlines()[0] == "skrev: schemas/agreement.schema.json"
    assert (repo / "schemas" / "samverkan.schema.json").is_file()


def test_schema_output_dir_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "fil"
    target.write_text("x", encoding="utf-8")
    assert run_cli(["schema", "--output-dir", str(target)], capsys)[0] == 2


def test_config_schema_lists_rule_codes() -> None:
    """Every code lint accepts in the settings, the old split `responsibility-missing` too: the editor must not mark
    as wrong what lint takes."""
    schema = json.loads(render_schemas()["samverkan.schema.json"])
    assert schema["properties"]["rules"]["propertyNames"]["enum"] == sorted([*RULES, "responsibility-missing"])


# ------------------------------------------------------------------------------------------ the shipped data

SHIPPED_2021 = """\
data/activities/linkopingsmodellen.yaml:22:16: varning [uncertain-responsibility] Rollen i aktiviteten är osäker: \
texten har ett frågetecken eller ett ord som ”oklart” eller ”eventuellt”.
    tips: Reda ut med parterna vem som gör vad och rätta handlingsplanen vid nästa revision. Tills dess: låt \
markeringen stå, så att osäkerheten syns.
data/agreement.yaml:106:11: varning [focus-area-unserved] Inget mål och ingen aktivitet arbetar med den här \
inriktningen.
    tips: Lägg till inriktningens id i `focus_areas` hos ett mål eller en aktivitet, eller skriv i inriktningens \
`no_measures_reason` varför den saknar egna åtgärder.
data/agreement.yaml:301:13: varning [goal-unmeasurable] Målet har ingen indikator, så det går inte att följa upp om \
det nås.
    tips: Lägg till minst en indikator (`indicators`) med källa, gärna med utgångsläge (`baseline`) och målvärde \
(`target`), hos målet eller ett delmål.
0 fel, 3 varningar: {files} filer kontrollerade.
"""

EXPIRED = """\
data/agreement.yaml:27:8: varning [agreement-expired] Överenskommelsen gällde till 1 juni 2023 och har löpt ut.
    tips: Teckna en ny överenskommelse och lägg den i ett nytt repo eller en ny datamapp; den här finns kvar som \
historik. Aktiviteter som fortsätter hör till den nya.
"""


def test_shipped_data(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """What is really wrong or unclear in the signed Strängnäs document, and nothing else: the uncertain role in
    Linköpingsmodellen, the focus area "Otrygghet i offentlig miljö" that no goal or activity serves, and the goal
    "Öka kommunikation om trygghet" that has no indicator. Later, also that the agreement has expired."""
    monkeypatch.chdir(REPO)
    files = sum(1 for path in (REPO / "data").rglob("*.y*ml"))
    expected = SHIPPED_2021.format(files=files)
    assert run_cli(["lint", "--as-of", "2021-01-15"], capsys) == (0, expected, "")
    lines = expected.splitlines(keepends=True)
    later = "".join(lines[:2]) + EXPIRED + "".join(lines[2:]).replace("3 varningar", "4 varningar")
    assert run_cli(["lint", "--as-of", "2026-11-25"], capsys) == (0, later, "")


def test_docs_name_every_rule() -> None:
    text = (REPO / "docs" / "lint.md").read_text(encoding="utf-8")
    assert [code for code in RULES if f"`{code}`" not in text] == []


def test_pre_commit_hooks() -> None:
    import yaml

    hooks = {hook["id"]: hook for hook in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text("utf-8"))}
    assert hooks["samverkan-validate"]["entry"] == "samverkan validate"
    assert hooks["samverkan-validate"]["files"] == r"^data/.*\.ya?ml$"
    assert hooks["samverkan-validate"]["language"] == "python"
    assert hooks["samverkan-lint"]["entry"] == "samverkan lint"
    assert hooks["samverkan-lint"]["pass_filenames"] is False


@pytest.mark.parametrize("shown", ["data/activities/sig.yaml", ".yaml", "a.b.yaml", "..yaml", "x", "x.", "a/b.c/d"])
def test_a_file_names_stem_is_read_as_pathlib_reads_it(shown: str) -> None:
    """file-name-mismatch compares a file's stem with its id in plain strings (it runs for every file)."""
    from pathlib import PurePosixPath

    from samverkan.lint.references import _stem

    assert _stem(shown) == PurePosixPath(shown).stem
