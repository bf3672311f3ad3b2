"""An OSError becomes a typed, one-line error of the core."""

from __future__ import annotations

import errno
import os
import re

import pytest

from smartcourse_desktop.system.errors import LibraryError
from smartcourse_desktop.system.oserrors import os_errors


def test_an_os_error_is_reported_as_the_given_type_with_its_reason(tmp_path):
    expected = rf"^cannot read the folder: {re.escape(os.strerror(errno.ENOENT))}$"  # in the test's locale
    with pytest.raises(LibraryError, match=expected), os_errors(LibraryError, "cannot read the folder"):
        (tmp_path / "missing").read_text()
