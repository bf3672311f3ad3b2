"""A real Ralph LRS on 127.0.0.1 for the tests, from its own venv (RALPH_VENV or .venv-ralph).

`./dev test` installs that venv (Ralph pins its own FastAPI and uvicorn); where it is missing,
the tests that need Ralph skip and say why.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENV = Path(os.environ.get("RALPH_VENV", ROOT / ".venv-ralph"))
PYTHON = VENV / "bin" / "python"
RALPH = VENV / "bin" / "ralph"
LAUNCHER = Path(__file__).with_name("ralph_launcher.py")
USER, PASSWORD = "smartcourse", "statement-writer-secret"
HOME_PAGE = "https://lrs.example.org"


def missing_reason() -> str | None:
    if not PYTHON.exists() or not RALPH.exists():
        return f"Ralph is not installed in {VENV} (./dev test installs it)"
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def make_auth_file(target: Path) -> Path:
    """Ralph's Basic-auth file with one statement-writing user (`ralph auth` needs the fs backend set)."""
    env = {**os.environ, "RALPH_RUNSERVER_BACKEND": "fs", "RALPH_AUTH_FILE": str(target)}
    subprocess.run([str(RALPH), "auth", "-u", USER, "-p", PASSWORD, "-s", "all", "-A", USER, HOME_PAGE, "-w"],
                   env=env, check=True, capture_output=True, cwd=target.parent)
    return target


class RalphServer:
    def __init__(self, folder: Path, auth_file: Path, port: int | None = None) -> None:
        self.folder, self.auth_file = folder, auth_file
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None
        folder.mkdir(parents=True, exist_ok=True)

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI"

    def start(self) -> RalphServer:
        env = {**os.environ, "RALPH_RUNSERVER_BACKEND": "fs", "RALPH_AUTH_FILE": str(self.auth_file),
               "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.folder)}
        log = (self.folder / "ralph.log").open("ab")
        self.process = subprocess.Popen([str(PYTHON), str(LAUNCHER), str(self.port)], env=env, cwd=self.folder,
                                        stdout=log, stderr=subprocess.STDOUT)
        log.close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Ralph exited: {(self.folder / 'ralph.log').read_text()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("Ralph did not start listening")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(30)
        self.process = None

    def stored(self) -> list[dict]:
        """What Ralph stored: read from its file, not through its own API."""
        path = self.folder / "fs_lrs.jsonl"
        if not path.exists():
            return []
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def validate(statements: list[dict], fail_on_unknown: bool = True) -> subprocess.CompletedProcess[str]:
    """`ralph validate -f xapi` over the statements, one JSON document a line."""
    text = "".join(json.dumps(s) + "\n" for s in statements)
    args = [str(RALPH), "validate", "-f", "xapi"] + (["--fail-on-unknown"] if fail_on_unknown else [])
    return subprocess.run(args, input=text, capture_output=True, text=True, timeout=120)
