"""One running app per profile: a second start hands its arguments to the first one and exits.

The first instance holds a lock file in the profile's data folder and listens on a local socket
named after that folder (so each OS user, and each portable copy, has its own); the socket is
accessible to its user only. The lock closes the start-up race in which two instances both find
no socket and both listen: only the lock's holder runs, the other hands over once it listens.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QThread, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from smartcourse_desktop import APP_ID

log = logging.getLogger(__name__)
TIMEOUT_MS = 2000
START_WAIT_S = 10.0  # how long a second start waits for a starting first one to listen
LOCK_NAME = "instance.lock"


def server_name(data_folder: Path) -> str:
    digest = hashlib.sha256(str(data_folder.resolve()).encode()).hexdigest()[:16]
    return f"{APP_ID}-{digest}"


class SingleInstance(QObject):
    """`hand_over(arguments)` in a second instance; `listen()` in the first, which then emits
    `arguments_received(list[str])` for every later start (possibly with no arguments)."""

    arguments_received = Signal(list)

    def __init__(self, name: str, lock_path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.lock = QLockFile(str(lock_path)) if lock_path is not None else None
        if self.lock is not None:
            self.lock.setStaleLockTime(0)  # held for the whole session; a dead holder's PID frees it
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def hand_over(self, arguments: list[str]) -> bool:
        """True if a running instance took the arguments (this one should exit)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(TIMEOUT_MS):
            return False
        socket.write(json.dumps([str(Path(a).absolute()) for a in arguments]).encode() + b"\n")
        delivered = socket.waitForBytesWritten(TIMEOUT_MS) and socket.waitForReadyRead(TIMEOUT_MS)
        socket.disconnectFromServer()
        return bool(delivered)

    def start(self, arguments: list[str], wait_s: float = START_WAIT_S) -> bool:
        """True if this process is the profile's instance (it holds the lock and listens); False if
        a running one took `arguments`, or one holds the lock but never answered (then exit too)."""
        deadline = time.monotonic() + wait_s
        while True:
            if self.hand_over(arguments):
                return False
            if self.claim():
                return True
            if time.monotonic() > deadline:
                log.error("another instance holds %s but does not answer", self.lock.fileName() if self.lock else "")
                return False
            QThread.msleep(100)  # before any window exists: the other instance is starting up

    def claim(self) -> bool:
        """Take the profile's lock, then listen; False while another process holds the lock. A lock
        that can't be created at all (a read-only data folder) must not keep the app from starting."""
        if self.lock is not None and not self.lock.tryLock(0):
            if self.lock.error() == QLockFile.LockError.LockFailedError:
                return False
            log.warning("cannot create the lock file %s; relying on the socket alone", self.lock.fileName())
        self.listen()
        return True

    def listen(self) -> bool:
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
