"""The publishing guard: a personnummer that reaches a document stops the command before anything is written.

The numbers here are the test numbers everyone uses (121212-1212, 811218-9876); they are Luhn-valid, so the guard
must treat them as real. Each case writes the number in a way that a scan of the file's bytes does not see.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _cycle import activity, cli, followup, make_repository
from samverkan.lint.personal_data import identity_numbers

pytestmark = pytest.mark.usefixtures("clean_env")

#: The same personnummer 121212-1212, written so that the raw text of the file holds no run of its digits.
HIDDEN = {
    "yaml-escapes": '"Elev \\x31\\x32\\x31\\x32\\x31\\x32-1212 deltog."',
    "line-continuation": '"Elev 121212-\\\n  1212 deltog."',
    "unicode-escapes": '"Elev \\u0031\\u0032\\u0031\\u0032\\u0031\\u0032\\u20131212 deltog."',
}
DIGITS = ("121212", "1212")


def repository_with(tmp_path: Path, done: str) -> Path:
    return make_repository(
        tmp_path,
        activities={"sig": activity("sig")},
        followups={("2020Q1", "sig"): followup("sig", "2020Q1", done=done)},
        meetings={"2020Q1": "period: 2020Q1\nforum: Centrala BRÅ\nstatus: genomfört\ndate: 2020-03-25\n"},
    )


def assert_refused(result: tuple[int, str, str], written: Path) -> None:
    code, out, err = result
    assert code == 1
    assert "[publish-identity-number]" in err
    assert "Här skulle dokumentet innehålla ett personnummer. Ingenting skrevs." in err
    for digits in DIGITS:
        assert digits not in out + err
    assert not written.exists()


@pytest.mark.parametrize("done", HIDDEN.values(), ids=HIDDEN.keys())
def test_report_writes_nothing_with_a_hidden_personnummer(
    done: str, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repository_with(workdir, done)
    for target in ("protokoll.md", "protokoll.docx"):
        result = cli(capsys, "report", "--quarter", "2020Q1", "--as-of", "2020-04-15", "-o", target)
        assert_refused(result, workdir / target)
    code, out, err = cli(capsys, "report", "--quarter", "2020Q1", "--as-of", "2020-04-15")
    assert (code, out) == (1, "")
    assert err.startswith("-:")  # the place in the document bound for the screen


def test_export_and_site_write_nothing_either(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repository_with(workdir, HIDDEN["yaml-escapes"])
    assert_refused(cli(capsys, "export", "--as-of", "2020-04-15", "-o", "u.xlsx"), workdir / "u.xlsx")
    assert_refused(cli(capsys, "site", "--as-of", "2020-04-15", "-o", "webb"), workdir / "webb")


@pytest.mark.parametrize("spelling", ["121212 1212", "121212\u20131212", "121212\u20111212", "19121212\u00a01212"])
def test_lint_recognises_the_ways_people_write_it(
    spelling: str, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repository_with(workdir, f"Elev {spelling} deltog.")
    code, out, _ = cli(capsys, "lint", "--as-of", "2020-04-15")
    assert code == 1
    assert "[personal-identity-number]" in out
    assert "1212" not in out.replace("2020", "")


def test_an_ordinary_document_passes(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repository_with(workdir, "Tolv möten 2020-03-12 med 1212 deltagare.")  # not a Luhn-valid identity number
    assert cli(capsys, "report", "--quarter", "2020Q1", "--as-of", "2020-04-15", "-o", "p.md")[0] == 0


@pytest.mark.parametrize("done", HIDDEN.values(), ids=HIDDEN.keys())
def test_the_hidden_numbers_really_reach_the_document_and_lint_finds_them_decoded(
    done: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """No scan of the file's bytes sees these numbers; lint and validate find them in the decoded value, and without
    the guard the report would print them: the cases are real."""
    monkeypatch.chdir(tmp_path)
    data = repository_with(tmp_path, done)
    assert not list(identity_numbers((data / "followups" / "2020Q1" / "sig.yaml").read_text(encoding="utf-8")))
    for command in (("lint", "--as-of", "2020-04-15"), ("validate",)):
        code, out, _ = cli(capsys, *command)
        assert code == 1
        assert "data/followups/2020Q1/sig.yaml:3:7: fel [personal-identity-number]" in out
    monkeypatch.setattr("samverkan.cli.cycle_common.personal_data_in", lambda text, output: [])
    code, out, _ = cli(capsys, "report", "--quarter", "2020Q1", "--as-of", "2020-04-15")
    assert code == 0
    assert "121212" in out.replace("\\", "")


def test_validate_stops_a_personnummer_before_the_commit(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """validate is what pre-commit runs: it checks the identity number too, on the files it is given."""
    data = repository_with(workdir, "Elev 121212 1212 deltog.")
    for args in ((), (str(data / "followups" / "2020Q1" / "sig.yaml"),)):
        code, out, err = cli(capsys, "validate", *args)
        assert (code, err) == (1, "")
        assert "data/followups/2020Q1/sig.yaml:3:12: fel [personal-identity-number] Raden innehåller ett personnummer." in out
        assert "1212" not in out


@pytest.mark.parametrize("output_format", ["text", "json", "github"])
def test_no_finding_prints_a_personnummer_from_a_folder_name(
    output_format: str, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder named by a personnummer is itself a finding; every other finding about a file in it masks the number."""
    data = repository_with(workdir, "Möten hölls.")
    folder = data / "activities" / "19121212-1212"
    folder.mkdir()
    (folder / "x.yaml").write_text("id: x\n", encoding="utf-8")
    code, out, err = cli(capsys, "validate", "--format", output_format)
    assert code == 1
    assert "data/activities/[…]/x.yaml" in out
    for digits in ("121212", "1212"):
        assert digits not in out + err
