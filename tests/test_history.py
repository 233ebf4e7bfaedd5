"""The minutes' review trail: what changed in the agreement and the action plan between two meetings, from git."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from _cycle import activity, cli, make_repository
from samverkan.history import Change, ChangeKind, changes_between

MEETINGS = {"2020Q1": "2020-03-25", "2020Q2": "2020-06-17"}
MEETING = "period: {period}\nforum: Centrala BRÅ\nstatus: genomfört\ndate: {date}\n"


def commit(root: Path, day: str, subject: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Commit everything in `root` as if on `day` at noon."""
    when = f"{day}T12:00:00"
    for variable in ("GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE"):
        monkeypatch.setenv(variable, when)
    subprocess.run(["git", "add", "-A"], cwd=root, check=True, capture_output=True)
    subprocess.run(["git", "commit", "-q", "-m", subject], cwd=root, check=True, capture_output=True)


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for variable, value in {
        "GIT_AUTHOR_NAME": "Samordnare",
        "GIT_AUTHOR_EMAIL": "samordnare@example.invalid",
        "GIT_COMMITTER_NAME": "Samordnare",
        "GIT_COMMITTER_EMAIL": "samordnare@example.invalid",
        "GIT_CONFIG_GLOBAL": "/dev/null",
    }.items():
        monkeypatch.setenv(variable, value)
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True, capture_output=True)
    data = make_repository(
        tmp_path,
        activities={"sig": activity("sig"), "gammal": activity("gammal")},
        meetings={period: MEETING.format(period=period, date=date) for period, date in MEETINGS.items()},
    )
    commit(tmp_path, "2020-01-10", "Överenskommelsen som den undertecknades", monkeypatch)
    return data


def kinds(changes: list[Change] | None) -> list[tuple[str, ChangeKind, str | None]]:
    assert changes is not None
    return [(change.subject, change.kind, change.activity) for change in changes]


def test_the_commits_between_two_meetings_are_listed_by_activity(
    repository: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = repository.parent
    (repository / "activities" / "ny.yaml").write_text(activity("ny"), encoding="utf-8")
    commit(root, "2020-04-01", "Ny aktivitet", monkeypatch)
    sig = repository / "activities" / "sig.yaml"
    sig.write_text(sig.read_text(encoding="utf-8").replace("status: pågående", "status: avslutad"), encoding="utf-8")
    (repository / "activities" / "gammal.yaml").unlink()
    commit(root, "2020-05-02", "SIG avslutas", monkeypatch)
    (repository / "agreement.yaml").write_text(
        (repository / "agreement.yaml").read_text(encoding="utf-8") + "# ändrad\n", encoding="utf-8"
    )
    commit(root, "2020-07-01", "Efter mötet", monkeypatch)

    changes = changes_between(repository, after=dt.date(2020, 3, 25), through=dt.date(2020, 6, 17))
    assert kinds(changes) == [
        ("Ny aktivitet", ChangeKind.ADDED, "ny"),
        ("SIG avslutas", ChangeKind.REMOVED, "gammal"),
        ("SIG avslutas", ChangeKind.ENDED, "sig"),
    ]
    assert changes is not None
    assert [change.day for change in changes] == [dt.date(2020, 4, 1), dt.date(2020, 5, 2), dt.date(2020, 5, 2)]
    assert all(len(change.commit) >= 7 for change in changes)
    # The day of the meeting itself counts; the day of the previous one does not (its changes were in its minutes).
    assert kinds(changes_between(repository, after=dt.date(2020, 5, 2), through=dt.date(2020, 7, 1))) == [
        ("Efter mötet", ChangeKind.CHANGED, None)
    ]


def test_a_changed_activity_that_does_not_end_is_changed(repository: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sig = repository / "activities" / "sig.yaml"
    sig.write_text(sig.read_text(encoding="utf-8") + "# mer\n", encoding="utf-8")
    (repository / "followups").mkdir(exist_ok=True)
    (repository / "followups" / "annat.yaml").write_text("x: 1\n", encoding="utf-8")  # not the plan: not listed
    commit(repository.parent, "2020-04-01", "Ändrad", monkeypatch)
    assert kinds(changes_between(repository, dt.date(2020, 3, 1), dt.date(2020, 4, 30))) == [
        ("Ändrad", ChangeKind.CHANGED, "sig")
    ]


def test_a_folder_outside_git_has_no_history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    data = make_repository(tmp_path)
    assert changes_between(data, dt.date(2020, 1, 1), dt.date(2020, 12, 31)) is None


def test_without_git_there_is_no_history(repository: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    assert changes_between(repository, dt.date(2020, 1, 1), dt.date(2020, 12, 31)) is None


def test_the_minutes_list_what_changed_since_the_previous_meeting(
    repository: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (repository / "activities" / "ny.yaml").write_text(activity("ny"), encoding="utf-8")
    commit(repository.parent, "2020-04-01", "Ny aktivitet | med tecken *", monkeypatch)
    hash_of = subprocess.run(
        ["git", "log", "-1", "--format=%h"], cwd=repository, check=True, capture_output=True, text=True
    ).stdout.strip()
    code, out, err = cli(capsys, "report", "--data", str(repository), "--quarter", "2020Q2", "--as-of", "2020-07-01")
    assert (code, err) == (0, "")
    section = out.split("Ändringar sedan föregående möte\n", 1)[1].split("\n## ", 1)[0]
    assert section == (
        "\nIncheckat i repot efter mötet 25 mars 2020 till och med 17 juni 2020:\n\n"
        "| Datum | Ändring | Incheckning |\n"
        "| --- | --- | --- |\n"
        f"| 1 april 2020 | Aktiviteten Aktivitet ny lades till | `{hash_of}` Ny aktivitet \\| med tecken \\* |\n"
    )


def test_minutes_outside_git_have_no_change_section(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    meetings = {period: MEETING.format(period=period, date=date) for period, date in MEETINGS.items()}
    data = make_repository(tmp_path, meetings=meetings)
    code, out, _ = cli(capsys, "report", "--data", str(data), "--quarter", "2020Q2", "--as-of", "2020-07-01")
    assert code == 0
    assert "Ändringar sedan" not in out
