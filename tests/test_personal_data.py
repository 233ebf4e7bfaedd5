"""Personal data in names, in hidden folders and in files the scan cannot read (issue 12 items 1 and 3).

Git commits every file under data/, whatever its name or kind; so the identity-number check reads them all, names
included, and says which file it could not read instead of skipping it in silence. A finding about a name points
to the folder above it: the name itself would show the number.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _cycle import activity, cli, followup, make_repository
from samverkan.lint.personal_data import Places, identity_numbers, luhn_valid
from samverkan.loader import MAX_FILE_BYTES

pytestmark = pytest.mark.usefixtures("clean_env")

NAME_HINT = (
    "    tips: Byt namn på filen eller mappen så att numret försvinner: namnen checkas in och publiceras precis som "
    "innehållet.\n"
)


def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return make_repository(tmp_path, activities={"sig": activity("sig")})


def test_a_personnummer_in_a_file_name_is_found_by_validate_and_lint_without_showing_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = data_folder(tmp_path, monkeypatch)
    (data / "bilagor" / "19121212-1212").mkdir(parents=True)
    (data / "bilagor" / "19121212-1212" / "brev 121212–1212.pdf").write_bytes(b"%PDF")
    expected = (
        "data/bilagor:1:1: fel [identity-number-in-name] Ett fil- eller mappnamn i den här mappen innehåller "
        "ett personnummer.\n" + NAME_HINT
    )
    code, out, err = cli(capsys, "validate")
    assert (code, out, err) == (1, expected + "1 fel, 0 varningar: 2 filer kontrollerade.\n", "")
    code, out, _ = cli(capsys, "lint", "--as-of", "2020-04-15")
    assert code == 1
    assert expected in out
    assert "1212" not in out


def test_the_name_rule_cannot_be_switched_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = data_folder(tmp_path, monkeypatch)
    (data / "samverkan.yaml").write_text("rules:\n  identity-number-in-name: off\n", encoding="utf-8")
    (data / "121272+1219.txt").write_text("tom\n", encoding="utf-8")
    code, out, _ = cli(capsys, "lint", "--as-of", "2020-04-15")
    assert code == 1
    assert (
        "data:1:1: fel [identity-number-in-name] Ett fil- eller mappnamn i den här mappen innehåller ett "
        "samordningsnummer.\n"
    ) in out
    assert "data/samverkan.yaml:2:3: varning [rule-always-on] Regeln `identity-number-in-name` går inte att stänga av" in out


def test_hidden_folders_and_other_files_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = data_folder(tmp_path, monkeypatch)
    (data / ".utkast").mkdir()
    (data / ".utkast" / "anteckning.md").write_text("Möte\n\nElev 121212 1212.\n", encoding="utf-8")
    code, out, _ = cli(capsys, "lint", "--as-of", "2020-04-15")
    assert code == 1
    assert "data/.utkast/anteckning.md:3:6: fel [personal-identity-number] Raden innehåller ett personnummer.\n" in out
    assert "1212" not in out


def test_a_file_too_large_to_search_is_reported_as_not_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = data_folder(tmp_path, monkeypatch)
    (data / "export.csv").write_bytes(b"x" * (MAX_FILE_BYTES + 1))
    code, out, _ = cli(capsys, "lint", "--as-of", "2020-04-15")
    assert code == 0
    assert (
        "data/export.csv:1:1: varning [personal-data-not-checked] Filen kunde inte genomsökas efter "
        "personuppgifter: den är större än 1 MB.\n"
        "    tips: git checkar in filen ändå. Se själv efter att den inte innehåller personnummer, telefonnummer "
        "eller e-postadresser, eller ta bort den ur data/.\n"
    ) in out


def test_places_are_lines_and_columns() -> None:
    text = "a\nbc\n\nd"
    place = Places(text)
    assert [place(index) for index in range(len(text))] == [(1, 1), (1, 2), (2, 1), (2, 2), (2, 3), (3, 1), (4, 1)]


# ------------------------------------------------------------------- any spelling, any encoding (hypothesis)

SEPARATORS = ["", "-", "+", " ", "\u00a0", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"]


@st.composite
def identity_number(draw: st.DrawFn) -> tuple[str, str]:
    """A Luhn-valid personnummer or samordningsnummer in some spelling; also its ten digits."""
    born = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2019, 12, 31)))
    day = born.day + (60 if draw(st.booleans()) else 0)
    date_part = f"{born:%y%m}{day:02}"
    serial = draw(st.integers(0, 999))
    nine = f"{date_part}{serial:03}"
    digits = nine + next(str(check) for check in range(10) if luhn_valid(nine + str(check)))
    century = f"{born.year // 100}" if draw(st.booleans()) else ""
    return century + digits[:6] + draw(st.sampled_from(SEPARATORS)) + digits[6:], digits


@st.composite
def double_quoted(draw: st.DrawFn, text: str) -> str:
    """`text` as a YAML double-quoted scalar, each character possibly escaped (\\x, \\u) or split by a
    line continuation."""
    parts = []
    for char in text:
        how = draw(st.sampled_from(["plain", "plain", "hex", "unicode", "continuation"]))
        if how == "hex" and ord(char) < 0x100:
            parts.append(f"\\x{ord(char):02x}")
        elif how == "unicode":
            parts.append(f"\\u{ord(char):04x}")
        elif how == "continuation":
            parts.append(char + "\\\n    ")
        else:
            parts.append(char)
    return '"Elev ' + "".join(parts) + ' deltog."'


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_identity_number_reaches_the_output(data: st.DataObject, capsys: pytest.CaptureFixture[str]) -> None:
    """validate, lint and report refuse (exit 1) and none of them shows a digit run of the number."""
    spelled, digits = data.draw(identity_number())
    done = data.draw(double_quoted(spelled))
    with tempfile.TemporaryDirectory() as folder, contextlib.chdir(folder):
        make_repository(
            Path(folder),
            activities={"sig": activity("sig")},
            followups={("2020Q1", "sig"): followup("sig", "2020Q1", done=done)},
            meetings={"2020Q1": "period: 2020Q1\nforum: Centrala BRÅ\nstatus: genomfört\ndate: 2020-03-25\n"},
        )
        for command in (
            ("validate",),
            ("lint", "--as-of", "2020-04-15"),
            ("report", "--quarter", "2020Q1", "--as-of", "2020-04-15"),
        ):
            code, out, err = cli(capsys, *command)
            assert code == 1, (command, out, err)
            shown = out + err
            assert digits[:6] not in shown and digits[6:] + "\n" not in shown
            assert not list(identity_numbers(shown))


@pytest.mark.parametrize(
    "text",
    ["", "id: sig\n", "2020-03-20", "19121212-1212", "a 123456 b", "12345 6", "١٢٣٤٥٦", "å123456ä", "12\udc80345", "x" * 5000 + "123456"],
)
def test_the_quick_test_for_six_digits_agrees_with_the_pattern(text: str) -> None:
    from samverkan.identity import SIX_DIGITS, may_hold_number

    # It may say yes where the pattern says no (a dropped character joins digits), never the other way round.
    assert may_hold_number(text) >= bool(SIX_DIGITS.search(text))
    assert may_hold_number(text) == bool(SIX_DIGITS.search(text.replace("\udc80", "")))
