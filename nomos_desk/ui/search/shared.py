"""One index per signed-in session, shared by the search view and the workspaces.

The search view syncs it; a workspace writes back what it just fetched (opening a
record refreshes its index row). Keyed weakly by the Services object, so the
index is closed and forgotten with the session that opened it.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from nomos_desk.index.service import IndexService
from nomos_desk.index.store import delete_index

if TYPE_CHECKING:
    from nomos_desk.ui.services import Services

INDEX_FILE = "index.sqlite3"
_indexes: weakref.WeakKeyDictionary[Services, IndexService] = weakref.WeakKeyDictionary()
_ended: weakref.WeakSet[Services] = weakref.WeakSet()


class IndexClosed(RuntimeError):
    """The session ended; its index must not be reopened (sign-out is about to wipe it)."""


def index_for(services: Services) -> IndexService:
    if services in _ended:
        raise IndexClosed("the session's index is closed")
    index = _indexes.get(services)
    if index is None or index.closed:
        index = IndexService(services.data_dir / INDEX_FILE)
        _indexes[services] = index
        # Closing must not wait for garbage collection: its threads hold the file open.
        weakref.finalize(services, index.close)
    return index


def close_index(services: Services, *, wipe: bool = False) -> None:
    """Sign-out: close (and with wipe, delete) the session's index file."""
    _ended.add(services)
    index = _indexes.pop(services, None)
    if index is None:
        if wipe:
            delete_index(services.data_dir / INDEX_FILE)
        return
    if wipe:
        index.wipe()
    else:
        index.close()
