"""A subscription's metadata as an editable key/value table, turned into Nomos's patch."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from nomos_desk.domain.metadata import MetadataEdit, metadata_patch, shown
from nomos_desk.ui.key_values import KeyValueTable


class MetadataEditor(KeyValueTable):
    def __init__(self, stored: Mapping[str, Any] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stored = dict(stored or {})
        self.set_pairs((key, shown(value)) for key, value in self.stored.items())

    def hint(self) -> str:
        return self.tr("Clear a value to remove its key. Values are saved as text; untouched "
                       "ones keep their type.")

    def edit(self) -> MetadataEdit:
        return metadata_patch(self.stored, self.rows())
