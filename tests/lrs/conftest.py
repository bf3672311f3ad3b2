"""A real Ralph LRS per test (fresh storage folder), and a machine policy pointing at it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.lrs import ralph_lrs


@pytest.fixture(scope="session")
def ralph_auth(tmp_path_factory: pytest.TempPathFactory) -> Path:
    reason = ralph_lrs.missing_reason()
    if reason:
        pytest.skip(reason)
    return ralph_lrs.make_auth_file(tmp_path_factory.mktemp("ralph-auth") / "auth.json")


@pytest.fixture
def ralph(ralph_auth: Path, tmp_path: Path) -> Iterator[ralph_lrs.RalphServer]:
    server = ralph_lrs.RalphServer(tmp_path / "ralph", ralph_auth).start()
    yield server
    server.stop()


def write_credentials(folder: Path, password: str = ralph_lrs.PASSWORD) -> Path:
    """The credentials file as IT installs it: root's, readable by the learner, writable by no one else."""
    if os.name == "posix" and os.geteuid() != 0:
        pytest.skip("the credentials file must be owned by root; these tests run as root (as CI does)")
    path = folder / "lrs-credentials.toml"
    path.write_text(f'username = "{ralph_lrs.USER}"\npassword = "{password}"\n', encoding="utf-8")
    path.chmod(0o644)
    return path
