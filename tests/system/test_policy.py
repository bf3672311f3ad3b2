"""The machine policy IT writes: the documented example is safe to copy, and a broken file fails closed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from smartcourse_desktop.context import Context
from smartcourse_desktop.courses.importer import target_root
from smartcourse_desktop.system.errors import LibraryError
from smartcourse_desktop.system.policy import Policy, load_policy
from smartcourse_desktop.system.policy_file import MAX_POLICY_BYTES
from smartcourse_desktop.system.settings import Settings
from tests.package_factory import COURSE_ID, make_source

EXAMPLE = Path(__file__).resolve().parents[2] / "packaging" / "policy.example.toml"
BUNDLED_TITLE = "Smart Cities for City Officials"


def write_policy(paths, text: str | bytes) -> Path:
    paths.policy_file.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode() if isinstance(text, str) else text
    paths.policy_file.write_bytes(data)
    return paths.policy_file


def test_missing_file_means_defaults(tmp_path):
    assert load_policy(tmp_path / "nope.toml") == Policy()


def test_documented_example_is_safe_to_copy():
    """Copied as it is, the example restricts nothing, not even the learner's language."""
    policy = load_policy(EXAMPLE)
    assert policy.problem is None
    assert policy.allow_import is True and policy.require_signed is False and policy.trusted_keys == ()
    assert policy.extra_roots == () and policy.lrs_endpoint is None
    assert policy.language is None and "ui.language" not in policy.locked_settings


def test_documented_example_lists_every_schema_key():
    from smartcourse_desktop.system.policy_schema import known_keys

    text = EXAMPLE.read_text(encoding="utf-8")
    deploying = (EXAMPLE.parents[1] / "docs" / "deploying.md").read_text(encoding="utf-8")
    for key in known_keys():
        assert key in text, key
        assert f"`{key}`" in deploying, key


def test_policy_locks_settings_and_adds_library_roots(paths):
    share = paths.data.parent / "share"
    write_policy(paths, f'extra_roots = ["{share}"]\nallow_import = false\n[settings]\n"player.rate" = 1.5\n')
    context = Context.create(paths)
    assert context.settings.is_locked("player.rate") and context.settings.get("player.rate") == 1.5
    assert share in [root.path for root in context.library.roots]
    assert context.policy.allow_import is False


def test_keys_of_other_issues_are_accepted(paths):
    write_policy(paths, 'allow_downgrade = true\ncompletion_threshold = 0.8\nlrs_endpoint = "https://lrs.example.org/x"\n'
                        'lrs_credentials_file = "/etc/smartcourse/lrs.auth"\nlrs_ca_file = "/etc/ssl/lrs.pem"\n'
                        'lrs_home_page = "https://intranet.example.org"\nlrs_send_backlog = true\n'
                        'lrs_learner_endpoint = false\n[lrs_actor_names]\nanna = "a.svensson"\n')
    policy = Context.create(paths).policy
    assert policy.problem is None
    assert policy.allow_downgrade and policy.completion_threshold == 0.8 and policy.lrs_send_backlog
    assert policy.lrs_actor_names == {"anna": "a.svensson"}
    assert policy.lrs_credentials_file == Path("/etc/smartcourse/lrs.auth")


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _device(path: Path) -> None:
    path.symlink_to("/dev/zero")  # endless: reading it would never finish


def _folder(path: Path) -> None:
    path.mkdir()


def _big(path: Path) -> None:
    path.write_text("# padding\n" * (MAX_POLICY_BYTES // 10 + 1) + "allow_import = true\n", encoding="utf-8")


BROKEN_TEXT = {
    "syntax error": "allow_import = [unclosed\n",
    "wrong type": 'require_signed = "yes"\n',
    "unknown key": 'trusted_key = ["mJ3Y4b6xkq0cU2bS0aL8M1n6rX2n6s1a5pQx8f1J3yE="]\nrequire_signed = true\n',
    "not a list of strings": "trusted_keys = [1, 2]\n",
    "not an http address": 'lrs_endpoint = "ftp://lrs.example.org"\n',
    "binary content": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe",
    "a date": "allow_import = 2024-01-01\n",
}
BROKEN_FILES = {"a folder": _folder, "a FIFO": _fifo, "a device": _device, "over 1 MiB": _big}


def assert_fails_closed(paths, expected: str) -> None:
    context = Context.create(paths)
    policy = context.policy
    assert policy.restricted and policy.problem is not None
    assert str(paths.policy_file) in policy.problem and expected in policy.problem
    assert policy.allow_import is False and policy.lrs_endpoint is None and policy.require_signed is True
    assert policy.problem in context.notices
    for system in (False, True):
        with pytest.raises(LibraryError, match="importing is turned off"):
            target_root(context.library, policy, system)
    assert BUNDLED_TITLE in [i.course.title for i in context.library.scan()]  # installed courses stay


@pytest.mark.parametrize("kind", list(BROKEN_TEXT))
def test_broken_policy_text_fails_closed(paths, kind):
    write_policy(paths, BROKEN_TEXT[kind])
    expected = {"unknown key": "did you mean 'trusted_keys'", "binary content": "not UTF-8"}.get(kind, "")
    assert_fails_closed(paths, expected)


@pytest.mark.parametrize("kind", list(BROKEN_FILES))
def test_policy_that_is_not_a_small_file_fails_closed_unread(paths, kind):
    paths.policy_file.parent.mkdir(parents=True, exist_ok=True)
    BROKEN_FILES[kind](paths.policy_file)
    assert_fails_closed(paths, "" if kind == "a folder" else "not read")


def test_user_import_with_a_broken_policy_is_refused_end_to_end(paths, tmp_path):
    write_policy(paths, "require_signed = 1\n")
    package = make_source(tmp_path / "src")
    result = subprocess.run([sys.executable, "-m", "smartcourse_desktop", "import", str(package)],
                            capture_output=True, text=True, env=dict(os.environ), timeout=120)
    assert result.returncode == 1 and "importing is turned off" in result.stderr
    assert not (paths.user_library / COURSE_ID).exists()


def test_locked_value_of_wrong_type_falls_back_to_default(tmp_path):
    settings = Settings(tmp_path / "s.json", Policy(locked_settings={"player.rate": "fast"}))
    assert settings.get("player.rate") == 1.0


def test_cli_warns_on_stderr_and_still_lists_courses(paths):
    write_policy(paths, "this is not toml\n")
    result = subprocess.run([sys.executable, "-m", "smartcourse_desktop", "list"], capture_output=True,
                            text=True, env=dict(os.environ), timeout=120)
    assert result.returncode == 0
    assert "warning" in result.stderr and "policy.toml" in result.stderr and "turned off" in result.stderr
    assert BUNDLED_TITLE in result.stdout


def test_start_up_does_not_import_jsonschema(paths):
    write_policy(paths, 'allow_import = false\nextra_roots = ["/srv/courses"]\n')
    code = ("import sys; from smartcourse_desktop.context import Context; from smartcourse_desktop.system.paths "
            "import Paths; c = Context.create(Paths.default()); assert c.policy.allow_import is False; "
            "print('jsonschema' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ),
                            timeout=120)
    assert result.stdout.strip() == "False", result.stderr
