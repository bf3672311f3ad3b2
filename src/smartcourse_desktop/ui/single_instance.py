"""One running app per profile: a second start hands its arguments to the first one and exits.

The first instance holds a lock file in the profile's data folder and listens on a local socket
named after that folder (so each OS user, and each portable copy, has its own); the socket is
accessible to its user only. The lock closes the start-up race in which two instances both find
no socket: only the lock's holder runs, and a second start waits for it to listen, then hands over.
QtNetwork is loaded only to talk on that socket: `may_be_running` looks for it without it, so a
first start takes the lock and shows its window before it pays for QtNetwork and listens.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QLockFile, QObject, Signal

from smartcourse_desktop import APP_ID

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)
TIMEOUT_MS = 2000
START_WAIT_S = 10.0  # how long a second start waits for a starting first one to listen
LOCK_NAME = "instance.lock"


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
    """`start(arguments)` decides which process is the profile's instance; the first then calls
    `listen()` and emits `arguments_received(list[str])` for every later start (possibly with no arguments)."""

    arguments_received = Signal(list)

    def __init__(self, name: str, lock_path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.lock = QLockFile(str(lock_path)) if lock_path is not None else None
        if self.lock is not None:
            self.lock.setStaleLockTime(0)  # held for the whole session; a dead holder's PID frees it
        self.server: QObject | None = None

    def start(self, arguments: list[str], wait_s: float = START_WAIT_S) -> bool:
        """True if this process is the profile's instance (it holds the lock; it listens later); False
        if a running one took `arguments`, or one holds the lock but never answered (then exit too)."""
        deadline = time.monotonic() + wait_s
        while True:
            if may_be_running(self.name) and self.hand_over(arguments):
                return False
            if self.claim():
                return True
            if time.monotonic() > deadline:
                log.error("another instance holds %s but does not answer", self.lock.fileName() if self.lock else "")
                return False
            time.sleep(0.1)  # before any window exists: the other instance is starting up

    def claim(self) -> bool:
        """Take the profile's lock; False while another process holds it. A lock that can't be
        created at all (a read-only data folder) must not keep the app from starting."""
        if self.lock is not None and not self.lock.tryLock(0):
            if self.lock.error() == QLockFile.LockError.LockFailedError:
                return False
            log.warning("cannot create the lock file %s; relying on the socket alone", self.lock.fileName())
        return True

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

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        self.server = server
        if server.listen(self.name):
            return True
        if server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            QLocalServer.removeServer(self.name)  # left over by a crashed instance
            if server.listen(self.name):
                return True
        log.warning("cannot listen on %s: %s", self.name, server.errorString())
        return False

    def _accept(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        server = self.server
        assert isinstance(server, QLocalServer)
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
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
