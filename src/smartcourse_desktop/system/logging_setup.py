"""One log file in the state folder, rotated at start-up; the GUI never prints.

Rotating at start-up rather than with logging.handlers.RotatingFileHandler keeps that module
(and the socket and pickle modules it pulls in, ~30 ms) off the start-up path."""

from __future__ import annotations

import logging
from pathlib import Path

LOG_NAME = "smartcourse.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
KEEP = 3


def rotate(log_file: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
    """Once the log has grown past `max_bytes`, move it to .1 (and .1 to .2, …), keeping `keep` old logs."""
    if not log_file.exists() or log_file.stat().st_size < max_bytes:
        return
    for n in range(keep - 1, 0, -1):
        older = log_file.with_name(f"{log_file.name}.{n}")
        if older.exists():
            older.replace(log_file.with_name(f"{log_file.name}.{n + 1}"))
    log_file.replace(log_file.with_name(f"{log_file.name}.1"))


def setup_logging(log_dir: Path, verbose: bool = False) -> Path | None:
    """Log to `log_dir`/smartcourse.log and return its path. A folder that can't be written
    (read-only, full, missing) must not stop the app: logging goes to stderr, with one warning,
    and None is returned."""
    log_file = log_dir / LOG_NAME
    handler: logging.Handler
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        try:
            rotate(log_file)
        except OSError as exc:  # e.g. another running instance holds the file open on Windows
            logging.getLogger(__name__).debug("log not rotated: %s", exc)
        handler = logging.FileHandler(log_file, encoding="utf-8")
        problem = None
    except OSError as exc:
        handler, problem = logging.StreamHandler(), exc
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if problem is None:
        return log_file
    logging.getLogger(__name__).warning("cannot write the log file %s (%s); logging to the error output",
                                        log_file, problem.strerror or problem)
    return None
