import json
import os
import stat
import threading
import warnings
import zipfile
from pathlib import Path

import pytest

from smartcourse_desktop.courses.importer import NotNewerError, import_course
from smartcourse_desktop.courses.model import load_course
from smartcourse_desktop.courses.packer import pack
from smartcourse_desktop.courses.signing import Trust
from smartcourse_desktop.courses.sources import Limits
from smartcourse_desktop.system.errors import ImportCancelled, LibraryError, PackageError, SmartCourseError
from tests.package_factory import (
    COURSE_ID,
    PAYLOAD,
    make_source,
    manifest,
    patch_central,
    snapshot,
    source_entries,
    write_zip,
)

MiB = 1 << 20


@pytest.fixture
def source(tmp_path: Path) -> Path:
    return make_source(tmp_path / "src")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    return folder


@pytest.fixture
def installed(tmp_path: Path, root: Path) -> Path:
    """Version 0.9 already in the library, so failures must also leave it untouched."""
    old = make_source(tmp_path / "old-src", version="0.9")
    import_course(old, root)
    return root / COURSE_ID


def refuse(package: Path, root: Path, match: str, error: type = SmartCourseError, **kwargs) -> None:
    before = snapshot(root)
    with pytest.raises(error, match=match) as info:
        import_course(package, root, **kwargs)
    assert "\n" not in str(info.value)
    assert snapshot(root) == before


def hostile(tmp_path: Path, source: Path, extra: list, method: int = zipfile.ZIP_STORED) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return write_zip(tmp_path / "hostile.smartcourse", source_entries(source) + extra, method)


def with_manifest(tmp_path: Path, source: Path, data: dict | bytes) -> Path:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    entries = [(n, raw if n == "course.json" else d) for n, d in source_entries(source)]
    return write_zip(tmp_path / "edited.smartcourse", entries)


def listed(source: Path) -> dict:
    return json.loads((source / "course.json").read_text())


# --- the happy paths ---------------------------------------------------------------------------


def test_import_package_installs_course_named_by_id(tmp_path, source, root):
    package = pack(source, tmp_path / "demo.smartcourse").path
    result = import_course(package, root)
    assert result.folder == root / COURSE_ID
    assert result.replaced_version is None
    assert result.bytes_written == sum(len(d) for d in PAYLOAD.values())
    for name, data in PAYLOAD.items():
        assert (root / COURSE_ID / name).read_bytes() == data
    assert load_course(root / COURSE_ID).title == "Demo course"
    assert [p.name for p in root.iterdir()] == [COURSE_ID]


def test_import_folder_installs_course(source, root):
    result = import_course(source, root)
    assert (result.folder / "media" / "intro.mp4").read_bytes() == PAYLOAD["media/intro.mp4"]
    assert [p.name for p in root.iterdir()] == [COURSE_ID]


def test_installed_files_are_readable_by_everyone(source, root):
    old = os.umask(0o077)
    try:
        result = import_course(source, root)
    finally:
        os.umask(old)
    assert stat.S_IMODE((result.folder / "media" / "intro.mp4").stat().st_mode) == 0o644
    assert stat.S_IMODE((result.folder / "media").stat().st_mode) == 0o755


def test_missing_root_is_created(source, tmp_path):
    result = import_course(source, tmp_path / "new" / "library")
    assert result.folder.is_dir()


def test_progress_reports_every_byte(source, root):
    calls = []
    import_course(source, root, progress=lambda done, total: calls.append((done, total)))
    total = sum(len(d) for d in PAYLOAD.values())
    assert calls[-1] == (total, total)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_imports_run_in_threads(tmp_path, source):
    errors = []

    def work(index: int) -> None:
        try:
            import_course(source, tmp_path / f"lib{index}")
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert all((tmp_path / f"lib{i}" / COURSE_ID / "course.json").is_file() for i in range(4))


# --- versions ----------------------------------------------------------------------------------


def test_newer_version_replaces_old(tmp_path, root, installed):
    newer = make_source(tmp_path / "new-src", version="1.10")
    result = import_course(newer, root)
    assert result.replaced_version == "0.9"
    assert load_course(installed).version == "1.10"
    assert [p.name for p in root.iterdir()] == [COURSE_ID]


@pytest.mark.parametrize(("version", "says", "downgrades"), [
    ("0.9", "already installed", False),
    ("0.8", "newer than 0.8", True),
])
def test_older_or_equal_version_changes_nothing(tmp_path, root, installed, version, says, downgrades):
    other = make_source(tmp_path / "other", version=version)
    refuse(other, root, says, NotNewerError, trust=Trust(allow_downgrade=downgrades))


def test_force_replaces_equal_version(tmp_path, root, installed):
    other = make_source(tmp_path / "other", version="0.9", payload={**PAYLOAD, "extra/notes.md": b"new"})
    result = import_course(other, root, force=True)
    assert result.replaced_version == "0.9"
    assert (installed / "extra" / "notes.md").read_bytes() == b"new"


# --- hostile or broken packages ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../evil.txt", "traversal"),
        ("media/../../evil.txt", "traversal"),
        ("/tmp/evil.txt", "absolute path"),
        ("C:/evil.txt", "drive letter"),
        ("C:evil.txt", "drive letter"),
        ("\\\\server\\share\\evil.txt", "UNC path"),
        ("media\\evil.txt", "backslash"),
        ("media/evil\x07.txt", "control character"),
        ("CON", "reserved Windows name"),
        ("media/NUL.mp4", "reserved Windows name"),
    ],
)
def test_hostile_entry_names(tmp_path, source, root, installed, name, reason):
    refuse(hostile(tmp_path, source, [(name, b"x")]), root, reason, PackageError)
    assert not (tmp_path / "evil.txt").exists()


@pytest.mark.parametrize(
    ("mode", "reason"),
    [(stat.S_IFLNK | 0o777, "symbolic link"), (stat.S_IFIFO | 0o644, "not a regular file"),
     (stat.S_IFBLK | 0o644, "not a regular file")],
)
def test_non_regular_entries(tmp_path, source, root, installed, mode, reason):
    package = hostile(tmp_path, source, [])
    patch_central(package, "media/intro.mp4", mode=mode)
    refuse(package, root, reason, PackageError)


def test_encrypted_entry(tmp_path, source, root, installed):
    package = hostile(tmp_path, source, [])
    patch_central(package, "readings/r1.md", flag_or=1)
    refuse(package, root, "encrypted", PackageError)


def test_duplicate_entry(tmp_path, source, root, installed):
    package = hostile(tmp_path, source, [("media/intro.mp4", b"second copy")])
    refuse(package, root, "duplicate entry", PackageError)


@pytest.mark.parametrize("other", ["MEDIA/intro.mp4", "media/Intro.MP4"])
def test_case_collision(tmp_path, source, root, installed, other):
    refuse(hostile(tmp_path, source, [(other, b"x")]), root, "collides", PackageError)


def test_unicode_normalisation_collision(tmp_path, source, root, installed):
    extra = [("caf\u00e9.md", b"nfc"), ("cafe\u0301.md", b"nfd")]
    refuse(hostile(tmp_path, source, extra), root, "collides", PackageError)


def test_unlisted_entry(tmp_path, source, root, installed):
    refuse(hostile(tmp_path, source, [("media/extra.mp4", b"x")]), root, "not listed", PackageError)


def test_listed_file_missing_from_package(tmp_path, source, root, installed):
    entries = [e for e in source_entries(source) if e[0] != "images/fig.png"]
    package = write_zip(tmp_path / "short.smartcourse", entries)
    refuse(package, root, "images/fig.png: listed in course.json but missing", PackageError)


def test_lesson_refers_to_missing_file(tmp_path, source, root, installed):
    data = listed(source)
    data["modules"][0]["lessons"][1]["reading"] = "readings/missing.md"
    refuse(with_manifest(tmp_path, source, data), root, r"modules\[0\].lessons\[1\].reading: file not listed")


def test_size_mismatch(tmp_path, source, root, installed):
    data = listed(source)
    data["files"][0]["size"] += 1
    refuse(with_manifest(tmp_path, source, data), root, "lists", PackageError)


def test_hash_mismatch_leaves_no_staging(tmp_path, source, root, installed):
    altered = bytearray(PAYLOAD["media/intro.mp4"])
    altered[-1] ^= 0xFF
    entries = [(n, bytes(altered) if n == "media/intro.mp4" else d) for n, d in source_entries(source)]
    refuse(write_zip(tmp_path / "altered.smartcourse", entries), root, "media/intro.mp4: SHA-256 differs")


def test_zip_bomb_by_ratio(tmp_path, root, installed):
    bomb = make_source(tmp_path / "bomb", version="2.0", payload={**PAYLOAD, "readings/big.md": bytes(30 * MiB)})
    package = write_zip(tmp_path / "bomb.smartcourse", source_entries(bomb), zipfile.ZIP_DEFLATED)
    refuse(package, root, "compression ratio over 200:1", PackageError)


def test_zip_bomb_with_lying_header_is_stopped_while_streaming(tmp_path, root, installed):
    """The header and course.json claim 100 bytes; the entry really inflates to 20 MiB."""
    real = bytes(20 * MiB)
    small = make_source(tmp_path / "liar", version="2.0", payload={**PAYLOAD, "readings/big.md": real[:100]})
    entries = [(n, real if n == "readings/big.md" else d) for n, d in source_entries(small)]
    package = write_zip(tmp_path / "liar.smartcourse", entries, zipfile.ZIP_DEFLATED)
    patch_central(package, "readings/big.md", file_size=100)
    refuse(package, root, "readings/big.md", PackageError)


def test_total_size_cap(tmp_path, source, root, installed):
    refuse(source, root, "more than the limit", PackageError, limits=Limits(max_total_bytes=10_000))


def test_not_enough_free_space(source, root, installed):
    refuse(source, root, "not enough free disk space", LibraryError, free_space=lambda path: 5 * MiB)


def test_truncated_zip(tmp_path, source, root, installed):
    package = pack(source, tmp_path / "demo.smartcourse").path
    package.write_bytes(package.read_bytes()[: package.stat().st_size // 2])
    refuse(package, root, "damaged or truncated", PackageError)


def test_corrupt_member_data(tmp_path, source, root, installed):
    package = pack(source, tmp_path / "demo.smartcourse").path
    raw = bytearray(package.read_bytes())
    offset = raw.find(PAYLOAD["media/intro.mp4"][1000:1032])
    raw[offset] ^= 0xFF
    package.write_bytes(bytes(raw))
    refuse(package, root, "media/intro.mp4", PackageError)


def test_not_a_zip(tmp_path, root, installed):
    package = tmp_path / "junk.smartcourse"
    package.write_bytes(b"this is not a zip file" * 100)
    refuse(package, root, "damaged or truncated", PackageError)


def test_missing_manifest(tmp_path, source, root, installed):
    entries = [e for e in source_entries(source) if e[0] != "course.json"]
    refuse(write_zip(tmp_path / "p.smartcourse", entries), root, "course.json is missing", PackageError)


def test_manifest_not_json(tmp_path, source, root, installed):
    refuse(with_manifest(tmp_path, source, b"{not json"), root, "not valid JSON", PackageError)


def test_manifest_invalid_names_json_path(tmp_path, source, root, installed):
    data = listed(source)
    data["modules"][0]["lessons"][0]["kind"] = "hologram"
    refuse(with_manifest(tmp_path, source, data), root, r"modules\[0\].lessons\[0\].kind")


def test_unsupported_format_version(tmp_path, source, root, installed):
    data = {**listed(source), "format": 3}
    refuse(with_manifest(tmp_path, source, data), root, "format version 3 is not supported", PackageError)


def test_reserved_course_id(tmp_path, root):
    source = make_source(tmp_path / "con-src", course_id="con")
    refuse(source, root, "reserved Windows name", PackageError)


# --- folders -----------------------------------------------------------------------------------


def test_folder_with_symlink_is_refused(tmp_path, source, root, installed):
    (tmp_path / "secret").write_text("secret")
    (source / "media" / "link.mp4").symlink_to(tmp_path / "secret")
    refuse(source, root, "symbolic links are not allowed", PackageError)


def test_folder_with_unlisted_file_is_refused(source, root, installed):
    (source / "media" / "stray.mp4").write_bytes(b"x")
    refuse(source, root, "media/stray.mp4: not listed", PackageError)


def test_folder_os_junk_is_ignored(source, root):
    (source / "media" / ".DS_Store").write_bytes(b"junk")
    result = import_course(source, root)
    assert not (result.folder / "media" / ".DS_Store").exists()


# --- cancel ------------------------------------------------------------------------------------


def test_cancel_leaves_nothing_behind(tmp_path, root, installed):
    newer = make_source(tmp_path / "new-src", version="3.0")
    seen = []
    refuse(newer, root, "cancelled", ImportCancelled,
           progress=lambda d, t: seen.append(d), cancelled=lambda: bool(seen))
    assert load_course(installed).version == "0.9"


def test_cancel_before_start(source, root):
    refuse(source, root, "cancelled", ImportCancelled, cancelled=lambda: True)
    assert list(root.iterdir()) == []


def test_failed_import_removes_a_root_it_created(tmp_path, source):
    root = tmp_path / "fresh"
    with pytest.raises(ImportCancelled):
        import_course(source, root, cancelled=lambda: True)
    assert not root.exists()


def test_manifest_lists_no_signature_or_manifest(tmp_path, source, root):
    data = manifest()
    data["files"] = listed(source)["files"] + [{"path": "course.sig", "size": 1, "sha256": "0" * 64}]
    refuse(with_manifest(tmp_path, source, data), root, "must not be listed")
