"""The settings dialog: one page per group of declared settings, plus the session's
caches (sizes, "Clear caches") and its profiles.

Pages and editors come from the declarations in ui/settings.py; text settings are
checked by their declaration's own rule before anything is stored.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.ui import fmt
from nomos_desk.ui.caches import Caches
from nomos_desk.ui.network import MANUAL
from nomos_desk.ui.profiles import Profile
from nomos_desk.ui.settings import GENERAL, NETWORK, SETTINGS, AppSettings, Setting
from nomos_desk.ui.theme import error_style, mark_secondary
from nomos_desk.ui.widgets import left_row

Editor = QComboBox | QSpinBox | QLineEdit
STORAGE, PROFILES = "storage", "profiles"


def _t(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None, *,
                 caches: Caches | None = None, profile: Profile | None = None,
                 profiles: list[Profile] | None = None,
                 manage_profiles: Callable[[], None] | None = None,
                 page: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.caches = caches
        self.manage_profiles = manage_profiles
        self.editors: dict[str, Editor] = {}
        self.problems: dict[str, QLabel] = {}
        self.pages = QTabWidget(self)
        self.pages.setObjectName("settingsPages")
        self._page_keys: list[str] = []
        for group in (GENERAL, NETWORK):
            self._add_page(group, _t(group), self._group_page(group))
        if caches is not None:
            self._add_page(STORAGE, self.tr("Storage"), self._storage_page(caches))
        if profiles is not None:
            self._add_page(PROFILES, self.tr("Profiles"), self._profiles_page(profile, profiles))
        if page in self._page_keys:
            self.pages.setCurrentIndex(self._page_keys.index(page))
        proxy = self.editors.get("proxy")
        if isinstance(proxy, QComboBox):
            proxy.currentIndexChanged.connect(lambda *_: self._proxy_mode_changed())
            self._proxy_mode_changed()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Tall enough for every wrapped help and message line of every page (German and
        the pseudo-language run long): a tab widget does not ask its pages how high they
        need to be for their width, so the dialog would start too short and cut lines."""
        width = self.pages.width() - 20
        pages = (self.pages.widget(i) for i in range(self.pages.count()))
        layouts = [page.layout() for page in pages if page is not None]
        heights = [layout.totalHeightForWidth(width) for layout in layouts if layout is not None]
        tallest = max((h for h in heights if h > 0), default=0)
        if tallest:
            self.pages.setMinimumHeight(tallest + self.pages.tabBar().sizeHint().height() + 12)
        self.adjustSize()

    def _add_page(self, key: str, title: str, widget: QWidget) -> None:
        self.pages.addTab(widget, title)
        self._page_keys.append(key)

    # -- declared settings ----------------------------------------------------------------
    def _group_page(self, group: str) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setVerticalSpacing(4)
        for spec in SETTINGS:
            if spec.group != group:
                continue
            editor = self._editor(spec)
            help_text = _t(spec.help)
            editor.setToolTip(help_text)
            self.editors[spec.key] = editor
            form.addRow(_t(spec.label), self._with_chooser(spec, editor))
            if spec.check is not None:
                problem = QLabel(page)
                problem.setWordWrap(True)
                problem.setStyleSheet(error_style(self))
                self.problems[spec.key] = problem
                form.addRow("", problem)
                form.setRowVisible(problem, False)  # the whole row: no gap while all is well
            hint = QLabel(help_text, page)
            hint.setWordWrap(True)
            hint.setContentsMargins(0, 0, 0, 8)
            mark_secondary(hint)
            form.addRow("", hint)
        if group == NETWORK:
            form.addRow(self.tr("System proxy now"), self._system_proxy_label(page))
        return page

    def _editor(self, spec: Setting) -> Editor:
        current = self.settings.value(spec.key)
        if spec.choices:
            box = QComboBox(self)
            for stored, shown in spec.choices:
                box.addItem(_t(shown), stored)
            box.setCurrentIndex(max(0, box.findData(current)))
            return box
        if spec.text:
            line = QLineEdit(current, self)
            line.setClearButtonEnabled(True)
            return line
        spin = QSpinBox(self)
        spin.setRange(spec.minimum, spec.maximum)
        spin.setSuffix(_t(spec.suffix))
        spin.setValue(current)
        return spin

    def _with_chooser(self, spec: Setting, editor: Editor) -> QWidget:
        if not spec.file or not isinstance(editor, QLineEdit):
            return editor
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(editor, 1)
        choose = QPushButton(self.tr("Choose…"), row)
        choose.clicked.connect(lambda: self._choose_file(editor))
        layout.addWidget(choose)
        return row

    def _choose_file(self, editor: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA certificates"), editor.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            editor.setText(path)

    def _system_proxy_label(self, parent: QWidget) -> QLabel:
        proxies = urllib.request.getproxies()
        named = proxies.get("https") or proxies.get("all")
        label = QLabel(self.tr("%1 (for https)").replace("%1", named) if named
                       else self.tr("none: connections go directly"), parent)
        label.setWordWrap(True)
        mark_secondary(label)
        return label

    def _proxy_mode_changed(self) -> None:
        proxy, url = self.editors.get("proxy"), self.editors.get("proxy_url")
        if isinstance(proxy, QComboBox) and url is not None:
            url.setEnabled(proxy.currentData() == MANUAL)

    # -- caches and profiles ---------------------------------------------------------------
    def _storage_page(self, caches: Caches) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        about = QLabel(self.tr(
            "Copies of what Nomos sent, kept to save requests. Clearing them is safe: they "
            "are fetched again when needed. The search index, open tabs and settings stay."),
            page)
        about.setWordWrap(True)
        mark_secondary(about)
        form.addRow(about)
        self.cache_sizes: dict[str, QLabel] = {}
        for entry in caches.entries():
            size = QLabel(page)
            size.setObjectName(f"cacheSize_{entry.key}")
            self.cache_sizes[entry.key] = size
            form.addRow(QCoreApplication.translate("Caches", entry.title), size)
        self.cache_total = QLabel(page)
        bold = self.cache_total.font()
        bold.setBold(True)
        self.cache_total.setFont(bold)
        total = QLabel(self.tr("Total"), page)
        total.setFont(bold)
        form.addRow(total, self.cache_total)
        self.clear_button = QPushButton(self.tr("Clear caches"), page)
        self.clear_button.clicked.connect(self.clear_caches)
        self.cleared = QLabel(page)
        mark_secondary(self.cleared)
        row = QHBoxLayout()
        row.addWidget(self.clear_button)
        row.addWidget(self.cleared, 1)
        form.addRow("", row)
        self._show_sizes()
        return page

    def _show_sizes(self) -> None:
        if self.caches is None:
            return
        sizes = self.caches.sizes()
        for key, label in self.cache_sizes.items():
            label.setText(fmt.data_size(sizes.get(key, 0)))
        self.cache_total.setText(fmt.data_size(sum(sizes.values())))

    def clear_caches(self) -> None:
        if self.caches is None:
            return
        freed = self.caches.clear_all()
        self._show_sizes()
        self.cleared.setText(self.tr("Cleared %1.").replace("%1", fmt.data_size(freed)))

    def _profiles_page(self, current: Profile | None, profiles: list[Profile]) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        if current is not None:
            now = QLabel(current.name, page)
            bold = now.font()
            bold.setBold(True)
            now.setFont(bold)
            form.addRow(self.tr("Signed in with"), now)
            where = QLabel(self.tr("%1 · client %2").replace("%1", current.base_url)
                           .replace("%2", current.client_id), page)
            where.setWordWrap(True)
            mark_secondary(where)
            form.addRow("", where)
        saved = QLabel("\n".join(p.name for p in profiles) or self.tr("none"), page)
        saved.setObjectName("savedProfiles")
        saved.setWordWrap(True)
        form.addRow(self.tr("Saved profiles"), saved)
        manage = QPushButton(self.tr("Switch or edit profiles…"), page)
        manage.setEnabled(self.manage_profiles is not None)
        manage.clicked.connect(self._manage_profiles)
        row = left_row(manage)
        form.addRow("", row)
        hint = QLabel(self.tr("Profiles are added, edited and deleted in the sign-in window; "
                              "their secrets stay in the operating system's keyring."), page)
        hint.setWordWrap(True)
        mark_secondary(hint)
        form.addRow("", hint)
        return page

    def _manage_profiles(self) -> None:
        self.accept()
        if self.result() == QDialog.DialogCode.Accepted and self.manage_profiles is not None:
            self.manage_profiles()

    # -- storing ---------------------------------------------------------------------------
    def _value(self, editor: Editor) -> object:
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QLineEdit):
            return editor.text().strip()
        return editor.value()

    def accept(self) -> None:
        if not self._check():
            return
        for key, editor in self.editors.items():
            self.settings.set_value(key, self._value(editor))
        super().accept()

    def _check(self) -> bool:
        """Show what is wrong beside each text setting; False while anything is."""
        ok = True
        for spec in SETTINGS:
            label, editor = self.problems.get(spec.key), self.editors.get(spec.key)
            if label is None or spec.check is None or not isinstance(editor, QLineEdit):
                continue
            problem = spec.check(editor.text().strip()) if editor.isEnabled() else None
            label.setText(problem or "")
            page = label.parentWidget()
            form = page.layout() if page is not None else None
            if isinstance(form, QFormLayout):
                form.setRowVisible(label, problem is not None)
            if problem is not None and self.isVisible():
                self._fit()
            if problem is not None:
                if ok:
                    self.pages.setCurrentIndex(self._page_keys.index(spec.group))
                ok = False
        return ok
