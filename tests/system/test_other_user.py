"""What IT does as root, then what an ordinary learner sees: run as a second user (nobody) with setpriv.

Needs root (to switch user) and setpriv; the read-only-media case also needs `unshare -m` and mount.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.package_factory import COURSE_ID, make_source

LEARNER = 65534  # nobody
SWITCH_USER = hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("setpriv") is not None
pytestmark = pytest.mark.skipif(not SWITCH_USER, reason="needs root and setpriv to run the app as a second user")
FROZEN = ("import sys; sys.frozen = True; sys.executable = sys.argv.pop(1); "
          "from smartcourse_desktop.app import main; sys.exit(main(sys.argv[1:]))")


@pytest.fixture
def shared() -> Iterator[Path]:
    """A folder every user can enter (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="smartcourse-test-", dir="/tmp"))
    folder.chmod(0o755)
    home = folder / "home"
    home.mkdir()
    os.chown(home, LEARNER, LEARNER)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def environment(shared: Path, home_name: str = "home") -> dict[str, str]:
    home = shared / home_name
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"),
               SMARTCOURSE_MACHINE_ROOT=str(shared / "machine"), PYTHONDONTWRITEBYTECODE="1")
    return env


def run(args: list[str], env: dict[str, str], *, learner: bool, umask: int = 0o022,
        prefix: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    switch = ["setpriv", f"--reuid={LEARNER}", f"--regid={LEARNER}", "--clear-groups"] if learner else []
    return subprocess.run([*(prefix or []), *switch, sys.executable, *args], capture_output=True, text=True,
                          env=env, timeout=120, preexec_fn=lambda: os.umask(umask), cwd="/")


def course_ids(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert result.returncode == 0, result.stderr
    return [row["id"] for row in json.loads(result.stdout)]


def test_umask_077_system_import_then_a_learner_starts(shared):
    env = environment(shared)
    source = make_source(shared / "src")
    shutil.chown(shared / "src", 0, 0)
    imported = run(["-m", "smartcourse_desktop", "import", "--system", str(source)], environment(shared, "root"),
                   learner=False, umask=0o077)
    assert imported.returncode == 0, imported.stderr
    assert (shared / "machine" / "courses").stat().st_mode & 0o777 == 0o755
    listed = run(["-m", "smartcourse_desktop", "list", "--json"], env, learner=True)
    assert COURSE_ID in course_ids(listed)
    assert "Traceback" not in listed.stderr
    window = run(["-m", "smartcourse_desktop"], dict(env, QT_QPA_PLATFORM="offscreen", SMARTCOURSE_EXIT_WHEN_IDLE="1"),
                 learner=True)
    assert window.returncode == 0 and "Traceback" not in window.stderr, window.stderr


def test_unreadable_machine_library_is_named_not_a_crash(shared):
    env = environment(shared)
    library = shared / "machine" / "courses"
    library.mkdir(parents=True)
    library.chmod(0o700)  # made by an older version under umask 077
    listed = run(["-m", "smartcourse_desktop", "list", "--json"], env, learner=True)
    assert course_ids(listed)  # the bundled course, at least
    assert f"library root {library}: not readable" in listed.stderr
    assert "Traceback" not in listed.stderr


def test_policy_the_learner_cannot_read_fails_closed(shared):
    env = environment(shared)
    (shared / "machine").mkdir(mode=0o755)
    policy = shared / "machine" / "policy.toml"
    policy.write_text("allow_import = true\n", encoding="utf-8")
    policy.chmod(0o600)  # written under umask 077
    source = make_source(shared / "src")
    result = run(["-m", "smartcourse_desktop", "import", str(source)], env, learner=True)
    assert result.returncode == 1
    assert f"{policy} cannot be used: cannot be read (Permission denied)" in result.stderr
    assert "turned off" in result.stderr


def portable_folder(shared: Path) -> Path:
    app = shared / "usb" / "SmartCourse"
    courses = app / "smartcourse-data" / "data" / "courses"
    courses.mkdir(parents=True)
    (app / "smartcourse-portable").touch()
    from smartcourse_desktop.courses.importer import import_course

    import_course(make_source(shared / "src"), courses)
    for folder in (shared / "usb", app, *app.rglob("*")):
        if folder.is_dir():
            folder.chmod(0o755)
    return app


def assert_read_only_portable(result: subprocess.CompletedProcess[str], app: Path, shared: Path) -> None:
    assert COURSE_ID in course_ids(result)
    assert f"The portable folder {app / 'smartcourse-data'} cannot be written" in result.stderr
    assert str(shared / "home" / "data") in result.stderr  # where progress goes instead


def test_portable_folder_the_learner_does_not_own_runs_read_only(shared):
    app = portable_folder(shared)
    result = run(["-c", FROZEN, str(app / "smartcourse"), "list", "--json"], environment(shared), learner=True)
    assert_read_only_portable(result, app, shared)


def test_portable_on_read_only_media_runs_read_only(shared):
    if subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode != 0:
        pytest.skip("unshare -m is not allowed here (needs CAP_SYS_ADMIN)")
    app = portable_folder(shared)
    usb = shared / "usb"
    mount = f'mount --bind "{usb}" "{usb}" && mount -o remount,ro,bind "{usb}" && exec "$@"'
    env = environment(shared, "root")
    result = run(["-c", FROZEN, str(app / "smartcourse"), "list", "--json"], env, learner=False,
                 prefix=["unshare", "-m", "sh", "-c", mount, "sh"])
    assert COURSE_ID in course_ids(result)
    assert f"The portable folder {app / 'smartcourse-data'} cannot be written" in result.stderr
    assert str(shared / "root" / "data") in result.stderr
