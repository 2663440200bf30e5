"""Opening the board over the sandbox and reading what it shows, for the board's tests."""

from __future__ import annotations

from collections import Counter

from nomos_desk.ui.board.page import BoardPage
from tests.ui.test_workspace import store_of


def sandbox_orders(app) -> list[dict]:
    return store_of(app).query("SELECT data FROM objects WHERE kind = 'meter_order'")


def sandbox_counts(app) -> Counter:
    return Counter(o["status"] for o in sandbox_orders(app))


def open_board(qtbot, services, *, size=(1280, 800)) -> BoardPage:
    page = BoardPage(services)
    qtbot.addWidget(page)
    page.resize(*size)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.show()
    return page


def reload(qtbot, page: BoardPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.refresh()


def shown_counts(page: BoardPage) -> dict[str, int]:
    return {s: c.model.rowCount() for s, c in page.kanban.columns.items()}


def card_of(page: BoardPage, order_id: str):
    for column in page.kanban.columns.values():
        row = column.model.row_of(order_id)
        if row >= 0:
            return column, row
    raise AssertionError(f"{order_id} is on no column")
