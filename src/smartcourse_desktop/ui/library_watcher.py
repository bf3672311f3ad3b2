"""Noticing courses that another program installs or removes (the command line, IT's software
deployment) while the window is open, so the library follows without a restart.

A QFileSystemWatcher watches each library root's folder; an import or a removal renames course
folders inside it. A root that does not exist yet (the learner's own, before the first import) is
watched through its parent until it appears; one whose parent is missing too is not watched.
One import changes the folder several times (staging, renaming into place, cleaning up), so
`changed` is emitted once things have been quiet for DELAY_MS.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal


def watched_folder(root: Path) -> Path | None:
    """`root`, or else its parent, where its appearing would show; None if neither exists."""
    return next((folder for folder in (root, root.parent) if folder.is_dir()), None)


class LibraryWatcher(QObject):
    changed = Signal()
    DELAY_MS = 400

    def __init__(self, roots: Iterable[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roots = list(roots)
        self._watcher = QFileSystemWatcher(self)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(self.DELAY_MS)
        self._watcher.directoryChanged.connect(lambda _path: self._quiet.start())
        self._quiet.timeout.connect(self._settled)
        self._arm()

    def folders(self) -> list[str]:
        return sorted(self._watcher.directories())

    def _arm(self) -> None:
        """Watch each root, or the parent it will appear in; drop folders no longer needed."""
        wanted = {str(folder) for folder in map(watched_folder, self._roots) if folder is not None}
        current = set(self._watcher.directories())
        if current - wanted:
            self._watcher.removePaths(sorted(current - wanted))
        if wanted - current:
            self._watcher.addPaths(sorted(wanted - current))

    def _settled(self) -> None:
        self._arm()
        self.changed.emit()
