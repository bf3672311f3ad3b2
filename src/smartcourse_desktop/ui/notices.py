"""One-time notices about where the learner's data is, or why it isn't being saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from smartcourse_desktop.system.settings import Settings
from smartcourse_desktop.ui.messages import tell, warn
from smartcourse_desktop.ui.text import translate


def watch_settings(parent: QWidget, settings: Settings) -> None:
    """A read-only or full settings folder is reported once, not on every change."""

    def report(problem: str) -> None:
        text = translate("notices", "Your preferences can't be saved (%1). They apply until SmartCourse is closed.")
        warn(parent, translate("notices", "Preferences not saved"), text.replace("%1", problem))

    settings.on_save_failed = report


def tell_temporary_database(parent: QWidget, database: Path) -> None:
    tell(parent, translate("notices", "Where your progress is kept"),
         translate("notices", "Your data folder is on a network share and the usual local folder is not safe to use, "
             "so your progress is kept in %1 for now. Ask your IT department to check the folder.")
         .replace("%1", str(database.parent)))
