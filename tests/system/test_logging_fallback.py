"""A log folder that can't be written never stops a command: logging falls back to stderr, once."""

from __future__ import annotations

import logging

from smartcourse_desktop.app import main
from smartcourse_desktop.system.logging_setup import setup_logging


def test_unwritable_log_folder_logs_to_stderr_with_one_warning(tmp_path, capsys):
    blocker = tmp_path / "state"
    blocker.write_text("a file where the log folder should be", encoding="utf-8")
    assert setup_logging(blocker / "logs") is None
    logging.getLogger("smartcourse_desktop.test").warning("still logged")
    err = capsys.readouterr().err
    assert err.count("cannot write the log file") == 1 and "still logged" in err


def test_commands_run_with_an_unwritable_state_folder(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "state-file"
    blocker.write_text("a file where the state folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    assert main(["list"]) == 0
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "cannot write the log file" in err
    assert "smart-cities-for-city-officials" in out
