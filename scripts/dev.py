"""Set up the project's virtual environment on first use, then run the app or the tests.

    python3 scripts/dev.py run [ARGS...]    install if needed, start nomos-desk on the demo sandbox
                                            (--sign-in: the sign-in for a real connection instead)
    python3 scripts/dev.py test [ARGS...]   install if needed, run the test suite (pytest)

Plain Python on purpose: the same two commands work on Linux, macOS and Windows.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def _stamp(extras: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    return f"{digest} {extras}"


def ensure_env(extras: str) -> None:
    """Create .venv if missing; (re)install the project when pyproject.toml changed."""
    # This script runs under whatever python3 the user has; say plainly when it is too old.
    if sys.version_info < (3, 11):  # noqa: UP036
        sys.exit(f"nomos-desk needs Python 3.11 or newer (this is {sys.version.split()[0]}).")
    if not PYTHON.exists():
        print(f"Creating virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp_file = VENV / ".nomos-desk-installed"
    wanted = _stamp(extras)
    installed = stamp_file.read_text().split("\n") if stamp_file.exists() else []
    if wanted in installed:
        return
    print("Installing nomos-desk and its dependencies ...", flush=True)
    subprocess.check_call([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    target = f".[{extras}]" if extras else "."
    subprocess.check_call([str(PYTHON), "-m", "pip", "install", "--quiet", "-e", target], cwd=ROOT)
    stamp_file.write_text("\n".join([*installed, wanted]))


def build_translations() -> None:
    """Compile the .ts catalogues into the .qm files the app loads (fast; always fresh)."""
    subprocess.check_call([str(PYTHON), str(ROOT / "scripts" / "i18n.py"), "build"], cwd=ROOT)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "run":
        ensure_env("")
        build_translations()
        # The demo stays the default when other options are given (--language de, --home DIR).
        args = [a for a in rest if a != "--sign-in"] if "--sign-in" in rest else ["--demo", *rest]
        return subprocess.call([str(PYTHON), "-m", "nomos_desk", *args], cwd=ROOT)
    ensure_env("dev")
    build_translations()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
