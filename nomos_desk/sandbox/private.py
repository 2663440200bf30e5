"""What the sandbox creates on disk is its user's alone: directories 0700, files 0600.

The sandbox's database holds the demo's people, addresses and IBANs. SQLite gives
its -wal and -shm files the database file's permissions, so a database created
0600 keeps all three private. On Windows these modes mean nothing (only the
read-only bit); files there inherit the ACL of the user's profile directory.
"""

from __future__ import annotations

import os
from pathlib import Path

SIDE_FILES = ("-wal", "-shm", "-journal")


def make_private_dir(path: Path) -> None:
    """Create `path` and every missing parent, each readable by the user only."""
    missing = []
    while not path.exists():
        missing.append(path)
        path = path.parent
    for directory in reversed(missing):
        try:
            os.mkdir(directory, 0o700)
        except FileExistsError:  # another process made it meanwhile
            pass


def make_private_file(path: Path) -> None:
    """Create `path` (and its directory) readable by the user only; an existing file,
    and SQLite's side files next to it, are narrowed to that."""
    make_private_dir(path.parent)
    os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
    if os.name != "posix":
        return
    for name in (str(path), *(str(path) + s for s in SIDE_FILES)):
        try:
            os.chmod(name, 0o600)
        except FileNotFoundError:
            pass
