"""Where the learner was: the lesson that reopens at the next start.

Read by the window's first step (to show a blank page rather than the library flashing past) and by
the course controller (to reopen it), which also records both settings as the learner moves on.
"""

from __future__ import annotations

from smartcourse_desktop.system.settings import Settings


def last_lesson(settings: Settings) -> tuple[str, str] | None:
    """The course and lesson last opened (`open_course` may still find the lesson gone), or None."""
    course_id, lesson_id = settings.get("ui.last_course"), settings.get("ui.last_lesson")
    return (course_id, lesson_id) if course_id and lesson_id else None
