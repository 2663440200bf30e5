"""A date typed into a filter counts once it is finished, not at every keystroke: each
change of a period starts a fetch or a reload."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from nomos_desk.ui.widgets import date_filter


def test_typing_a_date_reports_it_once_when_finished(qtbot):
    edit = date_filter("from", "dd.MM.yyyy", QDate(2026, 1, 1))
    qtbot.addWidget(edit)
    edit.show()
    seen: list[QDate] = []
    edit.dateChanged.connect(seen.append)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "15.03.2026")
    assert seen == []  # nothing yet while typing
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() != QDate(2026, 1, 1) and seen == [edit.date()]  # once, the final date
