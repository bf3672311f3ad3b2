"""Build one lecture lesson: narration, captions, transcript, media and its manifest entry."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import webvtt

from coursegen.captions import cues, transcript, translated_cues, write_vtt
from coursegen.encode import Encoding, encode_audio, encode_video, link_frames, probe_duration
from coursegen.narration import Narration, Voice, narrate
from coursegen.script import ModuleSource, Segment
from coursegen.slides import write_slides
from smartcourse_desktop.media.captions import load_captions


@dataclass(frozen=True)
class Settings:
    course_title: str
    scratch: Path
    voice: Voice = Voice()
    encoding: Encoding = Encoding()
    jobs: int = 2


def speak(lesson_id: str, title: str, segments: tuple[Segment, ...], course: Path, settings: Settings) -> Narration:
    """Narrate segments; write media/<id>.m4a, captions/<id>.en.vtt and transcripts/<id>.en.md."""
    narration = narrate(segments, settings.voice, settings.scratch / "tts", settings.jobs)
    work = settings.scratch / lesson_id
    work.mkdir(parents=True, exist_ok=True)
    narration.write_wav(work / "narration.wav")
    for folder in ("media", "captions", "transcripts"):
        (course / folder).mkdir(parents=True, exist_ok=True)
    encode_audio(work / "narration.wav", course / f"media/{lesson_id}.m4a", settings.encoding)
    vtt = course / f"captions/{lesson_id}.en.vtt"
    all_cues = cues(narration.sentences)
    write_vtt(all_cues, vtt)
    if len(webvtt.read(str(vtt))) != len(all_cues):
        raise ValueError(f"{vtt}: webvtt-py read a different number of cues")
    (course / f"transcripts/{lesson_id}.en.md").write_text(transcript(title, segments), encoding="utf-8")
    return narration


def translated_captions(lesson_id: str, folder: Path, course: Path) -> dict[str, str]:
    """captions/<id>.<lang>.vtt for each `<kind>.captions.<lang>.txt` in the module's source folder
    (`lecture` or `audio`), timed like the English captions; the manifest's `captions` entries."""
    kind = lesson_id.split("-", 1)[1]
    english = load_captions(course / f"captions/{lesson_id}.en.vtt").cues
    written = {}
    for source in sorted(folder.glob(f"{kind}.captions.*.txt")):
        language = source.name.split(".")[2]
        write_vtt(translated_cues(english, source), course / f"captions/{lesson_id}.{language}.vtt")
        written[language] = f"captions/{lesson_id}.{language}.vtt"
    return written


def entry(lesson_id: str, kind: str, title: str, media: str, course: Path) -> dict[str, Any]:
    return {
        "id": lesson_id,
        "kind": kind,
        "title": title,
        "duration": round(probe_duration(course / media), 2),
        "media": media,
        "captions": {"en": f"captions/{lesson_id}.en.vtt"},
        "transcript": f"transcripts/{lesson_id}.en.md",
    }


def video_lecture(module: ModuleSource, course: Path, settings: Settings) -> dict[str, Any]:
    """The slide lecture: PNG slides over the narration, one chapter per slide."""
    lesson_id = f"{module.id}-lecture"
    work = settings.scratch / lesson_id
    label = f"Module {module.number}: {module.title}"
    slides = write_slides(module.slides, settings.course_title, label, work / "slides")
    narration = speak(lesson_id, module.lecture_title, module.slides, course, settings)
    link_frames(slides, narration.segment_starts, narration.duration, settings.encoding.fps, work / "frames")
    media = f"media/{lesson_id}.mp4"
    encode_video(work / "frames", course / f"media/{lesson_id}.m4a", narration.segment_starts, course / media,
                 settings.encoding)
    starts = (0.0, *narration.segment_starts[1:])
    chapters = [{"title": s.title, "start": start} for s, start in zip(module.slides, starts, strict=False)]
    lesson = entry(lesson_id, "video", module.lecture_title, media, course)
    lesson["captions"] |= translated_captions(lesson_id, module.folder, course)
    return lesson | {"audio": f"media/{lesson_id}.m4a", "chapters": chapters}


def audio_lecture(module: ModuleSource, course: Path, settings: Settings) -> dict[str, Any]:
    """The audio-only lecture (module 01): narration without slides."""
    lesson_id = f"{module.id}-audio"
    assert module.audio_title is not None
    narration = speak(lesson_id, module.audio_title, module.audio, course, settings)
    starts = (0.0, *narration.segment_starts[1:])
    titled = zip(module.audio, starts, strict=True)
    chapters = [{"title": s.title, "start": start} for s, start in titled if s.title]
    return entry(lesson_id, "audio", module.audio_title, f"media/{lesson_id}.m4a", course) | {"chapters": chapters}
