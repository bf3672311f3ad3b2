"""JSON Schema errors (jsonschema's) as one short message in the app's language.

jsonschema words its errors in English and quotes the offending value whole; the rules that the
course and policy schemas use are worded here instead, and any other falls back to jsonschema's
words with the value shortened."""

from __future__ import annotations

from typing import Any

from smartcourse_desktop.system.errors import QUOTE_LIMIT, quoted, shortened
from smartcourse_desktop.system.i18n import _


def schema_message(error: Any) -> str:
    """The problem of one jsonschema ValidationError, without its path."""
    rule, expected, value = error.validator, error.validator_value, error.instance
    if rule == "required" and isinstance(value, dict):
        missing = [name for name in expected if name not in value]
        return _("the field {field} is missing").format(field=quoted(missing[0] if missing else expected[0]))
    if rule == "additionalProperties" and isinstance(value, dict):
        extra = sorted(set(value) - set(error.schema.get("properties", {})), key=str)
        return _("unknown key {key}").format(key=quoted(extra[0] if extra else ""))
    if rule == "type":
        kinds = [expected] if isinstance(expected, str) else expected
        return _("must be of type {expected}").format(expected=" | ".join(map(str, kinds)))
    if rule in _WORDED:
        return _WORDED[rule]().format(limit=expected, value=quoted(value), pattern=expected)
    if rule == "enum":
        return _("must be one of {values}").format(values=shortened(", ".join(map(str, expected))))
    try:
        message = error.message.replace(repr(value), quoted(value))
    except RecursionError:
        message = _("invalid value ({rule})").format(rule=rule)
    return shortened(message, 4 * QUOTE_LIMIT)


_WORDED = {
    "minLength": lambda: _("must not be empty"),
    "maxLength": lambda: _("is longer than {limit} characters"),
    "minItems": lambda: _("must list at least {limit}"),
    "maxItems": lambda: _("must list at most {limit}"),
    "uniqueItems": lambda: _("lists the same value twice"),
    "minimum": lambda: _("must be at least {limit}"),
    "maximum": lambda: _("must be at most {limit}"),
    "exclusiveMinimum": lambda: _("must be more than {limit}"),
    "pattern": lambda: _("{value} does not match {pattern}"),
}
