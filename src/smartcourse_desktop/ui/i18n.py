"""Qt's own translations and the app's, from i18n/smartcourse_<lang>.qm (compiled from .ts sources)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from smartcourse_desktop import APP_ID


def translations_dir() -> Path:
    """Where the app's compiled translations live."""
    return Path(__file__).resolve().parent.parent / "i18n"


def available_languages(i18n_dir: Path) -> list[str]:
    """English plus every language the app has a translation for (i18n/smartcourse_xx.qm)."""
    found = {path.stem.split("_", 1)[1] for path in i18n_dir.glob("smartcourse_*.qm")}
    return ["en", *sorted(found - {"en"})]


def install_translations(app: QApplication, language: str | None) -> None:
    locale = QLocale(language) if language else QLocale.system()
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", translations), (APP_ID, str(translations_dir()))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
