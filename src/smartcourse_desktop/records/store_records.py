"""The plain records the progress store hands out: a lesson's progress and a note."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

Segment = tuple[float, float]
Key = tuple[str, str]  # (course_id, lesson_id)


@dataclass
class LessonProgress:
    lesson_id: str
    first_opened: float | None = None
    last_opened: float | None = None
    position: float = 0.0
    furthest: float = 0.0
    time_spent: float = 0.0
    played: list[Segment] = field(default_factory=list)
    completed_at: float | None = None
    completed_how: str | None = None  # records/completion.py; None: watched or read, as before the kinds

    @property
    def completed(self) -> bool:
        return self.completed_at is not None

    @property
    def played_seconds(self) -> float:
        return sum(end - start for start, end in self.played)


@dataclass
class Note:
    id: int
    course_id: str
    lesson_id: str
    position: float | None
    body: str
    created_at: float
    updated_at: float
    module_id: str | None = None  # with `question`: an answer to a module's reflection question (lesson_id "")
    question: int | None = None  # the question's place in the module when it was answered
    question_text: str | None = None  # the question's words then, kept if the course rewords or drops it

    @property
    def is_answer(self) -> bool:
        return self.question is not None

    @property
    def edited(self) -> bool:
        return self.updated_at != self.created_at


def merge_segments(segments: list[Segment]) -> list[Segment]:
    """Union of played intervals, so replaying a part never counts twice."""
    merged: list[list[float]] = []
    for start, end in sorted((min(a, b), max(a, b)) for a, b in segments):
        if merged and start <= merged[-1][1] + 0.5:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(round(a, 3), round(b, 3)) for a, b in merged]


def record_of(row: tuple) -> LessonProgress:
    """A `lesson_progress` row (lesson_id, first_opened, last_opened, position, furthest,
    time_spent, played, completed_at, completed_how) as a record."""
    played = [(float(a), float(b)) for a, b in json.loads(row[6])]
    return LessonProgress(row[0], row[1], row[2], row[3], row[4], row[5], played, row[7], row[8])
