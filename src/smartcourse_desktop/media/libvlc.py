"""Finding and loading libVLC, guarded: the app must start without it.

python-vlc calls sys.exit() when PYTHON_VLC_LIB_PATH points at a wrong file, and
vlc.Instance() returns None when the plugin folder is bad; both are turned into a reason.
"""

from __future__ import annotations

import logging
import os
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

log = logging.getLogger(__name__)

INSTALL_HINT = "Install VLC's library: sudo apt-get install libvlc5 vlc-plugin-base vlc-plugin-video-output"


class VlcUnavailable(Exception):
    """libVLC cannot be loaded; the message says why and how to fix it."""


def point_at_bundled_libvlc() -> None:
    """In the PyInstaller bundle, use the libVLC and plugins shipped beside the app."""
    bundle = getattr(sys, "_MEIPASS", None)
    if not bundle:
        return
    root = Path(bundle) / "vlc"
    lib = next(iter(sorted(root.glob("libvlc.so*")) + sorted(root.glob("libvlc.dll"))), None)
    if lib is None:
        return
    os.environ.setdefault("PYTHON_VLC_LIB_PATH", str(lib))
    os.environ.setdefault("PYTHON_VLC_MODULE_PATH", str(root))
    os.environ.setdefault("VLC_PLUGIN_PATH", str(root / "plugins"))


@cache
def load_vlc() -> ModuleType:
    """Import python-vlc, or raise VlcUnavailable with a readable reason."""
    point_at_bundled_libvlc()
    try:
        import vlc
    except SystemExit as exc:
        raise VlcUnavailable(f"libVLC could not be loaded ({exc}). {INSTALL_HINT}") from None
    except (ImportError, OSError, NameError, AttributeError, NotImplementedError) as exc:
        raise VlcUnavailable(f"libVLC is not installed ({exc}). {INSTALL_HINT}") from None
    if getattr(vlc, "dll", None) is None:
        raise VlcUnavailable(f"libVLC is not installed. {INSTALL_HINT}")
    return vlc


def libvlc_version() -> str | None:
    try:
        vlc = load_vlc()
    except VlcUnavailable:
        return None
    raw = vlc.libvlc_get_version()
    return raw.decode() if isinstance(raw, bytes) else str(raw)
