"""One running app per profile: a second start hands its arguments to the first one and exits.

The first instance listens on a local socket named after the profile's data folder (so each OS
user, and each portable copy, has its own); the socket is accessible to its user only.
QtNetwork is loaded only to talk on that socket: `may_be_running` looks for it without it, so a
first start does not pay for QtNetwork before its window shows.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, Signal

from smartcourse_desktop import APP_ID

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)
TIMEOUT_MS = 2000


def server_name(data_folder: Path) -> str:
    """Stable across runs; zlib rather than hashlib, which loads OpenSSL (~10 ms at start-up)."""
    folder = str(data_folder.resolve()).encode()
    return f"{APP_ID}-{zlib.crc32(folder):08x}{zlib.adler32(folder):08x}"


def may_be_running(name: str) -> bool:
    """False only if no instance listens on `name`: its socket file (or, on Windows, its named
    pipe) is missing. A crashed instance's leftover file makes this True; `hand_over` then fails."""
    if sys.platform == "win32":
        try:
            return name in os.listdir("\\\\.\\pipe\\")
        except OSError:
            return True
    return (Path(QDir.tempPath()) / name).exists()


class SingleInstance(QObject):
    """`hand_over(arguments)` in a second instance; `listen()` in the first, which then emits
    `arguments_received(list[str])` for every later start (possibly with no arguments)."""

    arguments_received = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def hand_over(self, arguments: list[str]) -> bool:
        """True if a running instance took the arguments (this one should exit)."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(TIMEOUT_MS):
            return False
        socket.write(json.dumps([str(Path(a).absolute()) for a in arguments]).encode() + b"\n")
        delivered = socket.waitForBytesWritten(TIMEOUT_MS) and socket.waitForReadyRead(TIMEOUT_MS)
        socket.disconnectFromServer()
        return bool(delivered)

    def listen(self) -> bool:
        from PySide6.QtNetwork import QAbstractSocket, QLocalServer

        if self.server.listen(self.name):
            return True
        if self.server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            QLocalServer.removeServer(self.name)  # left over by a crashed instance
            if self.server.listen(self.name):
                return True
        log.warning("cannot listen on %s: %s", self.name, self.server.errorString())
        return False

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(socket.deleteLater)

    def _read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if not isinstance(socket, QLocalSocket) or not socket.canReadLine():
            return
        try:
            arguments = json.loads(bytes(socket.readLine().data()).decode())
        except (UnicodeDecodeError, ValueError):
            log.warning("ignoring a malformed message from a second instance")
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        self.arguments_received.emit([str(a) for a in arguments if isinstance(a, str)])


def bring_to_front(window: QWidget) -> None:
    """Show the running window to the learner who just started the app again."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
