"""One rotating log file in the state folder; the GUI never prints."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "smartcourse.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_dir: Path, verbose: bool = False) -> Path | None:
    """Log to `log_dir`/smartcourse.log and return its path. A folder that can't be written
    (read-only, full, missing) must not stop the app: logging goes to stderr, with one warning,
    and None is returned."""
    log_file = log_dir / LOG_NAME
    handler: logging.Handler
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
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
