"""Invoice PDFs kept in the profile's private directory, so one opened before shows at once.

A document is stored under its invoice id and status: the PDF of a paid invoice says
when the payment arrived, so a status change means a new document (the old one goes).
Files are the user's only (they hold names, addresses and IBANs); the directory is
capped in size, the least recently shown documents leaving first; sign-out wipes it
with the rest of the profile's data.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from nomos_desk.domain.privacy import private_dir, write_private

DEFAULT_LIMIT = 200 * 1024 * 1024
_SAFE = re.compile(r"[^A-Za-z0-9_-]")


class PdfCache:
    def __init__(self, directory: Path, limit: int = DEFAULT_LIMIT) -> None:
        self.directory = directory
        self.limit = limit

    def _path(self, invoice_id: str, status: str | None) -> Path:
        # Ids and statuses come from the network: nothing in them may leave the directory.
        name = _SAFE.sub("_", invoice_id)
        return self.directory / f"{name}.{_SAFE.sub('_', status or 'unknown')}.pdf"

    def get(self, invoice_id: str, status: str | None) -> Path | None:
        """The cached document, marked as just used; None when there is none."""
        path = self._path(invoice_id, status)
        try:
            os.utime(path)
        except FileNotFoundError:
            return None
        return path

    def put(self, invoice_id: str, status: str | None, data: bytes) -> Path:
        path = self._path(invoice_id, status)
        private_dir(self.directory)
        for older in self.directory.glob(f"{_SAFE.sub('_', invoice_id)}.*.pdf"):
            if older != path:
                older.unlink(missing_ok=True)
        write_private(path, data)
        self._trim(keep=path)
        return path

    def discard(self, invoice_id: str, status: str | None) -> None:
        """Forget a document that turned out unreadable, so the next look fetches it again."""
        self._path(invoice_id, status).unlink(missing_ok=True)

    def size(self) -> int:
        return sum(p.stat().st_size for p in self._files())

    def clear(self) -> None:
        """Every document goes (Settings' "clear caches", and sign-out); shown again, a
        document is fetched anew."""
        shutil.rmtree(self.directory, ignore_errors=True)

    def _files(self) -> list[Path]:
        return list(self.directory.glob("*.pdf")) if self.directory.is_dir() else []

    def _trim(self, keep: Path) -> None:
        files = sorted(self._files(), key=lambda p: p.stat().st_mtime)
        total = sum(p.stat().st_size for p in files)
        for path in files:
            if total <= self.limit:
                break
            if path != keep:
                total -= path.stat().st_size
                path.unlink(missing_ok=True)
