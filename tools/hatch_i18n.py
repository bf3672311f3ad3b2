"""Hatch build hook: compile the translations (tools/i18n.py release) into every wheel.

The .qm and .mo files are build products (ignored by git), so they are added explicitly. An
editable install leaves them to ./dev, which compiles them in place when a catalogue is newer."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return  # ./dev compiles them in place before it runs anything
        spec = importlib.util.spec_from_file_location("smartcourse_i18n", Path(self.root) / "tools" / "i18n.py")
        assert spec is not None and spec.loader is not None
        i18n = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(i18n)
        for path in i18n.release():
            build_data["force_include"][str(path)] = f"smartcourse_desktop/i18n/{path.name}"
