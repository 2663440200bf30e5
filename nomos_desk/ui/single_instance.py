"""One running app per user and data directory; a second start hands over and ends.

The first process takes an OS lock on a file in the data directory (released by the
OS however the process ends, so a crash leaves no stale lock) and listens on a local
socket (a Unix socket inside the user's private data directory, a named pipe limited
to the user on Windows). A second start finds the lock taken, sends its arguments
(an id to open, or nothing) over the socket, and exits: the running window comes to
the front and opens the record. Two processes never write one index.
"""

from __future__ import annotations

import ctypes
import getpass
import hashlib
import json
import logging
import os
import sys
import time
import warnings
from pathlib import Path
from typing import IO

import platformdirs
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from nomos_desk.domain.privacy import private_dir, private_file
from nomos_desk.ui.profiles import APP_NAME

log = logging.getLogger(__name__)

LOCK_FILE = "instance.lock"
PID_OFFSET = 16  # the pid is written past the locked first byte (Windows locks byte ranges)
MAX_MESSAGE = 64 * 1024
UNIX_PATH_LIMIT = 100  # sun_path holds 104 (macOS) or 108 (Linux) bytes


class InstanceLock:
    """An exclusive lock on `path`, held as long as the file stays open."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None

    def acquire(self) -> bool:
        """Take the lock without waiting; False when another process holds it."""
        handle = open(private_file(self.path), "r+b")  # noqa: SIM115 - held until release()
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        handle.seek(PID_OFFSET)
        handle.write(f"{os.getpid():<12}".encode("ascii"))
        handle.truncate()
        handle.flush()
        self._handle = handle
        return True

    def holder_pid(self) -> int | None:
        try:
            with open(self.path, "rb") as handle:
                handle.seek(PID_OFFSET)
                return int(handle.read(12).decode("ascii").strip())
        except (OSError, ValueError):
            return None

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing drops the lock on every platform
            self._handle = None


def _digest(data_dir: Path) -> str:
    key = f"{getpass.getuser()}\0{data_dir.resolve()}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def server_name(data_dir: Path) -> str:
    """The local socket of the app that owns `data_dir`, reachable by this user only."""
    if sys.platform == "win32":
        return f"{APP_NAME}-{_digest(data_dir)}"  # a named pipe; the server sets its ACL
    inside = data_dir / "instance.sock"
    if len(str(inside)) < UNIX_PATH_LIMIT:
        return str(inside)
    with warnings.catch_warnings():  # "XDG_RUNTIME_DIR is not set": the fallback is fine
        warnings.simplefilter("ignore")
        runtime = Path(platformdirs.user_runtime_dir(APP_NAME, appauthor=False))
    return str(private_dir(runtime, tighten=True) / f"instance-{_digest(data_dir)}.sock")


class InstanceServer(QObject):
    """Listens for later starts; `received` carries their arguments (maybe empty)."""

    received = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        # Only the lock holder gets here, so a socket file left by a crash is stale.
        QLocalServer.removeServer(self.name)
        if not self.server.listen(self.name):
            log.warning("single-instance socket %s: %s", self.name, self.server.errorString())
            return False
        return True

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if b"\n" not in buffer:
            if len(buffer) > MAX_MESSAGE:
                socket.abort()
            return
        line = bytes(buffer.split(b"\n", 1)[0])
        try:
            message = json.loads(line.decode("utf-8"))
            args = [str(a) for a in message["args"]][:16]
        except (ValueError, KeyError, TypeError):
            log.warning("ignored a malformed hand-over message")
            socket.abort()
            return
        socket.write(b"ok\n")  # the sender reads it and hangs up
        socket.flush()
        QTimer.singleShot(5000, socket, socket.abort)  # or is hung up on
        self.received.emit(args)


def hand_over(name: str, args: list[str], *, timeout: float = 10.0,
              holder_pid: int | None = None) -> bool:
    """Send `args` to the running app; True once it confirmed. Waits up to `timeout` for a
    first instance that holds the lock but is still starting up."""
    if sys.platform == "win32" and holder_pid:
        # Windows lets a process take the foreground only if the foreground process
        # (this one, just started by the person) allows it.
        ctypes.windll.user32.AllowSetForegroundWindow(holder_pid)  # type: ignore[attr-defined]
    payload = json.dumps({"args": args}).encode("utf-8") + b"\n"
    deadline = time.monotonic() + timeout
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            socket.write(payload)
            socket.waitForBytesWritten(2000)
            answer = _read_answer(socket, time.monotonic() + 5.0)
            socket.abort()
            return answer.startswith(b"ok")
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)


def _read_answer(socket: QLocalSocket, deadline: float) -> bytes:
    # Short waits with sleeps between: Qt's wait holds the interpreter lock, and a
    # receiver in this very process (tests) needs it to answer.
    answer = b""
    while b"\n" not in answer and time.monotonic() < deadline:
        if socket.waitForReadyRead(20):
            answer += bytes(socket.readAll().data())
        elif socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            break
        else:
            time.sleep(0.01)
    return answer
