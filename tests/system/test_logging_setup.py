"""The log: one file in the state folder, verbose adds debug, and a large one is moved aside at the next start."""

from __future__ import annotations

import logging

import pytest

from smartcourse_desktop.system.logging_setup import LOG_NAME, rotate, setup_logging


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


def test_a_large_log_is_kept_as_dot_one_and_the_oldest_is_dropped(tmp_path):
    tmp_path = tmp_path / "logs"
    tmp_path.mkdir()
    log = tmp_path / LOG_NAME
    for name, text in ((LOG_NAME, "newest"), (f"{LOG_NAME}.1", "older"), (f"{LOG_NAME}.2", "oldest")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    rotate(log, max_bytes=3, keep=2)
    assert not log.exists()
    assert (tmp_path / f"{LOG_NAME}.1").read_text(encoding="utf-8") == "newest"
    assert (tmp_path / f"{LOG_NAME}.2").read_text(encoding="utf-8") == "older"
    rotate(log, max_bytes=3, keep=2)  # nothing to rotate
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{LOG_NAME}.1", f"{LOG_NAME}.2"]


def test_a_small_log_is_appended_to(tmp_path):
    (tmp_path / LOG_NAME).write_text("before\n", encoding="utf-8")
    log_file = setup_logging(tmp_path)
    logging.getLogger("smartcourse_desktop.test").info("after")
    for handler in logging.getLogger().handlers:
        handler.close()
    logging.getLogger().handlers[:] = []
    text = log_file.read_text(encoding="utf-8")
    assert text.startswith("before\n") and "after" in text
