"""One column's cards: a list model, a delegate that paints a card, and the view.

Model/view keeps a column of 10,000 cards cheap: the view asks for the few rows it
shows, every card has the same height (fixed rows, no per-row layout), and the
delegate paints text straight onto the view (each card's texts made once). Arrow keys move between cards and
(with Left/Right) between columns, Enter or a click opens the subscription, Ctrl+C
copies the selected cards.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from nomos_desk.domain.order_stages import BoardOrder, Lifecycle
from nomos_desk.ui.board import cards

CardRole = Qt.ItemDataRole.UserRole + 1
_SERIALS = itertools.count()
AnyIndex = QModelIndex | QPersistentModelIndex

ALERT_COLOURS = {cards.BLOCKED_ALERT: ("#b3261e", "#ff7b72"),
                 cards.CANCELLED_ALERT: ("#8a5a00", "#e3b341"),
                 cards.APPOINTMENT_ALERT: ("#1f5fa8", "#7fb0ff")}
MARK_COLOUR = ("#2f6fce", "#5b9bf0")
PAD, GAP, STRIPE, LINES = 8, 6, 4, 5


def _dark(palette: QPalette) -> bool:
    return palette.window().color().lightness() < 128


def colour(pair: tuple[str, str], palette: QPalette) -> QColor:
    return QColor(pair[1] if _dark(palette) else pair[0])


@dataclass(frozen=True, slots=True)
class CardTexts:
    serial: int  # tells a card's painted pixmap from an older one
    title: str
    subtitle: str
    detail: str
    alert: cards.Alert | None
    mark: str


class CardModel(QAbstractListModel):
    """The visible cards of one column (the cohort's, in the column's order)."""

    def __init__(self, lifecycle: Lifecycle, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lifecycle = lifecycle
        self._now = datetime.now().astimezone()
        self.cards: list[BoardOrder] = []
        # Texts of the cards painted so far: scrolling repaints them many times.
        self._texts: dict[str, tuple[BoardOrder, CardTexts]] = {}

    @property
    def now(self) -> datetime:
        return self._now

    @now.setter
    def now(self, value: datetime) -> None:
        if value != self._now:
            self._now = value
            self._texts = {}

    def texts(self, card: BoardOrder) -> CardTexts:
        cached = self._texts.get(card.id)
        if cached is not None and cached[0] is card:
            return cached[1]
        texts = CardTexts(next(_SERIALS), cards.title(card), cards.subtitle(card),
                          cards.detail(card, self.lifecycle, self._now),
                          cards.alert(card, self.lifecycle), cards.change_word(card.change))
        self._texts[card.id] = (card, texts)
        return texts

    def set_cards(self, cards_: Sequence[BoardOrder]) -> None:
        self.beginResetModel()
        self.cards = list(cards_)
        self.endResetModel()

    def append(self, more: Sequence[BoardOrder]) -> None:
        if not more:
            return
        first = len(self.cards)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self.cards.extend(more)
        self.endInsertRows()

    def remove(self, order_ids: set[str]) -> None:
        for row in reversed([i for i, c in enumerate(self.cards) if c.id in order_ids]):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.cards[row]
            self.endRemoveRows()

    def card(self, row: int) -> BoardOrder | None:
        return self.cards[row] if 0 <= row < len(self.cards) else None

    def row_of(self, order_id: str) -> int:
        return next((i for i, c in enumerate(self.cards) if c.id == order_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.cards)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card = self.card(index.row()) if index.isValid() else None
        if card is None:
            return None
        if role == CardRole:
            return card
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(card).title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return cards.card_text(card, self.lifecycle, self.now)
        return None


class CardDelegate(QStyledItemDelegate):
    """Paints a card once into a pixmap and from then on copies it: a board repaints dozens
    of cards whenever a page arrives, and drawing each text again took a millisecond a
    card. Selection and focus are drawn on top, so they never need a new pixmap."""

    CACHED = 400  # cards kept painted (a few screens' worth of every column)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pixmaps: OrderedDict[tuple[int, int, int, int, float], QPixmap] = OrderedDict()
        self._font_key: str | None = None
        self._fonts: tuple[QFont, QFont, int] | None = None

    def fonts(self, font: QFont) -> tuple[QFont, QFont, int]:
        key = font.key()
        if self._fonts is None or key != self._font_key:
            bold = QFont(font)
            bold.setBold(True)
            small = QFont(font)
            line = max(QFontMetrics(bold).height(), QFontMetrics(small).height())
            self._font_key, self._fonts = key, (bold, small, line)
            self._pixmaps.clear()
        return self._fonts

    def card_height(self, font: QFont) -> int:
        return 2 * PAD + LINES * self.fonts(font)[2] + GAP

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        return QSize(200, self.card_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        card = index.data(CardRole)
        model = index.model()
        if not isinstance(card, BoardOrder) or not isinstance(model, CardModel):
            return
        palette: QPalette = option.palette
        rect = QRect(option.rect).adjusted(2, 2, -2, -GAP + 2)
        texts = model.texts(card)
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        key = (texts.serial, rect.width(), rect.height(), palette.cacheKey(), ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = self._render(texts, rect.size(), palette, option.font, ratio)
            self._pixmaps[key] = pixmap
            if len(self._pixmaps) > self.CACHED:
                self._pixmaps.popitem(last=False)
        else:
            self._pixmaps.move_to_end(key)
        painter.drawPixmap(rect.topLeft(), pixmap)
        if option.state & (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            if option.state & QStyle.StateFlag.State_Selected:
                painter.drawRoundedRect(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5), 3, 3)
            painter.restore()

    def _render(self, texts: CardTexts, size: QSize, palette: QPalette, font: QFont,
                ratio: float) -> QPixmap:
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        rect = QRect(0, 0, size.width(), size.height())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        alert = texts.alert
        if alert is not None and alert.kind == cards.BLOCKED_ALERT:
            painter.fillRect(QRect(rect.left() + 1, rect.top() + 1, STRIPE, rect.height() - 2),
                             colour(ALERT_COLOURS[cards.BLOCKED_ALERT], palette))
        bold, small, line = self.fonts(font)
        text = rect.adjusted(PAD + STRIPE, PAD, -PAD, -PAD)
        title_room = text.width()
        if texts.mark:
            painter.setFont(small)
            width = QFontMetrics(small).horizontalAdvance(texts.mark) + 8
            painter.setPen(colour(MARK_COLOUR, palette))
            painter.drawText(QRect(text.right() - width, text.top(), width, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             texts.mark)
            title_room -= width
        rows = [(bold, texts.title, palette.color(QPalette.ColorRole.Text), title_room),
                (small, texts.subtitle, palette.color(QPalette.ColorRole.Text), text.width()),
                (small, texts.detail,
                 palette.color(QPalette.ColorRole.PlaceholderText), text.width())]
        if alert is not None:
            pen = colour(ALERT_COLOURS[alert.kind], palette)
            rows.append((small, alert.headline, pen, text.width()))
            rows.append((small, alert.reason, pen, text.width()))
        for i, (face, words, pen, room) in enumerate(rows):
            painter.setFont(face)
            painter.setPen(pen)
            elided = QFontMetrics(face).elidedText(words, Qt.TextElideMode.ElideRight, room)
            painter.drawText(QRect(text.left(), text.top() + i * line, room, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        painter.end()
        return pixmap


class CardList(QTableView):
    """A one-column table rather than a QListView: QListView lays out every row again on
    each insert (asking the model once per row), so a column filling page by page cost
    quadratic time; a table with fixed row heights inserts and scrolls in constant time."""

    step = Signal(int)          # -1 / +1: move to the neighbouring column
    open_card = Signal(object)  # BoardOrder
    copy_requested = Signal()

    def __init__(self, model: CardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        delegate = CardDelegate(self)
        self.setItemDelegate(delegate)
        self.horizontalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(delegate.card_height(self.font()))
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFrameShape(QTableView.Shape.NoFrame)
        self.clicked.connect(self._clicked)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.card_model().rowCount() == 0:  # say so, rather than show a blank column
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(8, 16, -8, 0),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             self.tr("No orders here"))
            painter.end()

    def card_model(self) -> CardModel:
        model = self.model()
        assert isinstance(model, CardModel)
        return model

    def current_card(self) -> BoardOrder | None:
        return self.card_model().card(self.currentIndex().row())

    def selected_cards(self) -> list[BoardOrder]:
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        model = self.card_model()
        return [c for c in (model.card(r) for r in rows) if c is not None]

    def _clicked(self, index: QModelIndex) -> None:
        from PySide6.QtWidgets import QApplication
        if QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier:
            card = self.card_model().card(index.row())
            if card is not None:
                self.open_card.emit(card)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and \
                event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.step.emit(-1 if key == Qt.Key.Key_Left else 1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            card = self.current_card()
            if card is not None:
                self.open_card.emit(card)
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            return
        super().keyPressEvent(event)
