"""Where the app's log goes: a rotating file in the user's log directory, the console,
and a short list of recent errors for "Copy diagnostic info" — all through the one
redaction filter (domain/redaction.py), which also knows the session's secrets.

The file is readable by the user only (0600, also after a rotation) and holds INFO and
above (DEBUG with -v); the console shows warnings. Logging is process-wide by nature, so
the parts are found on the root logger (`installed()`), not passed around.
"""

from __future__ import annotations

import logging
import sys
from collections import deque
from dataclasses import dataclass
from datetime import datetime
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path

from nomos_desk.domain.privacy import private_dir, private_file
from nomos_desk.domain.redaction import RedactingFilter, redact

LOG_FILE = "nomos-desk.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 4  # five files of 2 MiB: a few days of a busy desk
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
RECENT = 30
# Chatty libraries: one INFO line per request (with its URL) is noise in a day-long log.
QUIET = ("httpx", "httpcore", "asyncio", "uvicorn", "keyring")


class PrivateRotatingFileHandler(RotatingFileHandler):
    """RotatingFileHandler whose files are created 0600 (the plain one follows the umask,
    also for the fresh file after each rotation)."""

    def _open(self) -> TextIOWrapper:
        private_file(Path(self.baseFilename))
        return super()._open()


@dataclass(frozen=True, slots=True)
class RecentError:
    when: datetime
    level: str
    source: str
    message: str  # redacted
    request_id: str | None


class RecentErrors(logging.Handler):
    """The last few failures (warnings, and anything logged with an exception), with the
    Nomos request id when the exception carries one."""

    def __init__(self, size: int = RECENT) -> None:
        super().__init__(logging.INFO)
        self.entries: deque[RecentError] = deque(maxlen=size)
        self.total = 0  # ever recorded, so a reader can tell which entries are new

    def since(self, seen: int) -> list[RecentError]:
        """Entries recorded after the first `seen` ones (as many as are still kept)."""
        fresh = self.total - seen
        return list(self.entries)[-fresh:] if fresh > 0 else []

    def emit(self, record: logging.LogRecord) -> None:
        exc = _exception_of(record)
        if record.levelno < logging.WARNING and exc is None:
            return
        request_id = getattr(exc, "request_id", None)
        self.total += 1
        self.entries.append(RecentError(
            datetime.fromtimestamp(record.created), record.levelname, record.name,
            record.getMessage(), request_id if isinstance(request_id, str) else None))


def _exception_of(record: logging.LogRecord) -> BaseException | None:
    if record.exc_info and record.exc_info[1] is not None:
        return record.exc_info[1]
    # "task %s failed: %r" passes the exception as an argument; the filter has formatted
    # the message by now, so look at what the record kept aside.
    found = getattr(record, "nomos_exception", None)
    return found if isinstance(found, BaseException) else None


class _KeepException(logging.Filter):
    """Before redaction formats the arguments away: remember an exception among them, and
    add its Nomos request id to the line (an exception's repr leaves it out)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "nomos_seen", False):
            return True
        record.nomos_seen = True
        args = record.args if isinstance(record.args, tuple) else ()
        for arg in args:
            if isinstance(arg, BaseException):
                record.nomos_exception = arg
        request_id = getattr(_exception_of(record), "request_id", None)
        if isinstance(request_id, str) and args and request_id not in str(record.msg):
            record.msg = f"{record.msg} [request id %s]"
            record.args = (*args, request_id)
        return True


@dataclass(frozen=True)
class Logs:
    file: Path | None
    recent: RecentErrors
    redaction: RedactingFilter


def setup(log_dir: Path | None, *, verbose: bool = False,
          redaction: RedactingFilter | None = None) -> Logs:
    """Install the handlers on the root logger (replacing earlier ones of ours), each
    with `redaction` (a new one unless the app passes the one its session feeds)."""
    redaction = redaction or RedactingFilter()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "nomos_desk", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for name in QUIET:
        logging.getLogger(name).setLevel(logging.NOTSET if verbose else logging.WARNING)
    formatter = logging.Formatter(FORMAT)
    recent = RecentErrors()
    handlers: list[logging.Handler] = [recent]
    if sys.stderr is not None:  # a windowed Windows app has no console
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(logging.DEBUG if verbose else logging.WARNING)
        handlers.insert(0, console)
    path: Path | None = None
    if log_dir is not None:
        try:
            private_dir(log_dir, tighten=True)
            path = log_dir / LOG_FILE
            handlers.append(PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES,
                                                       backupCount=BACKUPS, encoding="utf-8"))
        except OSError as exc:  # a read-only home: run on, say so on the console
            print(f"nomos-desk: no log file in {log_dir}: {exc}", file=sys.stderr)
            path = None
    for handler in handlers:
        handler.addFilter(_KeepException())
        handler.addFilter(redaction)
        handler.setFormatter(formatter)
        handler.nomos_desk = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    return Logs(path, recent, redaction)


def installed() -> Logs | None:
    """The log set-up of this process, if `setup()` ran."""
    recent = next((h for h in logging.getLogger().handlers if isinstance(h, RecentErrors)), None)
    if recent is None:
        return None
    files = [h for h in logging.getLogger().handlers if isinstance(h, PrivateRotatingFileHandler)]
    redaction = next(f for f in recent.filters if isinstance(f, RedactingFilter))
    return Logs(Path(files[0].baseFilename) if files else None, recent, redaction)


def redact_text(text: str) -> str:
    """`text` redacted as the log is, including the session's own secret and tokens."""
    logs = installed()
    return logs.redaction.redact(text) if logs is not None else redact(text)
