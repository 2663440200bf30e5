"""Files that hold customer data or connection details are readable by their owner only.

Directories are created 0700 and files 0600 on POSIX, from the first moment (never
created open and narrowed later). SQLite gives its -wal and -shm files the database
file's permissions, so a database created 0600 keeps all three private. On Windows
these modes mean nothing; files there inherit the ACL of the user's profile directory,
which other users cannot read (see README, "Security").
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def private_dir(path: Path, *, tighten: bool = False) -> Path:
    """Create `path` and each missing parent user-only. Directories that already exist are
    left alone (a --log-file in /tmp must not change /tmp), unless `tighten` is given for a
    directory that is the app's own (one left readable by an older version, say)."""
    missing = []
    probe = path
    while not probe.exists():
        missing.append(probe)
        probe = probe.parent
    for directory in reversed(missing):
        try:
            os.mkdir(directory, DIR_MODE)
        except FileExistsError:  # another process made it meanwhile
            pass
    if tighten and os.name == "posix":
        os.chmod(path, DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create `path` user-only if missing; an existing file, and SQLite's side files next
    to it, are narrowed to that."""
    private_dir(path.parent)
    os.close(os.open(path, os.O_CREAT | os.O_RDWR, FILE_MODE))
    if os.name == "posix":
        for name in (str(path), *(str(path) + s for s in SQLITE_SIDE_FILES)):
            try:
                os.chmod(name, FILE_MODE)
            except FileNotFoundError:
                pass
    return path


def write_private(path: Path, data: bytes) -> None:
    """Replace `path` atomically with `data`, user-only from the first byte."""
    private_dir(path.parent)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if os.name == "posix":
        os.chmod(tmp, FILE_MODE)
    os.replace(tmp, path)


def database_size(path: Path) -> int:
    """Bytes of a SQLite database on disk, its write-ahead log included."""
    return sum(os.path.getsize(name) for name in (str(path), f"{path}-wal")
               if os.path.exists(name))


def delete_database(path: Path) -> None:
    """Remove a SQLite database and its side files (sign-out, Clear caches)."""
    for suffix in ("", *SQLITE_SIDE_FILES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def connect_private(path: Path, schema: str) -> sqlite3.Connection:
    """A SQLite database in a user-only file (WAL, its side files user-only too), with
    `schema` applied; for the app's own stores."""
    private_file(path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.executescript(schema)
    return con
