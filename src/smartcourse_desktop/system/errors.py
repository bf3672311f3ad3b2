"""Typed errors of the core. The UI and the CLI show their message as one line."""


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


class SettingsError(SmartCourseError):
    """A setting has the wrong type or is locked by policy."""


class PolicyError(SmartCourseError):
    """A machine policy file exists but cannot be used; the app then runs restricted."""

    def __init__(self, path: object, problem: str) -> None:
        self.path, self.problem = path, problem
        super().__init__(f"{path}: {problem}")
