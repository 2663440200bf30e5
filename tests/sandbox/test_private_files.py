"""Nothing the sandbox writes is readable by others: its database (with SQLite's -wal
and -shm), its log and the directories it creates are the user's only on POSIX."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from nomos_desk.sandbox import cli
from nomos_desk.sandbox.generator import generate
from nomos_desk.sandbox.store import Store

pytestmark = pytest.mark.skipif(os.name != "posix",
                                reason="POSIX file modes; Windows uses the profile's ACL")
ROOT = Path(__file__).resolve().parents[2]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    """A usual umask (022): files would be world-readable unless made private."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_generated_database_side_files_and_directories_are_user_only(tmp_path):
    os.chmod(tmp_path, 0o755)
    db = tmp_path / "data" / "nomos-desk" / "sandbox.sqlite3"
    generate(db, seed=2, customers=3, now=datetime(2026, 3, 18, tzinfo=UTC))
    store = Store(db)
    store.set_meta("touched", "yes")  # the WAL and its index exist while a connection is open
    assert {p.name: mode(p) for p in db.parent.iterdir()} == {
        "sandbox.sqlite3": 0o600, "sandbox.sqlite3-wal": 0o600, "sandbox.sqlite3-shm": 0o600}
    assert mode(db.parent) == mode(db.parent.parent) == 0o700
    assert mode(tmp_path) == 0o755  # what existed before is left alone
    store.close()


def test_an_existing_database_is_narrowed(tmp_path):
    db = tmp_path / "old.sqlite3"
    for name in ("old.sqlite3", "old.sqlite3-wal", "old.sqlite3-shm"):
        (tmp_path / name).touch(mode=0o644)
        os.chmod(tmp_path / name, 0o644)
    store = Store(db)
    store.set_meta("touched", "yes")
    assert {p.name: mode(p) for p in tmp_path.iterdir()} == {
        "old.sqlite3": 0o600, "old.sqlite3-wal": 0o600, "old.sqlite3-shm": 0o600}
    store.close()


def test_cli_database_directory_and_log_file_are_user_only(tmp_path):
    db = tmp_path / "home" / "sandbox" / "demo.sqlite3"
    assert cli.ensure_db(db, seed=2, customers=3) is True
    assert mode(db) == 0o600 and mode(db.parent) == mode(db.parent.parent) == 0o700
    log = tmp_path / "logs" / "sandbox.log"
    script = ("import sys; from pathlib import Path; from nomos_desk.sandbox.cli import log_to; "
              f"log_to(Path({str(log)!r})); print('to stdout'); print('to stderr', "
              "file=sys.stderr)")
    subprocess.run([sys.executable, "-c", script], check=True, cwd=ROOT,
                   env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert log.read_text().splitlines() == ["to stdout", "to stderr"]
    assert mode(log) == 0o600 and mode(log.parent) == 0o700
