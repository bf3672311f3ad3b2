"""The transcript list on its own: a new lecture's transcript starts at its beginning."""

from __future__ import annotations

from smartcourse_desktop.media.captions import Captions, Cue
from smartcourse_desktop.ui.player.transcript_panel import TranscriptPanel


def captions(words: str, count: int = 200) -> Captions:
    return Captions([Cue(float(i), float(i) + 1, f"{words} {i}") for i in range(count)], "en")


def test_a_new_lectures_transcript_opens_at_the_top_without_the_old_search(qtbot):
    panel = TranscriptPanel()
    qtbot.addWidget(panel)
    panel.resize(300, 400)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_captions(captions("first"))
    panel.set_current(190)
    qtbot.keyClicks(panel.search, "first 1")
    assert panel.lines.verticalScrollBar().value() > 0
    panel.set_captions(captions("second"))
    assert panel.search.text() == ""
    assert panel.lines.verticalScrollBar().value() == 0
    assert panel.lines.currentRow() == -1
    assert not any(panel.lines.item(row).isHidden() for row in range(panel.lines.count()))
