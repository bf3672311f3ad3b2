"""One rotating log file in the state folder."""

from __future__ import annotations

import logging

import pytest

from smartcourse_desktop.system.logging_setup import setup_logging


@pytest.fixture
def restore_root_logger():
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    for handler in root.handlers:
        handler.close()
    root.handlers[:], root.level = handlers, level


def test_messages_go_to_the_log_file_and_verbose_adds_debug(tmp_path, restore_root_logger):
    log_file = setup_logging(tmp_path / "logs")
    logging.getLogger("smartcourse_desktop.test").info("hello from the test")
    logging.getLogger("smartcourse_desktop.test").debug("not at info level")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "INFO smartcourse_desktop.test: hello from the test" in text and "not at info level" not in text
    setup_logging(tmp_path / "logs", verbose=True)
    assert logging.getLogger().level == logging.DEBUG
