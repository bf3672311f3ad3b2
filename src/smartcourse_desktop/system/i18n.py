"""The language of the app, and the core's translated messages (gettext; docs/translating.md).

The language is chosen once at start: the machine policy's `language` if it fixes one, else the
learner's choice (`ui.language`), else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
`set_language` loads i18n/smartcourse_<lang>.mo for `_()` and `ngettext()`; the GUI passes the same
language to Qt, so core errors shown in the window are in the window's language.

Dates and numbers of the core (the CLI, the certificate) are formatted here from a small table for
the languages the app ships, instead of Babel's CLDR data (about 30 MB for every locale).
"""

from __future__ import annotations

import gettext
import locale
import logging
import os
from collections.abc import Mapping
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)

DOMAIN = "smartcourse"
SOURCE_LANGUAGE = "en"
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"),
}
_DECIMAL = {"en": ".", "sv": ","}
_GROUP = {"en": ",", "sv": "\u00a0"}

_state: dict[str, object] = {"language": SOURCE_LANGUAGE, "catalogue": gettext.NullTranslations()}


def catalogue_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "i18n"


def base_language(tag: str | None) -> str:
    """'sv' from 'sv_SE.UTF-8', 'sv-FI' or 'sv'; '' for none, 'C' or 'POSIX'."""
    tag = (tag or "").split(":")[0].split(".")[0].split("@")[0]
    if tag in ("", "C", "POSIX"):
        return ""
    return tag.replace("-", "_").split("_")[0].lower()


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the desktop asks for, as gettext reads it; English when none is set."""
    environ = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        language = base_language(environ.get(name))
        if language:
            return language
    if environ is os.environ:
        try:
            return base_language(locale.getlocale()[0]) or SOURCE_LANGUAGE
        except ValueError:
            pass
    return SOURCE_LANGUAGE


def choose_language(policy_language: str | None, chosen: str, environ: Mapping[str, str] | None = None) -> str:
    """The app's language: fixed by the machine policy, else the learner's choice, else the system's."""
    return base_language(policy_language) or base_language(chosen) or system_language(environ)


def shipped_languages() -> list[str]:
    """English and every language with a compiled core catalogue."""
    found = {path.stem.split("_", 1)[1] for path in catalogue_dir().glob(f"{DOMAIN}_*.mo")}
    return [SOURCE_LANGUAGE, *sorted(found - {SOURCE_LANGUAGE})]


def set_language(language: str) -> str:
    """Translate the core's messages into `language` from now on; the language in use
    (English when there is no catalogue for it)."""
    language = base_language(language) or SOURCE_LANGUAGE
    catalogue: gettext.NullTranslations = gettext.NullTranslations()
    path = catalogue_dir() / f"{DOMAIN}_{language}.mo"
    if language != SOURCE_LANGUAGE:
        try:
            with path.open("rb") as source:
                catalogue = gettext.GNUTranslations(source)
        except OSError as exc:
            log.warning("no %s messages for the core (%s); using English", language, exc)
            language = SOURCE_LANGUAGE
    _state.update(language=language, catalogue=catalogue)
    return language


def current_language() -> str:
    return str(_state["language"])


def _catalogue() -> gettext.NullTranslations:
    catalogue = _state["catalogue"]
    assert isinstance(catalogue, gettext.NullTranslations)
    return catalogue


def _(message: str) -> str:
    return _catalogue().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _catalogue().ngettext(singular, plural, n)


def _table_language() -> str:
    language = current_language()
    return language if language in _MONTHS else SOURCE_LANGUAGE


def long_date(day: date) -> str:
    """'29 november 2026' in Swedish, '29 November 2026' in English: as on a certificate."""
    return f"{day.day} {_MONTHS[_table_language()][day.month - 1]} {day.year}"


def number(value: float, decimals: int = 0) -> str:
    """A number with the language's decimal sign and digit grouping ('1 234,5' in Swedish)."""
    language = _table_language()
    text = f"{value:,.{decimals}f}"
    return text.translate(str.maketrans(",.", _GROUP[language] + _DECIMAL[language]))


def hours_minutes(seconds: float) -> str:
    """A study time: '2 h 05 min' (the same abbreviations in English and Swedish)."""
    minutes = round(seconds / 60)
    return _("{hours}\u00a0h {minutes}\u00a0min").format(hours=minutes // 60, minutes=f"{minutes % 60:02d}")
