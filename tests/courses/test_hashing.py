"""Hashes and the `files` list of a real course folder."""

from __future__ import annotations

import hashlib

from smartcourse_desktop.courses.hashing import file_entries, sha256_file


def test_sha256_of_a_file_larger_than_one_chunk(tmp_path):
    data = bytes(range(256)) * 5000
    (tmp_path / "big.bin").write_bytes(data)
    assert sha256_file(tmp_path / "big.bin") == hashlib.sha256(data).hexdigest()


def test_files_list_every_payload_file_but_the_manifest_signature_and_symlinks(tmp_path):
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "b.mp4").write_bytes(b"bb")
    (tmp_path / "a.md").write_bytes(b"a")
    (tmp_path / "course.json").write_text("{}")
    (tmp_path / "course.sig").write_text("sig")
    (tmp_path / "link.md").symlink_to(tmp_path / "a.md")
    entries = file_entries(tmp_path)
    assert [(e.path, e.size) for e in entries] == [("a.md", 1), ("media/b.mp4", 2)]
    assert entries[0].sha256 == hashlib.sha256(b"a").hexdigest()
