"""Typed errors of the core. The UI and the CLI show their message as one line."""

from smartcourse_desktop.system.i18n import _


class SmartCourseError(Exception):
    """Base of every error the core raises on purpose."""


class CourseFormatError(SmartCourseError):
    """A course.json or course folder does not follow the course format."""


class PackageError(SmartCourseError):
    """A course package is unsafe, corrupt or inconsistent."""


class ImportCancelled(SmartCourseError):
    """The learner cancelled an import; nothing was left behind."""


class LibraryError(SmartCourseError):
    """A library operation is not possible (read-only root, unknown course...)."""


class StoreError(SmartCourseError):
    """The progress store cannot be opened or written."""


class DamagedStoreError(StoreError):
    """The progress database is damaged; only the learner decides to set it aside (in the GUI)."""


class SettingsError(SmartCourseError):
    """A setting has the wrong type or is locked by policy."""


class StoreWriteError(StoreError):
    """A write to the progress store failed; nothing of it was stored, earlier progress is intact."""


class StoreBusyError(StoreWriteError):
    """Another program holds the database's lock; the write failed fast (and may be retried)."""


class LrsError(SmartCourseError):
    """The learning record store cannot be reached, or is not configured properly."""


class LrsAuthError(LrsError):
    """The learning record store refused the credentials (401 or 403)."""


QUOTE_LIMIT = 80


def shortened(text: str, limit: int = QUOTE_LIMIT) -> str:
    """`text` cut to `limit` characters, the last one an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def titled(title: str) -> str:
    """A course named in a message the learner reads: its title in quotation marks (the language's), never its id."""
    return _("“{title}”").format(title=shortened(title))


def quoted(value: object, limit: int = QUOTE_LIMIT) -> str:
    """Input echoed in an error message: a one-line repr of at most about `limit` characters.

    Input can be megabytes long; an error that echoes it whole blocks the window that shows it.
    """
    if isinstance(value, str):
        return repr(shortened(value, limit))
    try:
        return shortened(repr(value), limit)
    except RecursionError:
        return f"<{type(value).__name__}>"


class PolicyError(SmartCourseError):
    """A machine policy file exists but cannot be used; the app then runs restricted."""

    def __init__(self, path: object, problem: str) -> None:
        self.path, self.problem = path, problem
        super().__init__(f"{path}: {problem}")
