"""argparse's own words ("usage:", "error:", "the following arguments are required") in the app's language.

argparse (Python 3.11–3.13) looks its words up at call time through its module-level `_` and
`ngettext`, which are gettext's default-domain functions: no catalogue of the app reaches them, and
Python ships none. Pointing them at the app's catalogue translates them; the messages below are
argparse's, listed here so that Babel extracts them into i18n/smartcourse.pot.
"""

from __future__ import annotations

import argparse

from smartcourse_desktop.system.i18n import _, ngettext


def translate_argparse() -> None:
    """From now on argparse's messages follow system/i18n.py's language."""
    setattr(argparse, "_", _)  # noqa: B010 (argparse declares no such attribute for type checkers)
    setattr(argparse, "ngettext", ngettext)  # noqa: B010


def _argparse_messages() -> tuple[str, ...]:
    """Never called: the messages argparse asks for, for extraction."""
    return (
        _("usage: "),
        _("positional arguments"),
        _("options"),
        _("subcommands"),
        _("show this help message and exit"),
        _("%(prog)s: error: %(message)s\n"),
        _("argument %(argument_name)s: %(message)s"),
        _("the following arguments are required: %s"),
        _("unrecognized arguments: %s"),
        _("invalid choice: %(value)r (choose from %(choices)s)"),
        _("invalid %(type)s value: %(value)r"),
        _("expected one argument"),
        _("expected at most one argument"),
        _("expected at least one argument"),
        ngettext("expected %s argument", "expected %s arguments", 2),
        _("ambiguous option: %(option)s could match %(matches)s"),
        _("not allowed with argument %s"),
        _("one of the arguments %s is required"),
        _("ignored explicit argument %r"),
        _("can't open '%(filename)s': %(error)s"),
    )
