"""Keeping the progress database off network shares: the mount type of a path, from mountinfo text."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartcourse_desktop.system.locations import local_database_path, mount_fs_type

MOUNTINFO = r"""22 27 0:21 / / rw,relatime - ext4 /dev/sda1 rw
30 22 0:40 / /home rw,relatime - nfs4 server:/home rw,vers=4.2
31 30 0:41 / /home/ann/local\040disk rw,relatime - ext4 /dev/sdb1 rw
32 22 0:42 / /mnt/share rw,relatime - cifs //srv/share rw
33 22 0:43 / /mnt/ssh rw,relatime - fuse.sshfs ann@srv: rw
"""


@pytest.mark.parametrize("path, expected", [
    ("/var/lib/x", "ext4"), ("/home/ann/.local/share", "nfs4"), ("/home/ann/local disk/db", "ext4"),
    ("/mnt/share/progress.sqlite3", "cifs"), ("/mnt/ssh", "fuse.sshfs"), ("/homeless", "ext4"),
])
def test_mount_type_of_a_path(path, expected):
    assert mount_fs_type(Path(path), MOUNTINFO) == expected


def test_local_data_folder_is_kept(tmp_path):
    assert local_database_path(tmp_path / "progress.sqlite3") == tmp_path / "progress.sqlite3"
