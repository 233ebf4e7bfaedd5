"""Starts each measured command for run.py, from a process too small to distort what it measures.

A child's peak resident memory (`ru_maxrss`) counts the memory of the process it was started from, up to the
moment it runs its own program: started from run.py, which had imported pydantic, even the floor showed ~50 MB.
This launcher is started first, with `python -S` and nothing but `os`, `sys`, `json` and `time` imported (~6 MB),
and starts every command with `posix_spawn`, so each figure is the command's own.

Protocol, one JSON object a line: in `{"argv": [...], "cwd": str | null, "env": {...} | null, "stderr": path}`;
out `{"seconds", "peak_kb", "user", "system", "code"}`. An empty line ends it.
"""

import json
import os
import sys
import time


def run(request: dict) -> dict:
    argv = request["argv"]
    env = request.get("env") or dict(os.environ)
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
        (os.POSIX_SPAWN_OPEN, 2, request["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
    ]
    cwd = request.get("cwd")
    before = os.getcwd()
    if cwd:
        os.chdir(cwd)  # posix_spawn takes no working folder before Python 3.13
    try:
        started = time.perf_counter()
        pid = os.posix_spawnp(argv[0], argv, env, file_actions=actions)
        _, status, usage = os.wait4(pid, 0)
        seconds = time.perf_counter() - started
    finally:
        os.chdir(before)
    return {
        "seconds": seconds,
        "peak_kb": usage.ru_maxrss,
        "user": usage.ru_utime,
        "system": usage.ru_stime,
        "code": os.waitstatus_to_exitcode(status),
    }


def main() -> int:
    for line in sys.stdin:
        if not line.strip():
            break
        try:
            answer = run(json.loads(line))
        except OSError as error:
            answer = {"seconds": 0.0, "peak_kb": 0, "user": 0.0, "system": 0.0, "code": 127, "error": str(error)}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
