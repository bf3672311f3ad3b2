"""The command line: a bare package opens the window; a typed error is one line and an exit status."""

from __future__ import annotations

import argparse

import pytest

from smartcourse_desktop.cli.main import parse_args, run
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


@pytest.mark.parametrize("argv", [
    ["{pkg}"],
    ["--verbose", "{pkg}"],
    ["{pkg}", "{pkg}"],
    ["{missing}"],
    ["{folder}"],
])
def test_a_bare_package_means_gui(tmp_path, argv):
    (tmp_path / "demo.smartcourse").write_bytes(b"PK")
    names = {"pkg": tmp_path / "demo.smartcourse", "missing": tmp_path / "gone.SmartCourse", "folder": tmp_path}
    argv = [arg.format(**names) for arg in argv]
    args = parse_args(argv)
    assert args.command == "gui"
    assert args.packages == [arg for arg in argv if not arg.startswith("-")]


def test_subcommands_are_unchanged(tmp_path):
    assert parse_args(["list"]).command == "list"
    assert parse_args(["import", str(tmp_path)]).command == "import"
    assert parse_args([]).command is None


def test_a_typo_is_still_an_invalid_choice(capsys):
    with pytest.raises(SystemExit):
        parse_args(["lsit"])
    assert "invalid choice" in capsys.readouterr().err
