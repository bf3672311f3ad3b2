"""PyInstaller runtime hook: before any app code runs, point python-vlc at the bundled libVLC."""

from smartcourse_desktop.media.vlc_backend import point_at_bundled_libvlc

point_at_bundled_libvlc()
