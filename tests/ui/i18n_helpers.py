"""Finding English left in a German screen: the visible texts of a widget tree, and the
words that only English text contains."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabBar,
    QWidget,
)

# Words that only English text contains (German shares "Name", "Status", "Online", ...).
ENGLISH = {"the", "and", "of", "to", "is", "are", "not", "with", "this", "that", "for", "from",
           "your", "please", "loading", "search", "refresh", "customer", "subscription",
           "reading", "readings", "order", "settings", "none", "yet", "open", "close", "sign",
           "file", "view", "help", "try", "again", "cancel", "delete", "new", "profile",
           "active", "ended", "pending", "contract", "address", "supply", "since", "type"}
ALLOWED = {"Nomos Desk", "SANDBOX"}


def visible_texts(root: QWidget) -> list[str]:
    texts: list[str] = [root.windowTitle()]
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel):
            texts.append(re.sub(r"<[^>]+>", " ", w.text()))
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QTabBar):
            texts.extend(w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QComboBox):
            texts.extend(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QListWidget):
            texts.extend(w.item(i).text() for i in range(w.count()))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            texts.extend(str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                         for c in range(model.columnCount()))
            texts.extend(str(model.data(model.index(r, c)) or "") for r in range(model.rowCount())
                         for c in range(model.columnCount()))
        if w.toolTip():
            texts.append(w.toolTip())
    return [t for t in texts if t]


def english_left_over(texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        if text in ALLOWED:
            continue
        # Ids (sub_…), e-mail addresses and URLs are data, not words: "…30is61…" is no "is".
        prose = re.sub(r"\S*[_@/]\S*|\S*\d\S*", " ", text)
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", prose)}
        if words & ENGLISH:
            found.append(text)
    return found


def menu_texts(window) -> list[str]:
    texts = []
    for action in window.menuBar().actions():
        texts.append(action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            texts.extend(a.text() for a in menu.actions() if a.text())
    return texts


