"""Per-field error messages next to their fields, for every form in the app.

A form binds each input to the API field name it feeds; `apply(exc)` puts each entry
of the error envelope's `errors[]` under its input and returns what could not be
placed (for the banner). Typing into a field clears its message, never its value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QLabel, QWidget

from nomos_desk.api.errors import ApiError, FieldError
from nomos_desk.ui.theme import error_style


class FieldErrors:
    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._tips: dict[str, str] = {}

    def bind(self, field: str, widget: QWidget, label: QLabel) -> None:
        """`label` is placed by the form next to `widget`; it stays hidden until needed."""
        label.setObjectName("FieldError")
        label.setWordWrap(True)
        label.setStyleSheet(error_style(widget))
        label.hide()
        self._fields[field] = (widget, label)
        self._tips[field] = widget.toolTip()
        for signal_name in ("textEdited", "valueChanged", "currentIndexChanged", "dateTimeChanged"):
            signal = getattr(widget, signal_name, None)
            if signal is not None:
                signal.connect(lambda *_, f=field: self.clear(f))

    def make_label(self, field: str, widget: QWidget) -> QLabel:
        """Convenience: create, bind and return the label for the form to lay out."""
        label = QLabel(widget.parentWidget())
        self.bind(field, widget, label)
        return label

    def show(self, field: str, message: str, detail: str = "") -> bool:
        """`detail` (what Nomos itself said, say) becomes the message's tooltip."""
        target = self._match(field)
        if target is None:
            return False
        widget, label = self._fields[target]
        label.setText(message)
        label.setToolTip(detail)
        label.show()
        widget.setProperty("invalid", True)
        _restyle(widget)
        widget.setToolTip(message)
        return True

    def apply(self, errors: ApiError | Iterable[FieldError], *,
              word: Callable[[FieldError], str] | None = None) -> list[FieldError]:
        """Show every field error; return those that belong to no bound field. With `word`
        each is said in the app's words (by its code) and Nomos's message is the detail."""
        self.clear()
        entries = errors.field_errors if isinstance(errors, ApiError) else tuple(errors)
        unplaced = []
        for entry in entries:
            text, detail = (word(entry), entry.message) if word else (entry.message, "")
            if not (entry.field and self.show(entry.field, text, detail)):
                unplaced.append(entry)
        return unplaced

    def clear(self, field: str | None = None) -> None:
        names = [field] if field is not None else list(self._fields)
        for name in names:
            widget, label = self._fields[name]
            label.clear()
            label.setToolTip("")
            label.hide()
            if widget.property("invalid"):
                widget.setProperty("invalid", False)
                _restyle(widget)
            widget.setToolTip(self._tips[name])

    def message(self, field: str) -> str | None:
        _, label = self._fields[field]
        parent = label.parentWidget()
        shown = label.isVisibleTo(parent) if parent is not None else label.isVisible()
        return label.text() if shown else None

    def _match(self, field: str) -> str | None:
        # Nomos names nested fields with dots ("address.zip", "items.1"): fall back to
        # the closest bound prefix so a form binding "address" still shows the message.
        probe = field
        while probe:
            if probe in self._fields:
                return probe
            probe = probe.rpartition(".")[0]
        return None


def _restyle(widget: QWidget) -> None:
    """Style sheets read a dynamic property only when the widget is polished again: without
    this the red border of `[invalid="true"]` never appeared."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
