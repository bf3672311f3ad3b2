"""A small real course for reading and search tests: two readings, a lecture with captions and
one with only a transcript."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from smartcourse_desktop.courses.hashing import file_entries

COURSE_ID = "org.example.reading"
# A 1×1 PNG, small enough to stay inline.
TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)

LONG_READING = """# Budgets and people

Every smart city project starts with a **budget** and a question about people.

## Who pays

| Item | Cost | Who pays |
| --- | ---: | --- |
| Sensors | 120,000 | The city |
| Maintenance | 30,000 a year | The utility |

The costs above are estimates[^est].

![A street sensor](../images/sensor.png)

See also [the data reading](r2.md#open-data) and [the city charter](https://example.org/charter).

{filler}

## Participation

Residents' councils review every procurement before it is signed.

{filler}

## Closing words

The last paragraph of the reading mentions a lighthouse.

[^est]: Figures from a hypothetical city.
"""

SHORT_READING = """# Open data and privacy

## Open data

Open data portals publish what a city may share.
"""

CAPTIONS = """WEBVTT

00:00:00.000 --> 00:00:04.000
Welcome to the lecture on streets.

00:01:05.500 --> 00:01:09.000
We met at the café near the town hall.

00:02:10.000 --> 00:02:14.000
Traffic lights can be adaptive.
"""

TRANSCRIPT = "A lecture about zoning.\n\nThe zoning board meets every Tuesday.\n"


def filler(paragraphs: int) -> str:
    sentence = "City officials weigh evidence, consult residents and plan for the long term. "
    return "\n\n".join(sentence * 6 for _ in range(paragraphs))


def payload(long_paragraphs: int = 30) -> dict[str, bytes]:
    return {
        "readings/r1.md": LONG_READING.replace("{filler}", filler(long_paragraphs)).encode(),
        "readings/r2.md": SHORT_READING.encode(),
        "images/sensor.png": TINY_PNG,
        "captions/l1.en.vtt": CAPTIONS.encode(),
        "transcripts/l2.md": TRANSCRIPT.encode(),
        "media/l1.mp4": b"not really a video",
    }


def manifest(version: str) -> dict:
    return {
        "format": 1, "id": COURSE_ID, "version": version, "title": "Reading demo", "languages": ["en"],
        "publisher": "Example", "authors": ["A. Author"], "license": "CC-BY-4.0", "description": "",
        "modules": [{"id": "m1", "title": "Module one", "lessons": [
            {"id": "r1", "kind": "reading", "title": "Budgets and people", "duration": 600,
             "reading": "readings/r1.md"},
            {"id": "r2", "kind": "reading", "title": "Open data and privacy", "duration": 60,
             "reading": "readings/r2.md"},
            {"id": "l1", "kind": "video", "title": "Streets", "duration": 140, "media": "media/l1.mp4",
             "captions": {"en": "captions/l1.en.vtt"}},
            {"id": "l2", "kind": "video", "title": "Zoning", "duration": 60, "media": "media/l1.mp4",
             "transcript": "transcripts/l2.md"},
        ]}],
        "files": [],
    }


def make_course(folder: Path, version: str = "1.0", files: dict[str, bytes] | None = None) -> Path:
    """Write the course into `folder` (e.g. paths.user_library / COURSE_ID) and return it."""
    for name, data in (files or payload()).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    data = manifest(version)
    data["files"] = [{"path": e.path, "size": e.size, "sha256": e.sha256}
                     for e in file_entries(folder) if e.path != "course.json"]
    (folder / "course.json").write_text(json.dumps(data, indent=1), encoding="utf-8")
    return folder
