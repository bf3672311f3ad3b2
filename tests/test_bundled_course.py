"""The bundled sample course: valid manifest, playable lectures, complete captions, clean readings.

Media checks use the real libVLC (dummy outputs), which is all CI has: no ffmpeg needed.
"""

from __future__ import annotations

import threading
import wave
from array import array
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath

import markdown
import pytest
import webvtt

from smartcourse_desktop.courses.hashing import file_entries
from smartcourse_desktop.courses.manifest import validate_manifest
from smartcourse_desktop.courses.model import Course, Lesson, course_from_dict, read_manifest
from smartcourse_desktop.media.vlc_backend import media_player
from smartcourse_desktop.reading.markdown import EXTENSIONS

vlc = pytest.importorskip("vlc")

COURSE_DIR = Path(__file__).resolve().parent.parent / "assets/course/smart-cities-for-city-officials"
VLC_ARGS = "--aout=dummy --vout=dummy --no-sub-autodetect-file --quiet"
RATE = 16000  # decoded audio for the caption coverage check (8 kHz drifts in libVLC's resampler)
WINDOW = 320  # 20 ms
SPEECH_RMS = 400  # about -38 dBFS; the generator's pauses are digital silence
SLACK = 0.15  # seconds of codec delay and window size tolerated at cue edges


def load() -> Course:
    return course_from_dict(read_manifest(COURSE_DIR), root=COURSE_DIR)


COURSE = load()
LECTURES = [lesson for lesson in COURSE.lessons if lesson.is_lecture]
READINGS = [lesson for lesson in COURSE.lessons if lesson.reading]
RENDITIONS = [(lesson, path) for lesson in LECTURES for path in filter(None, (lesson.media, lesson.audio))]


@pytest.fixture(scope="module")
def instance() -> Iterator[vlc.Instance]:
    inst = vlc.Instance(VLC_ARGS)
    assert inst is not None, "libVLC could not start"
    yield inst
    inst.release()


def wait_for(player: vlc.MediaPlayer, events: tuple[vlc.EventType, ...], timeout: float) -> bool:
    """Start the player and wait for one of the events; the callback only sets a flag."""
    fired = threading.Event()
    manager = player.event_manager()
    for event in events:
        manager.event_attach(event, lambda _e: fired.set())
    player.play()
    return fired.wait(timeout)


def test_manifest_validates() -> None:
    validate_manifest(read_manifest(COURSE_DIR))
    assert len(COURSE.modules) == 8
    assert LECTURES and READINGS


def test_every_listed_file_matches_and_nothing_else_is_shipped() -> None:
    assert list(COURSE.files) == file_entries(COURSE_DIR)


def test_course_fits_the_size_budget() -> None:
    assert COURSE.payload_size < 40_000_000


@pytest.mark.parametrize("lesson,path", RENDITIONS, ids=[p for _, p in RENDITIONS])
def test_lecture_plays_to_the_end(instance: vlc.Instance, lesson: Lesson, path: str) -> None:
    media = instance.media_new_path(str(COURSE_DIR / path))
    media.parse_with_options(vlc.MediaParseFlag.local, 5000)
    for _ in range(100):
        if media.get_parsed_status() == vlc.MediaParsedStatus.done:
            break
        threading.Event().wait(0.05)
    assert abs(media.get_duration() / 1000 - lesson.duration) < 1.0
    player = instance.media_player_new()
    player.set_media(media)
    try:
        assert wait_for(player, (vlc.EventType.MediaPlayerTimeChanged,), 10), "playback did not start"
        player.set_time(int(lesson.duration * 1000) - 2000)
        player.set_rate(2.0)
        assert wait_for(player, (vlc.EventType.MediaPlayerEndReached,), 15), f"{path} did not reach its end"
        assert player.get_state() == vlc.State.Ended
    finally:
        player.stop()
        player.release()


def decode_audio(instance: vlc.Instance, source: Path, target: Path) -> array:
    """Decode a lecture's audio to 8 kHz mono PCM with libVLC's transcoder (faster than real time)."""
    chain = f'#transcode{{acodec=s16l,channels=1,samplerate={RATE}}}:std{{access=file,mux=wav,dst="{target}"}}'
    player = media_player(instance, source, f":sout={chain}", ":no-sout-video")
    try:
        events = (vlc.EventType.MediaPlayerEndReached, vlc.EventType.MediaPlayerEncounteredError)
        assert wait_for(player, events, 60) and player.get_state() == vlc.State.Ended
    finally:
        player.stop()
        player.release()
    with wave.open(str(target), "rb") as decoded:
        samples = array("h")
        samples.frombytes(decoded.readframes(decoded.getnframes()))
    return samples


def speech_windows(samples: array) -> list[float]:
    """Centre times of the 20 ms windows whose loudness says someone is speaking."""
    centres = []
    for start in range(0, len(samples) - WINDOW, WINDOW):
        window = samples[start : start + WINDOW]
        if sum(v * v for v in window) / WINDOW > SPEECH_RMS**2:
            centres.append((start + WINDOW / 2) / RATE)
    return centres


def seconds(timestamp: str) -> float:
    """'00:01:02.345' as seconds (webvtt-py's *_in_seconds properties truncate to whole seconds)."""
    hours, minutes, rest = timestamp.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(rest)


@pytest.mark.parametrize("lesson", LECTURES, ids=[lesson.id for lesson in LECTURES])
def test_captions_cover_the_speech(instance: vlc.Instance, lesson: Lesson, tmp_path: Path) -> None:
    cues = [(seconds(c.start), seconds(c.end)) for c in webvtt.read(str(COURSE_DIR / lesson.captions["en"]))]
    assert cues == sorted(cues) and all(a < b for a, b in cues)
    assert cues[-1][1] <= lesson.duration
    speech = speech_windows(decode_audio(instance, COURSE_DIR / str(lesson.media), tmp_path / "audio.wav"))
    assert len(speech) * WINDOW / RATE > 0.5 * lesson.duration, "decoded audio is mostly silent"
    covered = sum(any(a - SLACK <= t <= b + SLACK for a, b in cues) for t in speech)
    assert covered / len(speech) >= 0.95


class _References(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found += [value for name, value in attrs if name in ("src", "href") and value]


def local_targets(html: str) -> list[str]:
    parser = _References()
    parser.feed(html)
    return [ref.split("#")[0] for ref in parser.found if ":" not in ref and not ref.startswith(("#", "//"))]


@pytest.mark.parametrize("lesson", READINGS, ids=[lesson.id for lesson in READINGS])
def test_reading_renders_and_its_references_resolve(lesson: Lesson) -> None:
    path = COURSE_DIR / str(lesson.reading)
    html = markdown.markdown(path.read_text("utf-8"), extensions=EXTENSIONS)  # as the app renders it
    assert "<h1" in html or "<h2" in html
    for target in filter(None, local_targets(html)):
        resolved = (path.parent / PurePosixPath(target)).resolve()
        assert resolved.is_relative_to(COURSE_DIR.resolve()) and resolved.is_file(), target


@pytest.mark.parametrize("lesson", LECTURES, ids=[lesson.id for lesson in LECTURES])
def test_transcript_renders(lesson: Lesson) -> None:
    text = (COURSE_DIR / str(lesson.transcript)).read_text("utf-8")
    assert markdown.markdown(text, extensions=EXTENSIONS).startswith("<h1")


def test_module_one_has_swedish_captions_on_the_english_cue_times() -> None:
    lesson = COURSE.lesson("m01-lecture")
    assert lesson is not None and set(lesson.captions) == {"en", "sv"}
    english = webvtt.read(str(COURSE_DIR / lesson.captions["en"]))
    swedish = webvtt.read(str(COURSE_DIR / lesson.captions["sv"]))
    assert [(c.start, c.end) for c in swedish] == [(c.start, c.end) for c in english]
    assert swedish[0].text == "Välkommen till den första modulen."
    assert all(len(c.text) <= 90 and c.text.count("\n") <= 1 for c in swedish)


def test_the_generator_keeps_the_swedish_captions(tmp_path: Path) -> None:
    """A regeneration writes captions/m01-lecture.sv.vtt from assets/course-src (tools/coursegen)."""
    import sys

    sys.path.insert(0, str(COURSE_DIR.parents[2] / "tools"))
    try:
        from coursegen.captions import translated_cues
        from coursegen.lecture import translated_captions
    finally:
        sys.path.remove(str(COURSE_DIR.parents[2] / "tools"))
    (tmp_path / "captions").mkdir()
    english = (COURSE_DIR / "captions/m01-lecture.en.vtt").read_bytes()
    (tmp_path / "captions" / "m01-lecture.en.vtt").write_bytes(english)
    source = COURSE_DIR.parents[1] / "course-src/modules/01-why-social-sciences"
    assert translated_captions("m01-lecture", source, tmp_path) == {"sv": "captions/m01-lecture.sv.vtt"}
    written = (tmp_path / "captions/m01-lecture.sv.vtt").read_bytes()
    assert written == (COURSE_DIR / "captions/m01-lecture.sv.vtt").read_bytes()
    short = tmp_path / "short.txt"
    short.write_text("En.\n\nTvå.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="2 cues, but the English captions have 62"):
        translated_cues(load_captions_of(tmp_path), short)


def load_captions_of(folder: Path) -> list:
    from smartcourse_desktop.media.captions import load_captions

    return load_captions(folder / "captions" / "m01-lecture.en.vtt").cues
