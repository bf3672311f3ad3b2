"""Machine-wide configuration that IT sets in a TOML file (site config dir)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Policy:
    extra_roots: tuple[Path, ...] = ()
    system_library: Path | None = None
    language: str | None = None
    allow_import: bool = True
    require_signed: bool = False
    trusted_keys: tuple[str, ...] = ()
    lrs_endpoint: str | None = None
    lrs_credentials_file: Path | None = None  # TOML: username, password (Basic auth); admin-writable only
    lrs_ca_file: Path | None = None  # extra CA certificates (PEM) for an internal LRS
    lrs_home_page: str | None = None  # the xAPI account homePage of the learners
    lrs_actor_names: dict[str, str] = field(default_factory=dict)  # OS user → account name, or "mailto:…"
    lrs_send_backlog: bool = False  # also send what was recorded before an LRS was configured
    lrs_learner_endpoint: bool = False  # the learner may set an endpoint (setting lrs.endpoint)
    locked_settings: dict[str, Any] = field(default_factory=dict)
    source: Path | None = None
    problem: str | None = None


_FIELDS: dict[str, type] = {
    "extra_roots": list,
    "system_library": str,
    "language": str,
    "allow_import": bool,
    "require_signed": bool,
    "trusted_keys": list,
    "lrs_endpoint": str,
    "lrs_credentials_file": str,
    "lrs_ca_file": str,
    "lrs_home_page": str,
    "lrs_actor_names": dict,
    "lrs_send_backlog": bool,
    "lrs_learner_endpoint": bool,
    "settings": dict,
}


def load_policy(path: Path) -> Policy:
    """Read the policy file. A missing file means defaults; a broken one, defaults and a problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Policy()
    except (OSError, UnicodeDecodeError) as exc:
        return _broken(path, exc)
    import tomllib  # only machines with a policy file pay for it at start-up

    try:
        return _policy_from(tomllib.loads(text), path)
    except (tomllib.TOMLDecodeError, ValueError) as exc:
        return _broken(path, exc)


def _broken(path: Path, exc: Exception) -> Policy:
    problem = f"The machine configuration {path} is invalid ({exc}); safe defaults are used."
    log.warning(problem)
    return Policy(source=path, problem=problem)


def _policy_from(data: dict[str, Any], path: Path) -> Policy:
    for key, value in data.items():
        expected = _FIELDS.get(key)
        if expected is None:
            raise ValueError(f"unknown key {key!r}")
        if not isinstance(value, expected):
            raise ValueError(f"{key} must be a {expected.__name__}")
    _check_values(data)
    return Policy(
        extra_roots=tuple(Path(str(p)) for p in data.get("extra_roots", ())),
        system_library=Path(data["system_library"]) if "system_library" in data else None,
        language=data.get("language"),
        allow_import=data.get("allow_import", True),
        require_signed=data.get("require_signed", False),
        trusted_keys=tuple(str(k) for k in data.get("trusted_keys", ())),
        lrs_endpoint=data.get("lrs_endpoint"),
        lrs_credentials_file=Path(data["lrs_credentials_file"]) if "lrs_credentials_file" in data else None,
        lrs_ca_file=Path(data["lrs_ca_file"]) if "lrs_ca_file" in data else None,
        lrs_home_page=data.get("lrs_home_page"),
        lrs_actor_names={str(k): str(v) for k, v in data.get("lrs_actor_names", {}).items()},
        lrs_send_backlog=data.get("lrs_send_backlog", False),
        lrs_learner_endpoint=data.get("lrs_learner_endpoint", False),
        locked_settings=dict(data.get("settings", {})),
        source=path,
    )


def _check_values(data: dict[str, Any]) -> None:
    for key in ("extra_roots", "trusted_keys"):
        if not all(isinstance(item, str) and item.strip() for item in data.get(key, ())):
            raise ValueError(f"{key} must be a list of non-empty strings")
    for key in ("lrs_endpoint", "lrs_home_page"):
        value = data.get(key)
        if value is not None and not value.startswith(("https://", "http://")):
            raise ValueError(f"{key} must be an http:// or https:// address")
