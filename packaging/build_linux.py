"""Build the Linux bundle and prove it works: `python packaging/build_linux.py`.

Runs PyInstaller on packaging/nomos-desk.spec (into dist/ and build/ at the repository
root), prints the bundle's size, then starts the bundle offscreen with `--self-test`:
it starts its own demo sandbox in a throw-away home, signs in, opens every page and
every record-tab kind and exits 0. Exit status: 0 when built and passed, 1 otherwise.
Needs the packaging extra: `pip install -e ".[packaging]"`. Takes one to two minutes.

    --no-build    test the bundle already in dist/ (after a build on another step)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "nomos-desk.spec"
BUNDLE = ROOT / "dist" / "nomos-desk"
EXECUTABLE = BUNDLE / "nomos-desk"


def size_mib(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) \
        / (1024 * 1024)


def build() -> int:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print('build_linux: PyInstaller is missing; install it with pip install -e ".[packaging]"',
              file=sys.stderr)
        return 1
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm",
                           "--log-level", "WARN", "--distpath", str(ROOT / "dist"),
                           "--workpath", str(ROOT / "build")], cwd=ROOT)
    if done.returncode != 0:
        print(f"build_linux: PyInstaller failed with status {done.returncode}", file=sys.stderr)
        return 1
    print(f"build_linux: built {BUNDLE.relative_to(ROOT)} in {time.monotonic() - started:.0f} s, "
          f"{size_mib(BUNDLE):.0f} MiB", flush=True)
    return 0


def self_test() -> int:
    if not EXECUTABLE.is_file():
        print(f"build_linux: no bundle at {EXECUTABLE}", file=sys.stderr)
        return 1
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.monotonic()
    try:
        done = subprocess.run([str(EXECUTABLE), "--self-test"], env=env, timeout=600)
    except subprocess.TimeoutExpired:
        print("build_linux: the self-test did not finish within 10 minutes", file=sys.stderr)
        return 1
    verdict = "passed" if done.returncode == 0 else f"FAILED (exit status {done.returncode})"
    print(f"build_linux: bundle self-test {verdict} in {time.monotonic() - started:.0f} s",
          flush=True)
    return 0 if done.returncode == 0 else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="test the existing bundle")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        print("build_linux: this builds the Linux bundle; Windows and macOS build in "
              "packaging/build-workflow.yml", file=sys.stderr)
        return 1
    if not args.no_build and build() != 0:
        return 1
    return self_test()


if __name__ == "__main__":
    sys.exit(main())
