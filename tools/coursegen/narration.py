"""Speech synthesis with espeak-ng and the narration timeline (exact sentence times)."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import wave
from array import array
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache as memoize
from pathlib import Path

from coursegen.script import Segment

SAMPLE_RATE = 22050
SILENCE_LEVEL = 250  # |sample| below this (about -42 dBFS) counts as silence when trimming
EDGE_MARGIN = 0.04  # seconds of the synthesiser's own silence kept around each sentence


@dataclass(frozen=True)
class Voice:
    name: str = "en-gb"
    words_per_minute: int = 155
    sentence_pause: float = 0.35
    paragraph_pause: float = 0.6
    segment_pause: float = 0.8
    lead_in: float = 0.5
    tail: float = 1.0
    grid: float = 0.5  # segment starts and the total length snap to this (one video frame)


@dataclass(frozen=True)
class Spoken:
    segment: int
    text: str
    start: float
    end: float


@dataclass(frozen=True)
class Narration:
    samples: array
    sentences: tuple[Spoken, ...]
    segment_starts: tuple[float, ...]

    @property
    def duration(self) -> float:
        return len(self.samples) / SAMPLE_RATE

    def write_wav(self, path: Path) -> None:
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(SAMPLE_RATE)
            out.writeframes(self.samples.tobytes())


@memoize
def espeak_version() -> str:
    if shutil.which("espeak-ng") is None:
        raise RuntimeError("espeak-ng is not installed (apt install espeak-ng)")
    return subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True, check=True).stdout.strip()


def synthesize(text: str, voice: Voice, cache: Path) -> array:
    """One sentence as trimmed 16-bit mono samples, cached by voice, version and text."""
    key = hashlib.sha256(f"{espeak_version()}|{voice.name}|{voice.words_per_minute}|{text}".encode()).hexdigest()
    path = cache / f"{key[:32]}.wav"
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".part.wav")
        command = ["espeak-ng", "-v", voice.name, "-s", str(voice.words_per_minute), "-w", str(partial), "--stdin"]
        subprocess.run(command, input=text.encode("utf-8"), check=True, capture_output=True)
        partial.replace(path)
    return trim(read_samples(path))


def read_samples(path: Path) -> array:
    with wave.open(str(path), "rb") as source:
        if (source.getnchannels(), source.getsampwidth(), source.getframerate()) != (1, 2, SAMPLE_RATE):
            raise ValueError(f"{path}: unexpected WAV format {source.getparams()}")
        samples = array("h")
        samples.frombytes(source.readframes(source.getnframes()))
    return samples


def trim(samples: array) -> array:
    """Cut leading and trailing silence, keeping a short margin."""
    loud = [i for i, value in enumerate(samples) if abs(value) > SILENCE_LEVEL]
    if not loud:
        return samples
    margin = int(EDGE_MARGIN * SAMPLE_RATE)
    return samples[max(0, loud[0] - margin) : loud[-1] + margin]


def silence(seconds: float) -> array:
    return array("h", bytes(2 * round(seconds * SAMPLE_RATE)))


def snap(seconds: float, grid: float) -> float:
    """Round up to the next multiple of the grid (tiny float slack tolerated)."""
    steps = -(-round(seconds * 1000) // round(grid * 1000))
    return steps * grid


class _Timeline:
    def __init__(self, voice: Voice) -> None:
        self.voice = voice
        self.samples = silence(voice.lead_in)
        self.sentences: list[Spoken] = []
        self.starts: list[float] = []

    @property
    def now(self) -> float:
        return len(self.samples) / SAMPLE_RATE

    def pad_to(self, seconds: float) -> None:
        self.samples.extend(silence(max(0.0, seconds - self.now)))

    def add(self, segment: int, text: str, audio: array) -> None:
        start = self.now
        self.samples.extend(audio)
        self.sentences.append(Spoken(segment, text, round(start, 3), round(self.now, 3)))


def narrate(segments: tuple[Segment, ...], voice: Voice, cache: Path, jobs: int = 2) -> Narration:
    """Synthesize every sentence and lay them out with pauses; segments start on the grid."""
    texts = [s for segment in segments for s in segment.sentences]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        audio = dict(zip(texts, pool.map(lambda t: synthesize(t, voice, cache), texts), strict=True))
    line = _Timeline(voice)
    for index, segment in enumerate(segments):
        if index:
            line.pad_to(snap(line.now + voice.segment_pause, voice.grid))
        line.starts.append(line.now)
        for p, paragraph in enumerate(segment.paragraphs):
            for s, sentence in enumerate(paragraph):
                if p or s:
                    line.pad_to(line.now + (voice.sentence_pause if s else voice.paragraph_pause))
                line.add(index, sentence, audio[sentence])
    line.pad_to(snap(line.now + voice.tail, voice.grid))
    return Narration(line.samples, tuple(line.sentences), tuple(line.starts))
