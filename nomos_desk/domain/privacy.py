"""Files that hold customer data or connection details are readable by their owner only.

Directories are created 0700 and files 0600 on POSIX; Windows and macOS keep files
under the user's profile, whose ACLs already exclude other users (see README,
"Security"). Create through these helpers so no file is ever world-readable, even
for the moment between creating and chmod-ing it.
"""

from __future__ import annotations

import os
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600


def private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) user-only; tighten it if it already exists."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if os.name == "posix":
        os.chmod(path, DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create an empty user-only file if missing (before SQLite or anyone else opens it;
    SQLite gives its -wal and -shm files the main file's mode)."""
    private_dir(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, FILE_MODE)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, FILE_MODE)
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
