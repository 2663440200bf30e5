"""The dead-code check: code in nomos_desk/, bench/ and scripts/ that nothing uses.

Tests count as users (a client method only tests call is still API), but what vulture
says about the tests themselves (fixtures it cannot follow) is not reported.
Exit status 1 when there is something to remove or to add to vulture_allowlist.py.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    done = subprocess.run(
        [sys.executable, "-m", "vulture", "nomos_desk", "tests", "bench", "scripts",
         "--min-confidence", "60", "--exclude", "nomos_desk/api/models"],
        cwd=ROOT, capture_output=True, text=True)
    findings = [line for line in done.stdout.splitlines()
                if line and not line.startswith("tests" + "/") and not line.startswith("tests\\")]
    for line in findings:
        print(line)
    print(f"dead code: {len(findings)} finding(s)")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
