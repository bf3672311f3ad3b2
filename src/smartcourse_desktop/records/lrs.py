"""Sending the outbox to the organisation's Learning Record Store, Qt-free.

POST batches to `<endpoint>/statements` with Basic auth and `X-Experience-API-Version: 1.0.3`;
200 and 204 settle a batch. A 409 (some statement already there) or a 400 falls back to one PUT
per statementId, where 200, 204 and 409 settle: a resend never duplicates. Nothing is ever removed
from the outbox for a failure. urllib3 is imported only when an endpoint is configured, so a
machine without an LRS never loads an HTTP client, let alone opens a connection.
"""

from __future__ import annotations

import json
import logging
import ssl
import sys
import threading
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from smartcourse_desktop import APP_NAME, __version__
from smartcourse_desktop.records.outbox import NOTICE_KEY, SINCE_KEY, Outbox
from smartcourse_desktop.records.xapi import Statement
from smartcourse_desktop.system.errors import LrsAuthError, LrsError, quoted, shortened
from smartcourse_desktop.system.i18n import _, ngettext
from smartcourse_desktop.system.policy import Policy

log = logging.getLogger(__name__)
XAPI_VERSION = "1.0.3"
BATCH = 100
SETTLED = (200, 204, 409)
INTERVAL = 300.0  # seconds between two syncs when all went well
BACKOFF_START, BACKOFF_MAX = 30.0, 3600.0


@dataclass(frozen=True)
class LrsConfig:
    endpoint: str  # the xAPI base, e.g. https://lrs.example.org/xAPI (statements are below it)
    username: str
    password: str
    ca_file: Path | None = None
    send_backlog: bool = False


def learner_may_set_endpoint(policy: Policy) -> bool:
    """The policy lets the learner name an LRS, and names none itself (which would win)."""
    return policy.lrs_learner_endpoint and not policy.lrs_endpoint


def lrs_named(policy: Policy, learner_endpoint: str = "") -> bool:
    """An LRS address is configured (by the policy, or by the learner where the policy allows it)."""
    return bool(policy.lrs_target(learner_endpoint))


def check_endpoint(text: str) -> str:
    """An LRS address as the learner typed it, checked: "" (none) or an http(s) URL with a host."""
    endpoint = text.strip()
    if not endpoint:
        return ""
    try:
        parts = urlsplit(endpoint)
        host = parts.hostname
    except ValueError:
        host = None
    if not endpoint.startswith(("https://", "http://")):
        raise LrsError(_("the LRS address {endpoint} must start with https:// or http://").format(
            endpoint=quoted(endpoint)))
    if not host or any(c.isspace() for c in endpoint) or parts.query or parts.fragment:
        raise LrsError(_("the LRS address {endpoint} is not a web address such as https://lrs.example.org/xAPI").format(
            endpoint=quoted(endpoint)))
    return endpoint


def lrs_config(policy: Policy, learner_endpoint: str = "") -> LrsConfig | None:
    """The LRS to send to, or None (no network use at all). Raises LrsError if half-configured."""
    endpoint = check_endpoint(policy.lrs_target(learner_endpoint))
    if not endpoint:
        return None
    if policy.lrs_credentials_file is None:
        raise LrsError(_("an LRS is configured but no lrs_credentials_file; nothing is sent"))
    username, password = read_credentials(policy.lrs_credentials_file)
    return LrsConfig(endpoint.rstrip("/"), username, password, policy.lrs_ca_file, policy.lrs_send_backlog)


def read_credentials(path: Path) -> tuple[str, str]:
    """`username` and `password` from a TOML file that only an administrator can change."""
    try:
        info = path.stat()
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LrsError(_("cannot read the LRS credentials file {path}: {exc}").format(path=path, exc=exc)) from exc
    if sys.platform != "win32" and (info.st_mode & 0o022 or info.st_uid != 0):
        raise LrsError(_("the LRS credentials file {path} must be owned by root and writable by no one else; nothing "
                         "is sent").format(path=path))
    username, password = data.get("username"), data.get("password")
    if not isinstance(username, str) or not isinstance(password, str) or not username:
        raise LrsError(_("the LRS credentials file {path} needs text values for username and password").format(
            path=path))
    return username, password


class LrsClient:
    def __init__(self, config: LrsConfig) -> None:
        import urllib3  # only here: no HTTP client without an endpoint

        self.config = config
        context = ssl.create_default_context()  # the operating system's certificate store
        if config.ca_file is not None:
            try:
                context.load_verify_locations(cafile=str(config.ca_file))
            except (OSError, ssl.SSLError) as exc:
                raise LrsError(_("cannot load the LRS CA file {ca_file}: {exc}").format(
                    ca_file=config.ca_file, exc=exc)) from exc
        self._errors: tuple[type[BaseException], ...] = (urllib3.exceptions.HTTPError, OSError)
        self._pool = urllib3.PoolManager(ssl_context=context, retries=False,
                                         timeout=urllib3.Timeout(connect=10.0, read=60.0))
        self.headers = {**urllib3.make_headers(basic_auth=f"{config.username}:{config.password}"),
                        "X-Experience-API-Version": XAPI_VERSION, "Content-Type": "application/json",
                        "User-Agent": f"{APP_NAME}/{__version__}"}

    def request(self, method: str, body: Any, statement_id: str | None = None) -> int:
        url = f"{self.config.endpoint}/statements"
        if statement_id is not None:
            url += f"?statementId={quote(statement_id)}"
        try:
            response = self._pool.request(method, url, body=json.dumps(body).encode(), headers=self.headers)
        except self._errors as exc:
            raise LrsError(_("cannot reach the LRS at {address}: {problem}")
                           .format(address=self.config.endpoint, problem=shortened(str(exc)))) from exc
        if response.status in (401, 403):
            raise LrsAuthError(_("the LRS at {address} refused the credentials (HTTP {status}); ask IT to check the "
                                 "LRS account. Nothing was lost.").format(address=self.config.endpoint,
                                                                          status=response.status))
        if response.status not in SETTLED and response.status != 400:
            raise LrsError(_("the LRS at {endpoint} answered HTTP {status}").format(
                endpoint=self.config.endpoint, status=response.status))
        return int(response.status)

    def close(self) -> None:
        self._pool.clear()


@dataclass(frozen=True)
class SyncResult:
    sent: int
    queued: int
    error: str | None = None
    auth_failed: bool = False


def backlog_start(outbox: Outbox, config: LrsConfig, now: float | None = None) -> float | None:
    """Statements older than this are not sent (None: send all). Stamped when an LRS is first seen."""
    outbox.set_meta(SINCE_KEY, repr(time.time() if now is None else now), replace=False)
    return None if config.send_backlog else float(outbox.meta(SINCE_KEY) or 0)


def learner_told(outbox: Outbox, config: LrsConfig) -> bool:
    return outbox.meta(NOTICE_KEY) == config.endpoint


def sync(outbox: Outbox, client: LrsClient, since: float | None, batch: int = BATCH,
         max_batches: int | None = None) -> SyncResult:
    """Send queued statements, oldest first, until none is left (or `max_batches`)."""
    sent, rounds = 0, 0
    try:
        while max_batches is None or rounds < max_batches:
            entries = outbox.pending(batch, since)
            if not entries:
                break
            rounds += 1
            settled = _send(client, [e.statement for e in entries])
            outbox.mark_sent(settled)
            sent += len(settled)
            if len(settled) < len(entries):
                raise LrsError(ngettext("the LRS at {endpoint} rejected {count} statement; it stays queued",
                                        "the LRS at {endpoint} rejected {count} statements; they stay queued",
                                        len(entries) - len(settled)).format(
                    endpoint=client.config.endpoint, count=len(entries) - len(settled)))
    except LrsError as exc:
        log.warning("LRS sync: %s", exc)
        queued = outbox.counts(since).queued
        return SyncResult(sent, queued, str(exc), isinstance(exc, LrsAuthError))
    return SyncResult(sent, outbox.counts(since).queued)


def _send(client: LrsClient, statements: list[Statement]) -> list[str]:
    """The ids of the statements the LRS now has."""
    if client.request("POST", statements) in (200, 204):
        return [s["id"] for s in statements]
    return [s["id"] for s in statements if client.request("PUT", s, s["id"]) in SETTLED]


@dataclass(frozen=True)
class SyncStatus:
    queued: int
    sent: int
    last_error: str | None
    auth_failed: bool = False


class SyncWorker:
    """Sends in the background: every `interval` seconds, backing off exponentially after a failure."""

    def __init__(self, outbox: Outbox, config: LrsConfig, since: float | None,
                 on_status: Callable[[SyncStatus], None] | None = None, interval: float = INTERVAL) -> None:
        self.outbox, self.config, self.since = outbox, config, since
        self.on_status, self.interval = on_status, interval
        self.failures = 0
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="lrs-sync", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout)

    def delay(self) -> float:
        if not self.failures:
            return self.interval
        return min(BACKOFF_START * 2 ** (self.failures - 1), BACKOFF_MAX)

    def _run(self) -> None:
        client: LrsClient | None = None
        while not self._stop.is_set():
            try:
                client = client or LrsClient(self.config)
                self.outbox.prune()
                result = sync(self.outbox, client, self.since)
            except Exception as exc:  # keep the worker alive; report and retry later
                log.exception("LRS sync failed")
                result = SyncResult(0, 0, str(exc))
            self.failures = self.failures + 1 if result.error else 0
            self._report(result)
            self._wake.wait(self.delay())
            self._wake.clear()
        if client is not None:
            client.close()

    def _report(self, result: SyncResult) -> None:
        if self.on_status is not None:
            counts = self.outbox.counts(self.since)
            self.on_status(SyncStatus(counts.queued, counts.sent, result.error, result.auth_failed))
