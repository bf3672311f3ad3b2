"""The command line: a bare package argument opens the window and imports it, as a double-click does."""

from __future__ import annotations

import pytest

from smartcourse_desktop.cli.main import parse_args


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
