"""The meter-order board in German: the board, a cohort, the analytics (chart texts too),
the needs-attention view, a bulk run's dry run and its report; no English left over."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt

from nomos_desk.ui.board.cohort_bar import ATTENTION
from tests.ui.board_helpers import open_board
from tests.ui.i18n_helpers import english_left_over, visible_texts
from tests.ui.session_helpers import answer, wait_for_confirmation
from tests.ui.test_board import sync_index
from tests.ui.test_board_bulk import NAME, bulk_case


def chart_texts(page) -> list[str]:
    charts = (page.analytics.funnel, page.analytics.stages, page.analytics.ageing,
              page.analytics.weekly)
    return [item.toPlainText() for chart in charts for item in chart.plot.items()
            if isinstance(item, pg.TextItem)]


def test_the_board_speaks_german(qtbot, qloop, qrun, german, services_factory, sandbox_app):
    bulk_case(sandbox_app)
    services = services_factory()
    sync_index(qrun, services)
    page = open_board(qtbot, services)
    assert page.summary.text().startswith("Erster Blick")
    assert page.kanban.columns["placed"].title.text() == "Beim Messstellenbetreiber beauftragt"
    page.cohort_bar.filters_button.setChecked(True)  # the folded filters too
    leftovers = english_left_over(visible_texts(page))
    card = page.kanban.columns["check_submitted"].model.card(0)
    tip = page.kanban.columns["check_submitted"].model.data(
        page.kanban.columns["check_submitted"].model.index(0, 0), 0x03)  # ToolTipRole
    assert card.is_blocked(page.lifecycle) and "Blockiert seit" in tip
    leftovers += english_left_over([tip])

    with qtbot.waitSignal(page.cohort_bar.changed, timeout=2000):
        page.cohort_bar.choose(ATTENTION)
    leftovers += english_left_over(visible_texts(page))
    with qtbot.waitSignal(page.cohort_bar.changed, timeout=2000):
        page.cohort_bar.choose("")
    page.tabs.setCurrentWidget(page.analytics_tab)
    leftovers += english_left_over(visible_texts(page) + chart_texts(page))
    assert any("Median" in t for t in chart_texts(page))

    page.tabs.setCurrentWidget(page.bulk)
    with qtbot.waitSignal(page.cohort_bar.changed, timeout=2000):
        page.cohort_bar.text.setText(NAME.lower())
    page.bulk.start_dry_run()
    qtbot.waitUntil(lambda: page.bulk.dry is not None, timeout=10000)
    assert "Würden bestellt: 8." in page.bulk.status.text()
    assert page.bulk.order_button.text() == "8 Smart Meter bestellen …"
    leftovers += english_left_over(visible_texts(page))

    bulk = page.bulk
    candidates = bulk.dry.to_order
    qtbot.mouseClick(bulk.order_button, Qt.MouseButton.LeftButton)
    box = wait_for_confirmation(qtbot, bulk)
    assert box.accept_button.text() == "8 Smart Meter bestellen"
    leftovers += english_left_over(visible_texts(box))
    answer(qtbot, box, accept=True)
    qtbot.waitUntil(lambda: bulk.run is not None and not bulk.running, timeout=20000)
    assert bulk.status.text().startswith("Fertig: 7 bestellt, 0 hatten schon eine, 1 abgelehnt")
    leftovers += english_left_over(visible_texts(page))

    # A run that stopped before its end, as the next start finds it.
    assert bulk.order_button.text() == "Smart Meter bestellen …"  # a new dry run first
    run = bulk.journal.start("Berlin", candidates[:2])
    bulk.check_journal()
    assert bulk.resume_box.isVisible() and "„Berlin“" in bulk.resume_text.text()
    leftovers += english_left_over(visible_texts(page))
    bulk.journal.cancel_rest(run.id)
    assert not leftovers, "English left in the German board:\n" + "\n".join(sorted(set(leftovers)))
