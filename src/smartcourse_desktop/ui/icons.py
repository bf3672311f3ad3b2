"""Icons from the assets folder, loaded once."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from smartcourse_desktop.courses.model import LessonKind
from smartcourse_desktop.system.paths import assets_dir


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(assets_dir() / "icons" / f"{name}.svg"))


def kind_icon(kind: LessonKind) -> QIcon:
    return icon(kind.value)
