"""About Nomos Desk: the version, the pinned API version, and what ships inside.

The component list is read from the installed distributions' metadata (the bundle
carries it, see packaging/nomos-desk.spec): everything nomos-desk requires, and what
those require, with version, licence and the licence text each one ships. Nothing here
is typed in by hand, so it cannot fall behind an upgrade.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata
from typing import Any

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nomos_desk import __version__
from nomos_desk.ui.profiles import APP_NAME, DEFAULT_API_VERSION
from nomos_desk.ui.theme import icon, mark_secondary, resource

DOCS_URL = "https://docs.nomos.energy"
_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    version: str
    licence: str
    texts: tuple[str, ...] = ()  # licence files inside the distribution's metadata

    def licence_text(self) -> str:
        return "\n\n".join(self.texts)


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _licence(meta: Any) -> str:
    """PEP 639's expression, else a short License field, else the licence classifiers."""
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    declared = str(meta.get("License") or "").strip()
    if declared and "\n" not in declared and len(declared) <= 60:
        return declared
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return ", ".join(classifiers) or "?"


def _texts(dist: metadata.Distribution) -> tuple[str, ...]:
    found = []
    for path in dist.files or ():
        parts = path.parts
        if parts and parts[0].endswith(".dist-info") and _LICENCE_FILE.search(path.name):
            try:
                found.append(path.read_text(encoding="utf-8").strip())
            except (OSError, UnicodeDecodeError):
                continue
    return tuple(found)


def carried_texts(expression: str) -> tuple[str, ...]:
    """The licence texts the app carries itself (resources/licences/<SPDX id>.txt) for the
    licences an expression names: for components whose distribution ships none."""
    found = []
    for spdx in dict.fromkeys(re.findall(r"[A-Za-z0-9.+-]+", expression)):
        text = resource(f"licences/{spdx}.txt")
        if text.is_file():
            found.append(text.read_text("utf-8").strip())
    return tuple(found)


def components(root: str = APP_NAME) -> list[Component]:
    """The installed requirements of `root`, transitively, sorted by name. Requirements
    of extras are left out; those for another platform are simply not installed."""
    try:
        queue = list(metadata.requires(root) or [])
    except metadata.PackageNotFoundError:
        return []
    seen = {_normalise(root)}
    found: list[Component] = []
    while queue:
        requirement = queue.pop(0)
        if "extra ==" in requirement.replace('"', "").replace("'", ""):
            continue
        match = re.match(r"[A-Za-z0-9._-]+", requirement)
        if match is None or _normalise(match.group(0)) in seen:
            continue
        seen.add(_normalise(match.group(0)))
        try:
            dist = metadata.distribution(match.group(0))
        except metadata.PackageNotFoundError:
            continue
        meta = dist.metadata
        licence = _licence(meta)
        found.append(Component(str(meta["Name"]), dist.version, licence,
                               _texts(dist) or carried_texts(licence)))
        queue.extend(dist.requires or [])
    return sorted(found, key=lambda c: c.name.lower())


def runtime_components(found: list[Component]) -> list[Component]:
    """Qt itself (under the licence PySide6 states for it) and the Python runtime, which a
    bundle carries too, ahead of the Python packages."""
    pyside = next((c for c in found if _normalise(c.name) == "pyside6"), None)
    qt_licence = pyside.licence if pyside else "LGPL-3.0-only"
    qt = Component("Qt", qVersion(), qt_licence, carried_texts(qt_licence))
    python = Component("Python", platform.python_version(), "PSF-2.0", carried_texts("PSF-2.0"))
    return [qt, python, *found]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Nomos Desk"))
        logo = QLabel(self)
        logo.setPixmap(icon("nomos-desk").pixmap(64, 64))
        name = QLabel("Nomos Desk", self)
        font = QFont(name.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        name.setFont(font)
        docs = self.tr("Nomos documentation")  # lupdate reads no text inside an f-string
        facts = QLabel("<br>".join([
            self.tr("Version %1").replace("%1", __version__),
            self.tr("Nomos API version %1").replace("%1", DEFAULT_API_VERSION),
            self.tr("Back-office desktop tool for energy brands on Nomos."),
            f'<a href="{DOCS_URL}">{docs}</a>',
        ]), self)
        facts.setTextFormat(Qt.TextFormat.RichText)
        facts.setOpenExternalLinks(True)
        facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        head = QHBoxLayout()
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(name)
        titles.addWidget(facts)
        head.addLayout(titles, 1)

        heading = QLabel(self.tr("Components and their licences"), self)
        heading.setFont(QFont(heading.font().family(), -1, QFont.Weight.Bold))
        note = QLabel(self.tr(
            "Qt is used under the GNU LGPL version 3: the Qt libraries of this installation "
            "can be replaced by compatible builds of your own. Select a component to read its "
            "licence."), self)
        note.setWordWrap(True)
        mark_secondary(note)
        self.components = runtime_components(components())
        self.table = QTableWidget(len(self.components), 3, self)
        self.table.setObjectName("componentTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        for row, component in enumerate(self.components):
            for column, text in enumerate((component.name, component.version, component.licence)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.table.currentCellChanged.connect(lambda row, *_: self._show_licence(row))
        self.licence = QPlainTextEdit(self)
        self.licence.setObjectName("licenceText")
        self.licence.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.licence, 1)
        layout.addWidget(buttons)
        self.resize(640, 620)
        if self.components:
            self.table.selectRow(0)

    def _show_licence(self, row: int) -> None:
        if not 0 <= row < len(self.components):
            return
        component = self.components[row]
        self.licence.setPlainText(component.licence_text() or self.tr(
            "%1 ships no licence text of its own; its licence is %2.")
            .replace("%1", component.name).replace("%2", component.licence))
