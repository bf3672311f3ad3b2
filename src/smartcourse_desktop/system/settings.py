"""Learner preferences, declared once with their types and defaults; policy can lock them."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smartcourse_desktop.system.errors import SettingsError, quoted
from smartcourse_desktop.system.i18n import _
from smartcourse_desktop.system.policy import Policy
from smartcourse_desktop.system.private_files import write_private_text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Option:
    key: str
    type: type[Any]
    default: Any
    minimum: float | None = None
    maximum: float | None = None

    def check(self, value: Any) -> Any:
        if self.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, self.type) or (self.type is int and isinstance(value, bool)):
            raise SettingsError(_("{key} must be {type}, not {given}").format(
                key=self.key, type=self.type.__name__, given=type(value).__name__))
        if self.minimum is not None and value < self.minimum:
            raise SettingsError(_("{key} must be at least {minimum}").format(key=self.key, minimum=self.minimum))
        if self.maximum is not None and value > self.maximum:
            raise SettingsError(_("{key} must be at most {maximum}").format(key=self.key, maximum=self.maximum))
        return value


OPTIONS: dict[str, Option] = {
    o.key: o
    for o in (
        Option("ui.geometry", str, ""),
        Option("ui.last_course", str, ""),
        Option("ui.last_lesson", str, ""),
        Option("ui.language", str, ""),
        Option("ui.single_key_shortcuts", bool, True),  # WCAG 2.1.4: off leaves only Ctrl+… keys
        Option("ui.show_notes", bool, False),
        Option("ui.outline_width", int, 0, 0, 4000),  # the course outline's width in pixels; 0: a first width
        Option("player.volume", int, 80, 0, 100),
        Option("player.muted", bool, False),
        Option("player.rate", float, 1.0, 0.5, 2.0),
        Option("player.captions", bool, True),
        Option("player.caption_language", str, ""),
        Option("player.caption_scale", float, 1.0, 0.5, 3.0),
        Option("player.caption_style", str, "white-on-black"),
        Option("player.audio_only", bool, False),
        Option("player.play_next", bool, False),
        Option("progress.completion_threshold", float, 0.9, 0.5, 1.0),
        Option("reading.font_scale", float, 1.0, 0.5, 3.0),
        Option("learner.name", str, ""),
        Option("lrs.endpoint", str, ""),  # used only when the policy sets lrs_learner_endpoint
    )
}


class Settings:
    """A JSON file of the learner's choices, read once and written atomically on change."""

    def __init__(self, path: Path, policy: Policy | None = None) -> None:
        self._path = path
        self._policy = policy or Policy()
        self._values = self._read()
        self.save_problem: str | None = None
        self.on_save_failed: Callable[[str], None] | None = None

    def _read(self) -> dict[str, Any]:
        try:
            raw = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable settings %s: %s", self._path, exc)
            return {}
        values = {}
        for key, value in raw.items() if isinstance(raw, dict) else ():
            try:
                values[key] = OPTIONS[key].check(value)
            except (KeyError, SettingsError):
                log.warning("ignoring setting %s=%r", key, value)
        return values

    def get(self, key: str) -> Any:
        option = OPTIONS[key]
        if key in self._policy.locked_settings:
            try:
                return option.check(self._policy.locked_settings[key])
            except SettingsError as exc:
                log.warning("policy value ignored: %s", exc)
        return self._values.get(key, option.default)

    def is_locked(self, key: str) -> bool:
        return key in self._policy.locked_settings

    def set(self, key: str, value: Any) -> None:
        if key not in OPTIONS:
            raise SettingsError(_("unknown setting {key}").format(key=quoted(key)))
        if self.is_locked(key):
            raise SettingsError(_("{key} is set by your IT department and cannot be changed").format(key=key))
        value = OPTIONS[key].check(value)
        if self._values.get(key) == value:
            return
        self._values[key] = value
        self._write()

    def _write(self) -> None:
        """Save; a read-only or full folder keeps the choice for this session and is reported once
        (through `on_save_failed`) until a save succeeds again."""
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            write_private_text(self._path, json.dumps(self._values, indent=1, sort_keys=True))
        except OSError as exc:
            first = self.save_problem is None
            self.save_problem = f"{self._path}: {exc.strerror or exc}"
            log.log(logging.WARNING if first else logging.DEBUG, "settings not saved: %s", self.save_problem)
            if first and self.on_save_failed is not None:
                self.on_save_failed(self.save_problem)
        else:
            self.save_problem = None
