"""Property-based fuzzing of what a course package brings: course.json, the zip, WebVTT captions, Markdown.

Any input either works or raises our typed error: never another exception, never a write outside staging.
Derandomized with a bounded number of examples, so a run takes seconds and fails the same way every time.
"""

from __future__ import annotations

import base64
import io
import json
import re
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from smartcourse_desktop.courses.importer import import_course
from smartcourse_desktop.courses.keyfile import KeyFormatError, pem_to_seed
from smartcourse_desktop.courses.packer import pack
from smartcourse_desktop.courses.signing import Trust, check_signature
from smartcourse_desktop.courses.sources import parse_manifest
from smartcourse_desktop.media.captions import parse_captions
from smartcourse_desktop.reading.markdown import render_markdown
from smartcourse_desktop.system.errors import SmartCourseError
from tests.package_factory import make_source, manifest

FUZZ = settings(derandomize=True, max_examples=150, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)


def _paths(data: object, prefix: str = "") -> list[str]:
    if isinstance(data, dict):
        return [p for key, value in data.items() for p in [f"{prefix}/{key}", *_paths(value, f"{prefix}/{key}")]]
    if isinstance(data, list):
        return [p for i, value in enumerate(data) for p in [f"{prefix}/{i}", *_paths(value, f"{prefix}/{i}")]]
    return []


def _replace(data: object, path: str, value: object) -> None:
    *parents, last = path.strip("/").split("/")
    for part in parents:
        data = data[int(part)] if isinstance(data, list) else data[part]  # type: ignore[index]
    if isinstance(data, list):
        data[int(last)] = value
    else:
        data[last] = value  # type: ignore[index]


def _parses_or_refuses(raw: bytes) -> None:
    try:
        parse_manifest(raw)
    except SmartCourseError as exc:
        assert "\n" not in str(exc) and len(str(exc)) < 1000


@FUZZ
@given(st.binary(max_size=300))
@example(b'{"id": "a\\n"}')
def test_course_json_bytes(raw):
    _parses_or_refuses(raw)


@FUZZ
@given(st.data())
def test_course_json_with_one_field_replaced(data):
    document = manifest()
    document["files"] = [{"path": "media/intro.mp4", "size": 1, "sha256": "0" * 64}]
    path = data.draw(st.sampled_from(_paths(document)))
    _replace(document, path, data.draw(json_values))
    _parses_or_refuses(json.dumps(document).encode())


@FUZZ
@given(json_values)
def test_course_json_any_document(document):
    _parses_or_refuses(json.dumps(document).encode())


_PACKAGE: list[bytes] = []


def _package() -> bytes:
    if not _PACKAGE:
        with tempfile.TemporaryDirectory() as folder:
            source = make_source(Path(folder) / "src", payload={"media/intro.mp4": b"m" * 3000,
                                                               "media/intro.m4a": b"a" * 500,
                                                               "captions/intro.en.vtt": b"WEBVTT\n",
                                                               "captions/intro.de.vtt": b"WEBVTT\n",
                                                               "transcripts/intro.md": b"# T\n",
                                                               "readings/r1.md": b"# R\n",
                                                               "images/fig.png": b"p" * 200})
            _PACKAGE.append(pack(source, Path(folder) / "p.smartcourse").path.read_bytes())
    return _PACKAGE[0]


def _import_or_refuse(package: bytes) -> None:
    """Import into a fresh root; afterwards only the root holds anything, and a refusal left it empty."""
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        (base / "in.smartcourse").write_bytes(package)
        root = base / "library"
        try:
            result = import_course(base / "in.smartcourse", root)
        except SmartCourseError as exc:
            assert "\n" not in str(exc)
            assert not root.exists() or list(root.iterdir()) == []
        else:
            assert [p.name for p in root.iterdir()] == [result.course.id]
        assert sorted(p.name for p in base.iterdir()) in (["in.smartcourse"], ["in.smartcourse", "library"])


@FUZZ
@given(st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1, max_size=8),
       st.integers(min_value=0))
def test_zip_with_flipped_bytes_and_truncation(flips, cut):
    package = bytearray(_package())
    for position, value in flips:
        package[position % len(package)] = value
    if cut % 3 == 0:
        package = package[: cut % len(package)]
    _import_or_refuse(bytes(package))


entry_names = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=30) | \
    st.sampled_from(["../x", "/etc/x", "a/../../x", "C:/x", "a\\..\\x", "course.json", "media/intro.mp4", "a//b",
                     "nul", "media/", "./x", "COURSE.JSON"])


@pytest.mark.filterwarnings("ignore:Duplicate name")
@FUZZ
@given(st.lists(st.tuples(entry_names, st.binary(max_size=50)), max_size=6))
def test_zip_with_arbitrary_entries(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("course.json", json.dumps(manifest()))
        for name, data in entries:
            info = zipfile.ZipInfo(name)
            archive.writestr(info, data)
    _import_or_refuse(buffer.getvalue())


vtt_lines = st.sampled_from([
    "WEBVTT", "", "00:00.000 --> 00:01.000", "00:01.000 --> 00:00.500", "1", "NOTE x", "STYLE",
    "00:00:00.000 --> 00:00:02.000 align:start", "99:99.999 --> 00:01.000", "-->", "&amp; <b>bold</b>",
    "00:00.000 -->", "\x00", "00:00.000 --> 00:01.000 --> 00:02.000",
]) | st.text(max_size=40)


@FUZZ
@given(st.lists(vtt_lines, max_size=20))
def test_webvtt(lines):
    try:
        captions = parse_captions("\n".join(lines))
    except SmartCourseError:
        return
    for cue in captions.cues:
        assert cue.end > cue.start and cue.text


markdown_pieces = st.sampled_from([
    "# h", "## <img src=x>", "<script>alert(1)</script>", "<script>", "[a](javascript:alert(1))", "![i](/etc/hostname)",
    "> q", "- l", "  - n", "| a | b |\n|---|---|\n| 1 | 2 |", "<div>", "</div>", "```", "<iframe src=x>",
    "<a href='file:///etc/passwd'>x</a>", "<img src=x onerror=alert(1)>", "&#x3C;script&#x3E;", "\x00", "*",
]) | st.text(max_size=40)


@FUZZ
@given(st.lists(markdown_pieces, max_size=25))
def test_markdown(pieces):
    try:
        rendered = render_markdown("\n".join(pieces))
    except SmartCourseError:
        return
    lowered = rendered.html.lower()
    assert "<script" not in lowered and "<iframe" not in lowered
    for tag in re.findall(r"<[a-z][^>]*>", lowered):
        assert not re.search(r"\son[a-z]+\s*=", tag), tag
        assert not re.search(r"(href|src)\s*=\s*[\"']?\s*(javascript|file|data|https?):", tag), tag


SIGNATURE = {"format": 1, "algorithm": "ed25519", "key": "PKE8Xmq04Sfehe+CJaSEGoibCueHnYbNz94RGkvgMuo=",
             "signature": "UdXA1HaJgCAuayUwO6c35u3washalpkYqDXIzTd7zbTG6zF4YKwXYWQ8I5epluyXv6z1U8RGcJLuOrw1KHkXBg=="}


base64_text = st.binary(max_size=80).map(lambda raw: base64.b64encode(raw).decode())


@FUZZ
@given(st.sampled_from(sorted(SIGNATURE)), json_values | base64_text)
@example("signature", 123)
@example("key", None)
def test_course_sig_with_one_field_replaced(field, value):
    """course.sig comes with the package: whatever it holds, the check is a verdict or a PackageError."""
    try:
        check_signature(b"{}", json.dumps(dict(SIGNATURE, **{field: value})).encode(), Trust())
    except SmartCourseError as exc:
        assert "\n" not in str(exc)


@FUZZ
@given(st.binary(max_size=200) | st.binary(max_size=60).map(
    lambda der: b"-----BEGIN PRIVATE KEY-----\n" + base64.b64encode(der) + b"\n-----END PRIVATE KEY-----\n"))
def test_private_key_file_bytes(raw):
    """A key file is the 32-byte seed or a KeyFormatError, never another exception."""
    try:
        seed = pem_to_seed(raw)
    except KeyFormatError:
        return
    assert len(seed) == 32
