"""Running a subcommand: a typed error is one line on stderr and exit status 1; Ctrl+C is 130."""

from __future__ import annotations

import argparse

import pytest

from smartcourse_desktop.cli.main import run
from smartcourse_desktop.cli.registry import COMMANDS, command
from smartcourse_desktop.system.errors import LibraryError


@pytest.fixture
def failing_commands():
    @command("test-fails")
    def fails(_args, _context):
        raise LibraryError("the folder is read-only")

    @command("test-interrupted")
    def interrupted(_args, _context):
        raise KeyboardInterrupt

    yield
    del COMMANDS["test-fails"], COMMANDS["test-interrupted"]


def test_errors_are_one_line_with_an_exit_status(capsys, context, failing_commands):
    assert run(argparse.Namespace(command="test-fails"), context) == 1
    assert capsys.readouterr().err == "smartcourse test-fails: the folder is read-only\n"
    assert run(argparse.Namespace(command="test-interrupted"), context) == 130
    assert capsys.readouterr().err == "smartcourse test-interrupted: interrupted\n"
