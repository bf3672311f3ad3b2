"""Machine-wide configuration that IT sets in a TOML file at a fixed place (system/machine.py).

A policy that exists but cannot be used fails closed: no imports, nothing sent to an LRS,
installed courses stay available, and the problem is shown (`Policy.problem`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smartcourse_desktop.system.errors import PolicyError
from smartcourse_desktop.system.i18n import _
from smartcourse_desktop.system.machine import MachineDirs, trusted_owners
from smartcourse_desktop.system.policy_file import read_policy_data

log = logging.getLogger(__name__)

# Booleans a portable policy may only turn towards the safe side.
_ONLY_IF_BOTH = ("allow_import", "allow_downgrade", "lrs_send_backlog", "lrs_learner_endpoint")
_IF_EITHER = ("require_signed",)


@dataclass(frozen=True)
class Policy:
    extra_roots: tuple[Path, ...] = ()
    system_library: Path | None = None
    language: str | None = None
    allow_import: bool = True
    allow_downgrade: bool = False
    require_signed: bool = False
    trusted_keys: tuple[str, ...] = ()
    completion_threshold: float | None = None
    lrs_endpoint: str | None = None
    lrs_credentials_file: Path | None = None
    lrs_ca_file: Path | None = None
    lrs_home_page: str | None = None
    lrs_actor_names: dict[str, str] = field(default_factory=dict)
    lrs_send_backlog: bool = False
    lrs_learner_endpoint: bool = False
    locked_settings: dict[str, Any] = field(default_factory=dict)
    source: Path | None = None
    problem: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def restricted(self) -> bool:
        """True when a broken policy file put the app in its restrictive state."""
        return self.problem is not None

    def lrs_target(self, learner_endpoint: str = "") -> str:
        """The LRS address to send to ("" for none): IT's, else the learner's if IT allows one."""
        return self.lrs_endpoint or (learner_endpoint.strip() if self.lrs_learner_endpoint else "")

    @classmethod
    def restrictive(cls, error: PolicyError, warnings: tuple[str, ...] = ()) -> Policy:
        problem = _("The machine policy {path} cannot be used: {problem}. Importing courses and sending progress "
                    "are turned off until it is fixed (smartcourse policy check).").format(path=error.path,
                                                                                          problem=error.problem)
        log.error(problem)
        return cls(allow_import=False, require_signed=True, source=Path(str(error.path)), problem=problem,
                   warnings=warnings)


def policy_from(data: dict[str, Any], source: Path | None = None, warnings: tuple[str, ...] = ()) -> Policy:
    """A Policy from a table that already passed the schema."""
    def path(key: str) -> Path | None:
        return Path(data[key]) if key in data else None

    return Policy(
        extra_roots=tuple(Path(p) for p in data.get("extra_roots", ())),
        system_library=path("system_library"),
        language=data.get("language"),
        allow_import=data.get("allow_import", True),
        allow_downgrade=data.get("allow_downgrade", False),
        require_signed=data.get("require_signed", False),
        trusted_keys=tuple(k.strip() for k in data.get("trusted_keys", ())),
        completion_threshold=data.get("completion_threshold"),
        lrs_endpoint=data.get("lrs_endpoint"),
        lrs_credentials_file=path("lrs_credentials_file"),
        lrs_ca_file=path("lrs_ca_file"),
        lrs_home_page=data.get("lrs_home_page"),
        lrs_actor_names=dict(data.get("lrs_actor_names", {})),
        lrs_send_backlog=data.get("lrs_send_backlog", False),
        lrs_learner_endpoint=data.get("lrs_learner_endpoint", False),
        locked_settings=_locked_settings(data),
        source=source,
        warnings=warnings,
    )


def _locked_settings(data: dict[str, Any]) -> dict[str, Any]:
    """The `[settings]` table; a policy `language` fixes the learner's language choice as well."""
    locked = dict(data.get("settings", {}))
    if "language" in data:
        locked["ui.language"] = data["language"]
    return locked


def load_policy(path: Path, owners: frozenset[int] | None = None) -> Policy:
    """One policy file: defaults when it is missing, the restrictive state when it is broken."""
    try:
        data = read_policy_data(path, owners)
    except PolicyError as exc:
        return Policy.restrictive(exc)
    return policy_from(data or {}, path if data is not None else None)


def load_machine_policy(dirs: MachineDirs, portable_file: Path | None = None) -> Policy:
    """The machine policy, always; a portable policy beside the app may only restrict it further."""
    policy_file, warnings = machine_policy_file(dirs)
    for warning in warnings:
        log.warning(warning)
    try:
        machine = read_policy_data(policy_file, trusted_owners(dirs))
        portable = read_policy_data(portable_file) if portable_file is not None else None
    except PolicyError as exc:
        return Policy.restrictive(exc, warnings)
    source = policy_file if machine is not None else (portable_file if portable is not None else None)
    return policy_from(restrict(machine or {}, portable or {}), source, warnings)


def machine_policy_file(dirs: MachineDirs) -> tuple[Path, tuple[str, ...]]:
    """The file to obey: the fixed one, else a legacy one (never silently dropped), with warnings."""
    legacy = [p for p in dirs.legacy_policy_files if p.exists() or p.is_symlink()]
    if dirs.policy_file.exists() or dirs.policy_file.is_symlink() or not legacy:
        ignored = _("{old} is ignored: {policy_file} is the machine policy now; delete the old file")
        return dirs.policy_file, tuple(ignored.format(old=p, policy_file=dirs.policy_file) for p in legacy)
    return legacy[0], (_("reading the machine policy from its old place {legacy}; move it to {policy_file}").format(
        legacy=legacy[0], policy_file=dirs.policy_file),)


def restrict(machine: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Combine the machine policy with a portable one that may only make it stricter.

    The portable file cannot name an LRS (network use) or move the machine library.
    """
    extra = {k: v for k, v in extra.items() if not k.startswith("lrs_") and k != "system_library"}
    merged = {**extra, **machine}
    for key in _ONLY_IF_BOTH:
        if key in merged:
            merged[key] = all(table[key] for table in (machine, extra) if key in table)
    for key in _IF_EITHER:
        if key in merged:
            merged[key] = any(table[key] for table in (machine, extra) if key in table)
    if machine.get("require_signed"):
        merged["trusted_keys"] = machine.get("trusted_keys", [])
    merged["extra_roots"] = [*machine.get("extra_roots", []), *extra.get("extra_roots", [])]
    merged["settings"] = {**extra.get("settings", {}), **machine.get("settings", {})}
    return merged
