"""`samverkan init`: a new kommun's repository that validates at once, never overwritten, nothing invented."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
import yaml

from _cycle import cli
from samverkan import __version__
from samverkan.init import pip_requirement
from samverkan.json_schema import render_schemas

pytestmark = pytest.mark.usefixtures("clean_env")

KINDS = ["samverkansoverenskommelse", "medborgarlofte", "atgardsplan"]
EXAMPLE = {
    "samverkansoverenskommelse": "exempel-aktivitet",
    "medborgarlofte": "exempel-lofte",
    "atgardsplan": "exempel-atgard",
}
SWEDISH = {
    "samverkansoverenskommelse": "samverkansöverenskommelse",
    "medborgarlofte": "medborgarlöfte",
    "atgardsplan": "åtgärdsplan",
}
SCHEMAS = [f"schemas/{name}" for name in render_schemas()]


def created(kind: str) -> list[str]:
    return [
        "data/agreement.yaml",
        f"data/activities/{EXAMPLE[kind]}.yaml",
        "README.md",
        ".gitignore",
        ".pre-commit-config.yaml",
        ".github/workflows/samverkan.yml",
        *SCHEMAS,
    ]


def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def snapshot(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in files_under(folder)}


def read_yaml(path: Path) -> dict[str, object]:
    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


@pytest.fixture(params=KINDS)
def initialised(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> str:
    """The working folder after `samverkan init --kind KIND`, for each kind; returns the kind."""
    kind: str = request.param
    monkeypatch.chdir(tmp_path)
    assert cli(capsys, "init", "--kind", kind)[0] == 0
    return kind


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_creates_its_files(kind: str, workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "init", "--kind", kind)
    assert (code, err) == (0, "")
    assert files_under(workdir) == sorted(created(kind))
    assert [line.removeprefix("skapad: ") for line in out.splitlines() if line.startswith("skapad: ")] == created(kind)
    assert not list(workdir.rglob("*.tmp"))


def test_the_data_folder_validates_at_once(initialised: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "validate")
    assert (code, out) == (0, "Inga fel: 2 filer kontrollerade.\n")


def test_lint_finds_no_error_only_reminders(initialised: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "lint", "--as-of", "2025-01-15", "--format", "json")
    assert [f["code"] for f in json.loads(out) if f["severity"] == "error"] == []
    assert code == 0


def test_nothing_the_document_must_tell_is_invented(initialised: str, tmp_path: Path) -> None:
    """Only what every document of the kind has: no validity, signing, forum, cadence or questions."""
    kind = initialised
    agreement = read_yaml(tmp_path / "data" / "agreement.yaml")
    assert sorted(agreement) == ["id", "kind", "parties", "title"]
    assert agreement["kind"] == SWEDISH[kind]
    example = read_yaml(tmp_path / "data" / "activities" / f"{EXAMPLE[kind]}.yaml")
    assert example["id"] == EXAMPLE[kind]
    assert example["illustrative"] is True  # marked as made up, to be replaced
    text = (tmp_path / "data" / "activities" / f"{EXAMPLE[kind]}.yaml").read_text(encoding="utf-8")
    assert "\n# EXEMPEL: " in text


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("medborgarlöfte", "medborgarlöfte"),
        ("Medborgarlöfte", "medborgarlöfte"),
        (unicodedata.normalize("NFD", "åtgärdsplan"), "åtgärdsplan"),
        ("samverkansöverenskommelse", "samverkansöverenskommelse"),
        ("ATGARDSPLAN", "åtgärdsplan"),
    ],
)
def test_the_kind_may_be_spelt_in_swedish(
    typed: str, kind: str, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(capsys, "init", "--kind", typed)[0] == 0
    assert read_yaml(workdir / "data" / "agreement.yaml")["kind"] == kind


def test_the_whole_output(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "init", "--kind", "medborgarlofte")
    assert (code, err) == (0, "")
    schemas = "".join(f"skapad: {name}\n" for name in SCHEMAS)
    assert out == (
        "skapad: data/agreement.yaml\n"
        "skapad: data/activities/exempel-lofte.yaml\n"
        "skapad: README.md\n"
        "skapad: .gitignore\n"
        "skapad: .pre-commit-config.yaml\n"
        "skapad: .github/workflows/samverkan.yml\n"
        f"{schemas}"
        f"{6 + len(SCHEMAS)} filer skapades.\n"
        "\n"
        "Nästa steg:\n"
        "  1. Fyll i data/agreement.yaml ur medborgarlöftet och byt exemplet i data/activities/ mot era löften.\n"
        "  2. Kör `samverkan validate` och `samverkan lint`; varningarna visar vad som återstår.\n"
        "  3. Checka in: `git init`, `git add .` och `git commit`.\n"
    )


def test_into_a_new_folder_in_english(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "init", "ny/exempelstad", "--kind", "atgardsplan", "--lang", "en")
    assert (code, err) == (0, "")
    assert files_under(workdir / "ny" / "exempelstad") == sorted(created("atgardsplan"))
    assert out.startswith("created: ny/exempelstad/data/agreement.yaml\n")
    assert out.endswith(
        f"{6 + len(SCHEMAS)} files created.\n"
        "\n"
        "Next steps, in the folder ny/exempelstad:\n"
        "  1. Fill in data/agreement.yaml from the action plan and replace the example in data/activities/ with "
        "your measures.\n"
        "  2. Run `samverkan validate` and `samverkan lint`; the warnings show what is left to do.\n"
        "  3. Commit: `git init`, `git add .` and `git commit`.\n"
    )
    assert cli(capsys, "validate", "--data", "ny/exempelstad/data")[0] == 0


def test_running_it_twice_refuses_and_changes_nothing(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "init", "--kind", "samverkansoverenskommelse")[0] == 0
    (workdir / "data" / "agreement.yaml").write_text("id: redan-ifylld\n", encoding="utf-8")
    before = snapshot(workdir)
    code, out, err = cli(capsys, "init", "--kind", "medborgarlofte")
    assert (code, out) == (1, "")
    assert snapshot(workdir) == before
    existing = [name for name in created("medborgarlofte") if name != "data/activities/exempel-lofte.yaml"]
    assert err == (
        "".join(f"{name}:1:1: fel [init-file-exists] Filen finns redan.\n" for name in existing)
        + f"Inget skrevs: {len(existing)} filer finns redan. Flytta undan dem, välj en annan mapp eller lägg till "
        "--force för att skriva över.\n"
    )


def test_one_existing_file_is_enough_to_write_nothing(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text("# Vårt eget repo\n", encoding="utf-8")
    code, out, err = cli(capsys, "init", "--kind", "atgardsplan")
    assert (code, out) == (1, "")
    assert err == (
        "README.md:1:1: fel [init-file-exists] Filen finns redan.\n"
        "Inget skrevs: 1 fil finns redan. Flytta undan den, välj en annan mapp eller lägg till --force för att "
        "skriva över.\n"
    )
    assert files_under(workdir) == ["README.md"]
    assert (workdir / "README.md").read_text(encoding="utf-8") == "# Vårt eget repo\n"


def test_force_overwrites(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "init", "--kind", "medborgarlofte")[0] == 0
    fresh = snapshot(workdir)
    (workdir / "data" / "agreement.yaml").write_text("id: trasig\n", encoding="utf-8")
    (workdir / "README.md").unlink()
    code, out, err = cli(capsys, "init", "--kind", "medborgarlofte", "--force")
    assert (code, err) == (0, "")
    assert snapshot(workdir) == fresh
    assert "överskriven: data/agreement.yaml\n" in out
    assert "skapad: README.md\n" in out
    assert f"1 fil skapades och {len(fresh) - 1} filer skrevs över.\n" in out


def test_an_unknown_kind_is_bad_usage(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "init", "--kind", "handlingsplan")
    assert (code, out) == (2, "")
    assert err == (
        "samverkan: Okänd sort för --kind. Välj samverkansoverenskommelse, medborgarlofte eller atgardsplan.\n"
    )
    code, _, err = cli(capsys, "init")
    assert code == 2
    assert "--kind" in err
    assert files_under(workdir) == []


def test_the_folder_must_be_a_folder(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "fil").write_text("", encoding="utf-8")
    code, out, err = cli(capsys, "init", "fil", "--kind", "medborgarlofte")
    assert (code, out, err) == (2, "", "samverkan: fil finns men är ingen mapp.\n")


def test_the_kommun_may_be_named(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "init", "--kind", "medborgarlofte", "--kommun", "Strängnäs kommun")[0] == 0
    parties = read_yaml(workdir / "data" / "agreement.yaml")["parties"]
    assert parties == [
        {"id": "polisen", "name": "Polismyndigheten", "kind": "polismyndigheten"},
        {"id": "strangnas-kommun", "name": "Strängnäs kommun", "kind": "kommun"},
    ]
    assert cli(capsys, "validate")[0] == 0


def test_without_a_name_the_kommun_is_generic_and_says_so(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "init", "--kind", "samverkansoverenskommelse")[0] == 0
    text = (workdir / "data" / "agreement.yaml").read_text(encoding="utf-8")
    assert "\n  - id: kommunen\n    name: Kommunen" in text
    assert "# skriv kommunens namn" in text
    responsibilities = read_yaml(workdir / "data" / "activities" / "exempel-aktivitet.yaml")["responsibilities"]
    assert isinstance(responsibilities, list)
    assert [r["party"] for r in responsibilities] == ["kommunen", "polisen"]


@pytest.mark.parametrize("name", ["", "  ", "Exempel\nby", "Exempel\x1bby", "x" * 301, "---", "vi"])
def test_a_name_that_cannot_be_a_party_is_bad_usage(
    name: str, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = cli(capsys, "init", "--kind", "medborgarlofte", "--kommun", name)
    assert (code, out) == (2, "")
    assert err.startswith("samverkan: --kommun ska vara kommunens namn på en rad")
    assert files_under(workdir) == []


def test_the_checks_run_in_pre_commit_and_ci(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "init", "--kind", "medborgarlofte")[0] == 0
    pre_commit = read_yaml(workdir / ".pre-commit-config.yaml")
    shipped = yaml.safe_load((Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml").read_text("utf-8"))
    hooks = [hook for repo in pre_commit["repos"] for hook in repo["hooks"]]  # type: ignore[attr-defined]
    assert [(h["id"], h["entry"], h["files"]) for h in hooks] == [(h["id"], h["entry"], h["files"]) for h in shipped]
    workflow = read_yaml(workdir / ".github" / "workflows" / "samverkan.yml")
    steps = workflow["jobs"]["kontroll"]["steps"]  # type: ignore[index]
    runs = [step["run"] for step in steps if "run" in step]
    assert runs == [
        f'pip install "samverkan=={__version__}"',
        "samverkan validate --format github",
        "samverkan lint --format github",
        "samverkan schema --check",
    ]
    assert ".samverkan_cache/" in (workdir / ".gitignore").read_text(encoding="utf-8").splitlines()
    for name, text in render_schemas().items():
        assert (workdir / "schemas" / name).read_text(encoding="utf-8") == text
    assert cli(capsys, "schema", "--check")[0] == 0


def test_the_readme_names_the_kind_and_the_example(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "init", "--kind", "atgardsplan")[0] == 0
    readme = (workdir / "README.md").read_text(encoding="utf-8")
    assert "kommunens åtgärdsplan" in readme
    assert "`exempel-atgard.yaml` är ett påhittat exempel" in readme
    for command in ("samverkan validate", "samverkan lint", "samverkan new followup", "samverkan report"):
        assert command in readme


@pytest.mark.parametrize(
    ("direct_url", "requirement"),
    [
        (None, f"samverkan=={__version__}"),  # from PyPI: pip leaves no direct_url.json
        ('{"url": "file:///home/anna/samverkan", "dir_info": {"editable": true}}', f"samverkan=={__version__}"),
        (
            '{"url": "https://github.com/kommun/samverkan", "vcs_info": {"vcs": "git", "requested_revision": "v0.1.0",'
            ' "commit_id": "0123abc"}}',
            "samverkan @ git+https://github.com/kommun/samverkan@v0.1.0",
        ),
        (
            '{"url": "https://github.com/kommun/samverkan", "vcs_info": {"vcs": "git", "commit_id": "0123abc"}}',
            "samverkan @ git+https://github.com/kommun/samverkan@0123abc",
        ),
        (
            '{"url": "https://example.org/samverkan-0.1.0-py3-none-any.whl", "archive_info": {}}',
            "samverkan @ https://example.org/samverkan-0.1.0-py3-none-any.whl",
        ),
        ("not json", f"samverkan=={__version__}"),
    ],
)
def test_ci_installs_samverkan_from_where_this_copy_came_from(direct_url: str | None, requirement: str) -> None:
    assert pip_requirement(direct_url) == requirement


def test_the_workflow_of_a_repository_made_by_a_git_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    origin = '{"url": "https://github.com/kommun/samverkan", "vcs_info": {"vcs": "git", "requested_revision": "v1"}}'
    monkeypatch.setattr("samverkan.init.installed_from", lambda: origin)
    assert cli(capsys, "init", "--kind", "atgardsplan")[0] == 0
    workflow = read_yaml(tmp_path / ".github" / "workflows" / "samverkan.yml")
    steps = workflow["jobs"]["kontroll"]["steps"]  # type: ignore[index]
    assert [step["run"] for step in steps if step.get("name") == "Installera samverkan"] == [
        'pip install "samverkan @ git+https://github.com/kommun/samverkan@v1"'
    ]
    # CI keeps the result cache between runs (docs/ci.md).
    [cache] = [step for step in steps if step.get("uses") == "actions/cache@v4"]
    assert cache["with"]["path"] == ".samverkan_cache"
