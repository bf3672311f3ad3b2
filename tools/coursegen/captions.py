"""WebVTT captions (one cue per sentence, long ones split) and Markdown transcripts."""

from __future__ import annotations

import re
from pathlib import Path

from coursegen.narration import Spoken
from coursegen.script import Segment
from smartcourse_desktop.media.captions import Cue  # the app's own cue record

MAX_CUE = 84  # two lines of 42 characters
MAX_LINE = 42


def best_break(text: str) -> int:
    """Index to split a long text: a comma near the middle, else the space nearest it."""
    middle = len(text) / 2
    commas = [m.end() for m in re.finditer(r"[,;:] ", text) if 0.25 < m.end() / len(text) < 0.75]
    candidates = commas or [m.end() for m in re.finditer(" ", text)]
    return min(candidates, key=lambda i: abs(i - middle)) if candidates else len(text)


def split_cue(cue: Cue) -> list[Cue]:
    """Split a cue longer than MAX_CUE, sharing its time in proportion to characters."""
    if len(cue.text) <= MAX_CUE:
        return [cue]
    cut = best_break(cue.text)
    first, second = cue.text[:cut].strip(), cue.text[cut:].strip()
    if not first or not second:
        return [cue]
    middle = round(cue.start + (cue.end - cue.start) * len(first) / (len(first) + len(second)), 3)
    return split_cue(Cue(cue.start, middle, first)) + split_cue(Cue(middle, cue.end, second))


def two_lines(text: str) -> str:
    """Break a cue's text into at most two balanced lines."""
    if len(text) <= MAX_LINE:
        return text
    spaces = [m.start() for m in re.finditer(" ", text)]
    if not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return f"{text[:cut]}\n{text[cut + 1:]}"


def cues(sentences: tuple[Spoken, ...]) -> list[Cue]:
    return [part for s in sentences for part in split_cue(Cue(s.start, s.end, s.text))]


def timestamp(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def write_vtt(all_cues: list[Cue], path: Path) -> None:
    blocks = ["WEBVTT\n"]
    for number, cue in enumerate(all_cues, start=1):
        blocks.append(f"{number}\n{timestamp(cue.start)} --> {timestamp(cue.end)}\n{two_lines(cue.text)}\n")
    path.write_text("\n".join(blocks), encoding="utf-8")


def translated_cues(english: list[Cue], source: Path) -> list[Cue]:
    """Cues of a hand-written translation (`<lesson>.captions.<lang>.txt`: one block per English cue,
    blocks separated by a blank line) on the English cues' times."""
    blocks = [" ".join(block.split()) for block in source.read_text(encoding="utf-8").split("\n\n") if block.strip()]
    if len(blocks) != len(english):
        raise ValueError(f"{source}: {len(blocks)} cues, but the English captions have {len(english)}")
    return [Cue(cue.start, cue.end, text) for cue, text in zip(english, blocks, strict=True)]


def transcript(title: str, segments: tuple[Segment, ...]) -> str:
    """Markdown: the lecture title, then each slide's title as a heading over its narration."""
    parts = [f"# {title}\n"]
    for segment in segments:
        if segment.title:
            parts.append(f"## {segment.title}\n")
        parts.extend(" ".join(paragraph) + "\n" for paragraph in segment.paragraphs)
    return "\n".join(parts)
