"""The lecture player: libVLC video in a Qt widget, with Qt-drawn captions and controls."""
