"""The entry point: a subcommand runs headless and returns its status; a plain start needs no parser."""

from __future__ import annotations

import pytest

from smartcourse_desktop import __version__
from smartcourse_desktop.app import main, parse_arguments
from smartcourse_desktop.cli.main import build_parser
from tests.system.test_logging_setup import restore_root_logger  # noqa: F401  (a fixture)

BUNDLED_ID = "org.smartcourse.smart-cities-for-city-officials"


def test_a_subcommand_runs_without_a_window_and_logs_to_the_state_folder(capsys, paths, restore_root_logger):  # noqa: F811
    assert main(["list"]) == 0
    assert BUNDLED_ID in capsys.readouterr().out
    assert (paths.logs / "smartcourse.log").exists()


def test_version_and_a_failing_command(capsys, restore_root_logger):  # noqa: F811
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0 and __version__ in capsys.readouterr().out
    assert main(["remove", "org.example.not-installed"]) == 1
    assert capsys.readouterr().err.startswith("smartcourse remove: ")


def test_a_plain_start_reads_like_the_parser_would():
    for argv in ([], ["--verbose"]):
        fast, full = parse_arguments(argv), build_parser().parse_args(argv)
        assert (fast.command, fast.verbose) == (full.command, full.verbose)
        assert fast.packages == []


def test_other_arguments_go_through_the_parser():
    args = parse_arguments(["gui", "course.smartcourse"])
    assert args.command == "gui" and args.packages == ["course.smartcourse"]
