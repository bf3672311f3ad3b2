"""Parse a module's source folder: module.toml, lecture.txt and audio.txt."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

REQUIRED_FILES = ("module.toml", "lecture.txt", "reading.md")
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


@dataclass(frozen=True)
class Segment:
    """One slide (title, key points) or one untitled audio section, with its narration."""

    title: str
    points: tuple[str, ...]
    paragraphs: tuple[tuple[str, ...], ...]

    @property
    def sentences(self) -> list[str]:
        return [s for paragraph in self.paragraphs for s in paragraph]


@dataclass(frozen=True)
class ModuleSource:
    number: int
    folder: Path
    title: str
    summary: str
    reflection_questions: tuple[str, ...]
    lecture_title: str
    reading_title: str
    slides: tuple[Segment, ...]
    audio_title: str | None = None
    audio: tuple[Segment, ...] = ()

    @property
    def id(self) -> str:
        return f"m{self.number:02d}"


def split_sentences(text: str) -> list[str]:
    """Split narration at sentence ends followed by a capital, digit or opening quote."""
    words = text.split()
    sentences: list[str] = []
    current: list[str] = []
    for i, word in enumerate(words):
        current.append(word)
        following = words[i + 1] if i + 1 < len(words) else ""
        if not following or (SENTENCE_END.search(word) and re.match(r"[\"“A-Z0-9]", following)):
            sentences.append(" ".join(current))
            current = []
    return sentences


def paragraphs(lines: list[str]) -> tuple[tuple[str, ...], ...]:
    """Group narration lines into blank-line separated paragraphs of sentences."""
    text = "\n".join(lines)
    blocks = [" ".join(block.split()) for block in re.split(r"\n\s*\n", text)]
    return tuple(tuple(split_sentences(block)) for block in blocks if block)


def parse_lecture(text: str) -> tuple[Segment, ...]:
    """Slides start at `# title`; `- ` lines are key points; other lines are narration."""
    slides: list[Segment] = []
    title = ""
    points: list[str] = []
    narration: list[str] = []
    for line in [*text.splitlines(), "# "]:
        if line.startswith("# "):
            if title:
                slides.append(Segment(title, tuple(points), paragraphs(narration)))
            title, points, narration = line[2:].strip(), [], []
        elif line.startswith("- "):
            points.append(line[2:].strip())
        elif title:
            narration.append(line.strip())
    return tuple(slides)


def parse_audio(text: str) -> tuple[Segment, ...]:
    """An audio script is plain paragraphs; each becomes one segment. A `# title` line names the
    chapter that starts with the next paragraph (titles are not spoken, so timing is unchanged)."""
    segments: list[Segment] = []
    for block in re.split(r"\n\s*\n", text):
        lines = block.strip().splitlines()
        title = lines.pop(0)[2:].strip() if lines and lines[0].startswith("# ") else ""
        segments += [Segment(title, (), (paragraph,)) for paragraph in paragraphs(lines)]
    return tuple(segments)


def missing_files(folder: Path) -> list[str]:
    return [name for name in REQUIRED_FILES if not (folder / name).is_file()]


def load_module(folder: Path) -> ModuleSource:
    """Read one `NN-slug` module folder (raises ValueError when it is incomplete)."""
    if missing := missing_files(folder):
        raise ValueError(f"{folder.name}: missing {', '.join(missing)}")
    meta = tomllib.loads((folder / "module.toml").read_text("utf-8"))
    slides = parse_lecture((folder / "lecture.txt").read_text("utf-8"))
    if not slides:
        raise ValueError(f"{folder.name}: lecture.txt has no slides")
    audio_file = folder / "audio.txt"
    has_audio = audio_file.is_file() and "audio_title" in meta
    return ModuleSource(
        number=int(folder.name.split("-")[0]),
        folder=folder,
        title=meta["title"],
        summary=meta.get("summary", ""),
        reflection_questions=tuple(meta.get("reflection_questions", ())),
        lecture_title=meta["lecture_title"],
        reading_title=meta["reading_title"],
        slides=slides,
        audio_title=meta.get("audio_title") if has_audio else None,
        audio=parse_audio(audio_file.read_text("utf-8")) if has_audio else (),
    )
