import stat
import zipfile

import pytest

from smartcourse_desktop.courses.zipsafe import check_entries, check_entry_name, check_entry_type
from smartcourse_desktop.system.errors import PackageError


@pytest.mark.parametrize("name", ["course.json", "media/intro.mp4", "a/b/c.d.e", "media/"])
def test_ordinary_names_pass(name):
    assert check_entry_name(name) == name.rstrip("/")


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../evil", "traversal"),
        ("media/../../evil", "traversal"),
        ("./x", "traversal"),
        ("a//b", "empty segment"),
        ("/etc/passwd", "absolute"),
        ("C:/Windows/evil", "drive letter"),
        ("c:evil", "drive letter"),
        ("\\\\server\\share\\evil", "UNC"),
        ("//server/share/evil", "UNC"),
        ("media\\evil.mp4", "backslash"),
        ("a\x01b", "control character"),
        ("new\nline", "control character"),
        ("a\x7f", "control character"),
        ("CON", "reserved Windows name"),
        ("media/nul.txt", "reserved Windows name"),
        ("Com1.md", "reserved Windows name"),
        ("evil.", "ends with a dot"),
        ("evil ", "ends with a dot or space"),
        ("what?.txt", "forbidden character"),
        ("stream.txt:ads", "forbidden character"),
    ],
)
def test_hostile_names_are_refused(name, reason):
    with pytest.raises(PackageError, match=reason):
        check_entry_name(name)


def _info(name: str, mode: int = 0, flags: int = 0, method: int = zipfile.ZIP_STORED) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = mode << 16
    info.flag_bits = flags
    info.compress_type = method
    return info


@pytest.mark.parametrize(
    ("info", "reason"),
    [
        (_info("link", stat.S_IFLNK | 0o777), "symbolic link"),
        (_info("fifo", stat.S_IFIFO | 0o644), "not a regular file"),
        (_info("dev", stat.S_IFCHR | 0o644), "not a regular file"),
        (_info("dir/", stat.S_IFREG | 0o644), "not a regular folder"),
        (_info("secret", stat.S_IFREG | 0o644, flags=1), "encrypted"),
        (_info("x.bz2", method=zipfile.ZIP_BZIP2), "unsupported compression"),
    ],
)
def test_hostile_entry_types_are_refused(info, reason):
    with pytest.raises(PackageError, match=reason):
        check_entry_type(info)


def test_regular_files_folders_and_dos_entries_pass():
    for info in (_info("a", stat.S_IFREG | 0o644), _info("d/", stat.S_IFDIR | 0o755), _info("dos"), _info("p", 0o600)):
        check_entry_type(info)


@pytest.mark.parametrize(
    ("names", "reason"),
    [
        (["a.md", "a.md"], "duplicate entry"),
        (["media/Intro.mp4", "media/intro.MP4"], "collides"),
        (["caf\u00e9.md", "cafe\u0301.md"], "collides"),
        (["a", "a/b"], "parent folder is also a file"),
    ],
)
def test_duplicates_and_collisions_are_refused(names, reason):
    with pytest.raises(PackageError, match=reason):
        check_entries([_info(n) for n in names])


def test_check_entries_returns_files_not_folders():
    files = check_entries([_info("media/"), _info("media/a.mp4")])
    assert list(files) == ["media/a.mp4"]
