"""Start-up of this checkout against an earlier revision, side by side in one run, as ratios.

    .venv/bin/python benchmarks/startup_vs.py --rev 1ac7a55      # what `make bench-startup` runs

Why a separate script: a change such as the message catalog (issue 9) must not make `--help` or a small
`validate` slower, and the only honest way to show that is to time both versions in the same run, interleaved
(A B A B …) so that the machine's drift hits both alike. The earlier revision is checked out with `git worktree`
into a temporary folder and imported from there through PYTHONPATH with the same Python and the same installed
libraries, so the only difference is samverkan's own code.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = {
    "samverkan --help": ["--help"],
    "samverkan --version": ["--version"],
    "samverkan validate (shipped data)": ["validate", "--data", "{data}"],
    "samverkan lint (shipped data)": ["lint", "--as-of", "2021-01-15", "--data", "{data}"],
}


def _time(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rev", required=True, help="The earlier revision to compare with (a commit or tag).")
    parser.add_argument("--runs", type=int, default=21, help="Runs of each command per version (default 21).")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        before = Path(folder) / "before"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(before), args.rev], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        try:
            rows = []
            data = str(before / "data")  # the same files for both versions
            for name, words in COMMANDS.items():
                argv = [sys.executable, "-m", "samverkan", *(w.format(data=data) for w in words)]
                now_env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
                then_env = {**os.environ, "PYTHONPATH": str(before / "src")}
                _time(argv, now_env), _time(argv, then_env)  # warm the page cache and bytecode
                pairs = [(_time(argv, now_env), _time(argv, then_env)) for _ in range(args.runs)]
                now = statistics.median(p[0] for p in pairs)
                then = statistics.median(p[1] for p in pairs)
                ratio = statistics.median(p[0] / p[1] for p in pairs)
                rows.append(f"| `{name}` | {now * 1000:.0f} ms | {then * 1000:.0f} ms | {ratio:.2f}× |")
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(before)], check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    print(f"| command | this checkout | {args.rev} | ratio (median of pairs) |")
    print("| --- | ---: | ---: | ---: |")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
