"""The session's caches, listed in one place so Settings can show and clear them.

A cache is anything that keeps a copy of what Nomos sent (or what the app learned
from it) to save a request: it says how many bytes it holds and can be emptied; the
data is fetched again when needed. A new cache is one line in `Services.__post_init__`:

    self.caches.register("usage", QT_TRANSLATE_NOOP("Caches", "Usage series"), self.usage)
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

log = logging.getLogger(__name__)


class Cache(Protocol):
    def size(self) -> int:
        """Bytes held (on disk, or of the data kept in memory)."""
        ...

    def clear(self) -> None:
        """Forget everything; later reads ask Nomos again."""
        ...


@dataclass(frozen=True, slots=True)
class CacheEntry:
    key: str
    title: str  # marked QT_TRANSLATE_NOOP("Caches", …), translated where shown
    cache: Cache


class Caches:
    def __init__(self) -> None:
        self._entries: dict[str, CacheEntry] = {}

    def register(self, key: str, title: str, cache: Cache) -> None:
        self._entries[key] = CacheEntry(key, title, cache)

    def entries(self) -> list[CacheEntry]:
        return list(self._entries.values())

    def sizes(self) -> dict[str, int]:
        """Bytes per cache key; a cache that cannot say counts 0 (and is logged)."""
        out = {}
        for entry in self._entries.values():
            try:
                out[entry.key] = max(0, int(entry.cache.size()))
            except Exception:
                log.warning("cache %s cannot tell its size", entry.key, exc_info=True)
                out[entry.key] = 0
        return out

    def clear_all(self) -> int:
        """Empty every cache; returns the bytes they held before."""
        held = sum(self.sizes().values())
        for entry in self._entries.values():
            entry.cache.clear()
        log.info("caches cleared (%d bytes)", held)
        return held
