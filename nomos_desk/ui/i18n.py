"""German and English: which translator and which locale the app runs with.

Texts go through Qt's translation system (`self.tr()` in widgets,
`QCoreApplication.translate()` for plurals and module code, `QT_TRANSLATE_NOOP`
for label tables); the compiled catalogues (`nomos_desk_<lang>.qm`) ship inside
the package. Numbers, dates and money go through the default `QLocale`, which
follows the language. The pseudo-language stretches every English text by about
40 % in brackets, to find text that gets cut off.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib.resources import as_file

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from nomos_desk.ui.theme import resource

log = logging.getLogger(__name__)

CATALOGUE = "nomos_desk"
SYSTEM, GERMAN, ENGLISH, PSEUDO = "system", "de", "en", "pseudo"
STRETCH = 0.4


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks a text for translation where it is declared (a label table); it is translated
    where it is shown, with QCoreApplication.translate(context, text)."""
    return text


@dataclass(frozen=True, slots=True)
class Language:
    code: str       # "de", "en", "pseudo"
    catalogue: str  # the .qm whose texts are used ("en" under the pseudo-language)
    locale: QLocale


def resolve(choice: str, system: QLocale | None = None) -> Language:
    """The language for a setting: "system" follows the operating system's language
    (German for German, English for everything else)."""
    if choice == SYSTEM:
        system = system or QLocale.system()
        choice = GERMAN if system.language() == QLocale.Language.German else ENGLISH
    if choice == GERMAN:
        return Language(GERMAN, GERMAN, QLocale(QLocale.Language.German, QLocale.Country.Germany))
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return Language(PSEUDO if choice == PSEUDO else ENGLISH, ENGLISH, english)


def stretch(text: str) -> str:
    """"[Save~~~~]": about 40 % longer, bracketed, so clipping shows at both ends.
    Placeholders, markup and line breaks are kept intact."""
    if not text:
        return text
    extra = max(1, round(len(text) * STRETCH))
    lines = text.split("\n")
    lines[0] = f"[{lines[0]}{'~' * extra}"
    lines[-1] = f"{lines[-1]}]"
    return "\n".join(lines)


class StretchTranslator(QTranslator):
    """The pseudo-language: the English catalogue's text, stretched."""

    def __init__(self, english: QTranslator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.english = english

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        text = self.english.translate(context, source, disambiguation, n) or source
        return stretch(text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


class Translations:
    """Installs the translators of one language on the application and swaps them."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language: Language | None = None
        self._installed: list[QTranslator] = []

    def apply(self, choice: str) -> Language:
        language = resolve(choice)
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        ours = load_catalogue(language.catalogue)
        translators: list[QTranslator] = []
        if ours is not None:
            translators.append(StretchTranslator(ours, self.app) if language.code == PSEUDO
                               else ours)
        qt = QTranslator(self.app)  # Qt's own texts: standard buttons, context menus
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language.catalogue}", qt_dir):
            translators.append(qt)
        for translator in translators:
            self.app.installTranslator(translator)
        self._installed = translators
        QLocale.setDefault(language.locale)
        self.language = language
        return language


def load_catalogue(code: str) -> QTranslator | None:
    name = f"{CATALOGUE}_{code}.qm"
    qm = resource(f"i18n/{name}")
    translator = QTranslator()
    if qm.is_file():
        with as_file(qm) as path:
            if translator.load(str(path)):
                return translator
    log.warning("no translations for %r (%s missing: run `python scripts/i18n.py build`)",
                code, name)
    return None
