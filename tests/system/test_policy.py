"""The machine policy IT writes: the documented example parses, a broken file never crashes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from smartcourse_desktop.context import Context
from smartcourse_desktop.system.policy import Policy, load_policy
from smartcourse_desktop.system.settings import Settings

EXAMPLE = Path(__file__).resolve().parents[2] / "packaging" / "policy.example.toml"


def write_policy(paths, text: str) -> Path:
    paths.policy_file.parent.mkdir(parents=True, exist_ok=True)
    paths.policy_file.write_text(text, encoding="utf-8")
    return paths.policy_file


def test_missing_file_means_defaults(tmp_path):
    assert load_policy(tmp_path / "nope.toml") == Policy()


def test_documented_example_sets_every_field():
    policy = load_policy(EXAMPLE)
    assert policy.problem is None
    assert Path("/mnt/training/smartcourse") in policy.extra_roots
    assert policy.language == "de"
    assert policy.allow_import is False
    assert policy.require_signed is True
    assert len(policy.trusted_keys) == 1
    assert policy.lrs_endpoint is None  # commented out: the app stays offline
    assert policy.locked_settings["progress.completion_threshold"] == 0.9


def test_policy_locks_settings_and_adds_library_roots(paths):
    share = paths.data.parent / "share"
    write_policy(paths, f'extra_roots = ["{share}"]\nallow_import = false\n[settings]\n"player.rate" = 1.5\n')
    context = Context.create(paths)
    assert context.settings.is_locked("player.rate") and context.settings.get("player.rate") == 1.5
    assert share in [root.path for root in context.library.roots]
    assert context.policy.allow_import is False


def test_broken_toml_gives_defaults_and_a_problem(paths):
    write_policy(paths, "allow_import = [unclosed\n")
    policy = load_policy(paths.policy_file)
    assert policy.problem and str(paths.policy_file) in policy.problem
    assert policy.allow_import is True and policy.require_signed is False


def test_wrong_types_and_unknown_keys_are_problems(paths):
    for text in ('require_signed = "yes"\n', 'lrs_endpont = "https://x"\n', "trusted_keys = [1, 2]\n",
                 'lrs_endpoint = "ftp://lrs.example.org"\n'):
        write_policy(paths, text)
        assert load_policy(paths.policy_file).problem, text


def test_locked_value_of_wrong_type_falls_back_to_default(tmp_path):
    settings = Settings(tmp_path / "s.json", Policy(locked_settings={"player.rate": "fast"}))
    assert settings.get("player.rate") == 1.0


def test_cli_warns_on_stderr_and_still_works(paths):
    write_policy(paths, "this is not toml\n")
    result = subprocess.run([sys.executable, "-m", "smartcourse_desktop", "list"], capture_output=True,
                            text=True, env=dict(os.environ), timeout=120)
    assert result.returncode == 0
    assert "warning" in result.stderr and "policy.toml" in result.stderr
    assert "Smart Cities for City Officials" in result.stdout
