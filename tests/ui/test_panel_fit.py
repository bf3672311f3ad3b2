"""The pure rule deciding which side panels collapse: the transcript, then the outline, then the notes."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from smartcourse_desktop.ui import panel_fit
from smartcourse_desktop.ui.panel_fit import COLLAPSE_ORDER, Panel, Size, collapsed_panels

LESSON = Size(480, 300)
PANELS = {Panel.OUTLINE: Size(200, 100), Panel.TRANSCRIPT: Size(180, 120), Panel.NOTES: Size(190, 200)}
GAP = 10
ALL = 480 + 200 + 180 + 190 + 3 * GAP  # 1080: everything side by side


@pytest.mark.parametrize(("width", "collapsed"), [
    (ALL + 200, set()),
    (ALL, set()),
    (ALL - 1, {Panel.TRANSCRIPT}),
    (ALL - 190, {Panel.TRANSCRIPT}),
    (ALL - 191, {Panel.TRANSCRIPT, Panel.OUTLINE}),
    (480 + 190 + GAP, {Panel.TRANSCRIPT, Panel.OUTLINE}),
    (480 + 190 + GAP - 1, {Panel.TRANSCRIPT, Panel.OUTLINE, Panel.NOTES}),
    (480, {Panel.TRANSCRIPT, Panel.OUTLINE, Panel.NOTES}),
    (300, {Panel.TRANSCRIPT, Panel.OUTLINE, Panel.NOTES}),  # the lesson keeps its size; nothing else shows
])
def test_as_the_window_narrows_transcript_then_outline_then_notes_collapse(width, collapsed):
    assert collapsed_panels(Size(width, 700), LESSON, PANELS, gap=GAP) == collapsed


def test_the_collapsed_panels_are_always_a_leading_part_of_the_order():
    for width in range(200, ALL + 50, 7):
        for height in range(50, 400, 25):
            collapsed = collapsed_panels(Size(width, height), LESSON, PANELS, gap=GAP)
            assert collapsed == set(COLLAPSE_ORDER[:len(collapsed)])


def test_panels_not_open_take_no_room_and_never_collapse():
    notes_closed = {panel: size for panel, size in PANELS.items() if panel is not Panel.NOTES}
    assert collapsed_panels(Size(ALL - 190, 700), LESSON, notes_closed, gap=GAP) == set()
    reading = {Panel.OUTLINE: PANELS[Panel.OUTLINE], Panel.NOTES: PANELS[Panel.NOTES]}
    assert collapsed_panels(Size(480 + 200 + GAP, 700), LESSON, reading, gap=GAP) == {Panel.OUTLINE}


def test_a_short_window_collapses_what_is_taller_than_it_in_order():
    low = Size(480, 100)
    assert collapsed_panels(Size(ALL, 200), low, PANELS, gap=GAP) == set()
    assert collapsed_panels(Size(ALL, 150), low, PANELS, gap=GAP) == {Panel.TRANSCRIPT, Panel.OUTLINE, Panel.NOTES}
    short_notes = {**PANELS, Panel.NOTES: Size(190, 90)}
    assert collapsed_panels(Size(ALL, 110), low, short_notes, gap=GAP) == {Panel.TRANSCRIPT}


def test_a_panel_opened_from_its_button_collapses_the_next_one_instead():
    one_fits = Size(480 + 200 + GAP, 700)
    assert collapsed_panels(one_fits, LESSON, PANELS, gap=GAP) == {Panel.TRANSCRIPT, Panel.OUTLINE}
    assert collapsed_panels(one_fits, LESSON, PANELS, Panel.TRANSCRIPT, GAP) == {Panel.OUTLINE, Panel.NOTES}
    assert collapsed_panels(one_fits, LESSON, PANELS, Panel.OUTLINE, GAP) == {Panel.TRANSCRIPT, Panel.NOTES}
    assert collapsed_panels(Size(ALL, 700), LESSON, PANELS, Panel.OUTLINE, GAP) == set()


def test_the_rule_is_qt_free():
    tree = ast.parse(Path(panel_fit.__file__).read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not any(name.startswith("PySide6") for name in imported)
