"""The entry point reads its arguments; a plain start needs no command-line parser."""

from __future__ import annotations

from smartcourse_desktop.app import parse_arguments
from smartcourse_desktop.cli.main import build_parser


def test_a_plain_start_reads_like_the_parser_would():
    for argv in ([], ["--verbose"]):
        fast, full = parse_arguments(argv), build_parser().parse_args(argv)
        assert (fast.command, fast.verbose) == (full.command, full.verbose)
        assert fast.packages == []


def test_other_arguments_go_through_the_parser():
    args = parse_arguments(["gui", "course.smartcourse"])
    assert args.command == "gui" and args.packages == ["course.smartcourse"]
