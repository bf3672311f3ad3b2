"""Qt's side of the language (system/i18n.py chooses it): Qt's own qtbase_<lang> catalogue, the
app's smartcourse_<lang>.qm (compiled from i18n/*.ts; docs/translating.md) and the default QLocale
that formats dates and numbers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from smartcourse_desktop import APP_ID
from smartcourse_desktop.system.i18n import SOURCE_LANGUAGE, base_language, catalogue_dir


def translations_dir() -> Path:
    """Where the app's compiled translations live."""
    return catalogue_dir()


def available_languages(i18n_dir: Path) -> list[str]:
    """English plus every language the app has a translation for (i18n/smartcourse_xx.qm)."""
    found = {path.stem.split("_", 1)[1] for path in i18n_dir.glob(f"{APP_ID}_*.qm")}
    return [SOURCE_LANGUAGE, *sorted(found - {SOURCE_LANGUAGE})]


def locale_for(language: str) -> QLocale:
    """The system's locale when it speaks `language` (its region and formats), else the language's own."""
    system = QLocale.system()
    return system if base_language(system.name()) == language else QLocale(language)


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Translate the GUI into `language` and format with its locale; the translators installed.

    Catalogues are loaded by language code, not through a QLocale: the system locale's
    uiLanguages() follow $LANGUAGE, which may name another language than the one chosen."""
    language = language or SOURCE_LANGUAGE
    QLocale.setDefault(locale_for(language))
    installed = []
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    own = install_catalogue(app, language)
    return [*installed, *([own] if own is not None else [])]


def install_catalogue(app: QApplication, language: str) -> QTranslator | None:
    """The app's own catalogue for `language`, else the English one (its plural forms: "1 lesson")."""
    translator = QTranslator(app)
    folder = str(translations_dir())
    if translator.load(f"{APP_ID}_{language}", folder) or translator.load(f"{APP_ID}_{SOURCE_LANGUAGE}", folder):
        app.installTranslator(translator)
        return translator
    return None
