"""Small helpers every view uses to build its widgets."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QWidget

Q = TypeVar("Q", bound=QObject)


def named(obj: Q, name: str) -> Q:
    """`obj` with its objectName set (for style sheets and tests), as one expression.

    Qt accepts objectName as a constructor keyword, but PySide6's type stubs do not
    know it, so the type checker could not check those constructors at all."""
    obj.setObjectName(name)
    return obj


def left_row(*widgets: QWidget) -> QHBoxLayout:
    """The widgets side by side from the left, the spare width after them (button rows)."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def qdate(day: date) -> QDate:
    """A calendar day for a date input."""
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    """A date input's day."""
    return date(value.year(), value.month(), value.day())


def date_filter(name: str, display_format: str, day: QDate | None = None) -> QDateEdit:
    """A date field with a calendar for filters and periods. A typed date counts once it
    is finished (Enter, or the focus leaves): each change starts a fetch or a reload, and
    Qt would report every valid date passed through while typing."""
    edit = named(QDateEdit(day) if day is not None else QDateEdit(), name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(display_format)
    edit.setKeyboardTracking(False)
    return edit
