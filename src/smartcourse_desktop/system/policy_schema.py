"""The policy's JSON Schema, and two ways of applying it.

`problems` is a small interpreter of the few keywords the schema uses, cheap enough for start-up.
`check_with_jsonschema` is the reference that `smartcourse policy check` uses; a test keeps the two in step.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from smartcourse_desktop.system.errors import quoted
from smartcourse_desktop.system.i18n import _
from smartcourse_desktop.system.schema_messages import schema_message

SUPPORTED_KEYWORDS = frozenset({
    "$schema", "$id", "title", "description", "type", "properties", "additionalProperties", "items",
    "minLength", "pattern", "minimum", "maximum", "exclusiveMinimum",
})
_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,), "array": (list,), "string": (str,), "boolean": (bool,), "number": (int, float),
}


@cache
def schema() -> dict[str, Any]:
    """Read when a policy file is checked; a machine without one never loads it (or importlib.resources)."""
    from importlib import resources

    text = resources.files("smartcourse_desktop").joinpath("system/policy.schema.json").read_text("utf-8")
    return json.loads(text)


def known_keys() -> list[str]:
    return sorted(schema()["properties"])


def unknown_key_message(key: str) -> str:
    import difflib  # only for a policy with a misspelt key

    close = difflib.get_close_matches(key, known_keys(), n=1)
    if close:
        return _("unknown key {key} (did you mean {close}?)").format(key=repr(key), close=repr(close[0]))
    return _("unknown key {key}").format(key=repr(key))


def problems(data: Any) -> list[str]:
    """Every way `data` breaks the schema, one message each; [] when it is valid."""
    found: list[str] = []
    _check(data, schema(), "", found)
    return found


def _check(value: Any, rule: dict[str, Any], where: str, found: list[str]) -> None:
    label = where or "(root)"
    kinds = rule.get("type")
    if kinds is not None and not _has_type(value, [kinds] if isinstance(kinds, str) else kinds):
        found.append(_("{where}: must be {expected}, not {given}").format(
            where=label, expected=" | ".join([kinds] if isinstance(kinds, str) else kinds), given=_type_name(value)))
        return
    if isinstance(value, str):
        _check_string(value, rule, label, found)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        _check_number(value, rule, label, found)
    elif isinstance(value, list) and "items" in rule:
        for index, item in enumerate(value):
            _check(item, rule["items"], f"{where}[{index}]", found)
    elif isinstance(value, dict):
        _check_object(value, rule, where, found)


def _check_object(value: dict[str, Any], rule: dict[str, Any], where: str, found: list[str]) -> None:
    properties = rule.get("properties", {})
    extra = rule.get("additionalProperties", True)
    for key, item in value.items():
        path = f"{where}.{key}" if where else key
        if key in properties:
            _check(item, properties[key], path, found)
        elif extra is False:
            found.append(unknown_key_message(key) if not where else f"{where}: {unknown_key_message(key)}")
        elif isinstance(extra, dict):
            _check(item, extra, path, found)


def _check_string(value: str, rule: dict[str, Any], label: str, found: list[str]) -> None:
    if len(value) < rule.get("minLength", 0) or ("pattern" in rule and not value.strip()):
        found.append(f"{label}: {_('must not be empty')}")
    elif "pattern" in rule and not re.search(rule["pattern"], value):
        found.append(f"{label}: " + _("{value} does not match {pattern}").format(
            value=quoted(value), pattern=rule["pattern"]))


def _check_number(value: float, rule: dict[str, Any], label: str, found: list[str]) -> None:
    if "minimum" in rule and value < rule["minimum"]:
        found.append(f"{label}: " + _("must be at least {limit}").format(limit=rule["minimum"]))
    if "exclusiveMinimum" in rule and value <= rule["exclusiveMinimum"]:
        found.append(f"{label}: " + _("must be more than {limit}").format(limit=rule["exclusiveMinimum"]))
    if "maximum" in rule and value > rule["maximum"]:
        found.append(f"{label}: " + _("must be at most {limit}").format(limit=rule["maximum"]))


def _has_type(value: Any, kinds: list[str]) -> bool:
    if isinstance(value, bool):
        return "boolean" in kinds
    return any(isinstance(value, _TYPES[kind]) for kind in kinds)


def _type_name(value: Any) -> str:
    names = {bool: "boolean", str: "string", int: "number", float: "number", list: "array", dict: "table"}
    return names.get(type(value), type(value).__name__)


def check_with_jsonschema(data: Any) -> list[str]:
    """The reference check (slow to import): every schema error, unknown keys with a suggestion."""
    from jsonschema import Draft202012Validator

    found = []
    for error in Draft202012Validator(schema()).iter_errors(data):
        path = ".".join(str(p) for p in error.absolute_path)
        if error.validator == "additionalProperties" and not path:
            found += [unknown_key_message(key) for key in error.instance if key not in known_keys()]
        else:
            found.append(f"{path or '(root)'}: {schema_message(error)}")
    return found
