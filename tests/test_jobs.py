"""`--jobs N`: worker processes read and parse a large folder; what the user sees is the same as with one process.

The pool starts only from `POOL_MIN_FILES` files, more than a test should write: the tests lower it, and the chunk
size, so that a small folder is split over several workers and chunks.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _cycle import cli, copy_shipped
from samverkan import repository

pytestmark = pytest.mark.usefixtures("clean_env")

#: Files that give findings of every stage: bytes, YAML, schema, kind, identity numbers the loader decoded.
BROKEN = {
    "activities/trasig.yaml": "id: trasig\nname: [inte stängd\n",
    "activities/fel-status.yaml": "id: fel-status\nname: Fel\ngoals: []\nresponsibilities: []\nstatus: klar\n",
    "activities/utf16.yaml": "id: x\n".encode("utf-16"),
    "followups/2020Q2/okand.yaml": "activity: finns-inte\nperiod: 2020Q2\ndone: Ja.\ncooperated: Ja.\neffects: Ja.\n",
    "meetings/2020Q9.yaml": "period: 2020Q9\n",
    "annat/fil.yaml": "a: 1\n",
    "activities/nummer.yaml": 'id: nummer\nname: "\\x31\\x39\\x31\\x32\\x31\\x32\\x31\\x32-\\x31\\x32\\x31\\x32"\n',
}


@pytest.fixture
def pool_for_every_folder(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Let the pool start for any folder, in chunks of three files; counts the calls that used it."""
    used: list[int] = []
    in_pool = repository._read_in_pool

    def counting(*args: object) -> object:
        used.append(1)
        return in_pool(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(repository, "POOL_MIN_FILES", 1)
    monkeypatch.setattr(repository, "_CHUNK", 3)
    monkeypatch.setattr(repository, "_read_in_pool", counting)
    return used


@pytest.fixture
def folder_with_findings(workdir: Path) -> Path:
    data = copy_shipped(workdir)
    for relative, content in BROKEN.items():
        path = data / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return data


@pytest.mark.parametrize("command", [("validate",), ("lint", "--as-of", "2021-01-15")])
@pytest.mark.parametrize("output_format", ["text", "json", "github"])
def test_one_job_and_two_give_the_same_output_byte_for_byte(
    command: tuple[str, ...],
    output_format: str,
    folder_with_findings: Path,
    pool_for_every_folder: list[int],
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = (*command, "--data", str(folder_with_findings), "--no-cache", "--format", output_format)
    alone = cli(capsys, *args, "--jobs", "1")
    assert pool_for_every_folder == []
    together = cli(capsys, *args, "--jobs", "2")
    assert pool_for_every_folder == [1]
    assert together == alone
    code, out, err = alone
    assert (code, err) == (1, "")
    if output_format == "json":
        codes = {finding["code"] for finding in json.loads(out)}
        assert {"yaml-syntax", "schema-invalid-choice", "encoding-utf16", "file-unknown-kind", "personal-identity-number"} <= codes


def test_spawned_workers_as_on_macos_and_windows_read_alike(
    folder_with_findings: Path,
    pool_for_every_folder: list[int],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ("lint", "--as-of", "2021-01-15", "--data", str(folder_with_findings), "--no-cache", "--format", "json")
    alone = cli(capsys, *args, "--jobs", "1")
    monkeypatch.setattr(repository, "_start_method", lambda: "spawn")
    assert cli(capsys, *args, "--jobs", "2") == alone
    assert pool_for_every_folder == [1]


def test_the_examples_read_alike_with_one_job_and_with_three(
    pool_for_every_folder: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    examples = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*/data"))
    folders = [argument for folder in examples for argument in ("--data", str(folder))]
    alone = cli(capsys, "lint", "--as-of", "2025-02-01", "--no-cache", "--format", "json", "--jobs", "1", *folders)
    together = cli(capsys, "lint", "--as-of", "2025-02-01", "--no-cache", "--format", "json", "--jobs", "3", *folders)
    assert together == alone and len(pool_for_every_folder) == len(examples)


def test_a_small_folder_is_read_in_this_process(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy_shipped(workdir)
    called: list[int] = []
    monkeypatch.setattr(repository, "_read_in_pool", lambda *args: called.append(1))
    assert cli(capsys, "validate", "--data", str(data), "--no-cache", "--jobs", "4")[0] == 0
    assert called == []  # 32 files: fewer than POOL_MIN_FILES, starting workers would cost more than it saves


def test_without_worker_processes_the_folder_is_read_all_the_same(
    folder_with_findings: Path,
    pool_for_every_folder: list[int],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ("lint", "--as-of", "2021-01-15", "--data", str(folder_with_findings), "--no-cache")
    alone = cli(capsys, *args, "--jobs", "1")

    def no_processes(*args: object, **kwargs: object) -> None:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", no_processes)
    assert cli(capsys, *args, "--jobs", "2") == alone
    assert pool_for_every_folder == [1]


@pytest.mark.parametrize(("given", "lang"), [("0", "sv"), ("-1", "sv"), ("två", "sv"), ("65", "sv"), ("2.5", "en")])
def test_a_job_count_that_is_not_one_to_sixty_four_is_bad_usage(
    given: str, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    message = {
        "sv": "samverkan: --jobs ska vara ett heltal från 1 till 64, t.ex. --jobs 4.\n",
        "en": "samverkan: --jobs must be a whole number from 1 to 64, e.g. --jobs 4.\n",
    }[lang]
    assert cli(capsys, "lint", "--jobs", given, "--lang", lang) == (2, "", message)


def test_a_run_stopped_halfway_leaves_no_worker_behind(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C stops the parent while it reads the workers' results; the chunks not started are dropped and the
    workers end (they ignore the interrupt themselves: a worker that died of it mid-task once hung the run)."""
    import multiprocessing
    import time

    monkeypatch.setattr(repository, "_CHUNK", 1)
    data = copy_shipped(workdir)
    found = repository._discovered(data, None)
    reads = repository._read_in_pool(data, data.resolve(), found, 2)
    assert next(reads).path == found[0][0]
    reads.close()  # what an exception in the consumer, KeyboardInterrupt among them, does to the generator
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert multiprocessing.active_children() == []
