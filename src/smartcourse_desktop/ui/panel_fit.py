"""Which side panels of the course page fit beside the lesson: a pure rule, without Qt.

The lesson (a lecture's picture with its controls, or a reading) always keeps its minimum size.
When the window is too small for it and every open panel, panels collapse into toggle buttons in
`COLLAPSE_ORDER`: the transcript first, then the outline, then the notes. A panel the learner
opened from its toggle button (`preferred`) collapses last, so opening it collapses the next one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum


class Panel(Enum):
    TRANSCRIPT = "transcript"
    OUTLINE = "outline"
    NOTES = "notes"


COLLAPSE_ORDER = (Panel.TRANSCRIPT, Panel.OUTLINE, Panel.NOTES)


@dataclass(frozen=True)
class Size:
    width: int
    height: int


def collapse_order(panels: Mapping[Panel, Size], preferred: Panel | None = None) -> list[Panel]:
    """The open panels in the order they collapse, the preferred one last."""
    order = [panel for panel in COLLAPSE_ORDER if panel in panels and panel is not preferred]
    return order + ([preferred] if preferred is not None and preferred in panels else [])


def fits(space: Size, lesson: Size, shown: list[Size], gap: int) -> bool:
    """The lesson and the `shown` panels, side by side with `gap` between each, fit into `space`."""
    width = lesson.width + sum(size.width + gap for size in shown)
    height = max([lesson.height, *(size.height for size in shown)])
    return width <= space.width and height <= space.height


def collapsed_panels(space: Size, lesson: Size, panels: Mapping[Panel, Size], preferred: Panel | None = None,
                     gap: int = 0) -> frozenset[Panel]:
    """The open `panels` (each with its minimum size) that must collapse for the lesson and the rest
    to fit into `space`. Always a leading part of the collapse order: never the outline while the
    transcript shows, never the notes while the outline shows (the preferred panel aside)."""
    order = collapse_order(panels, preferred)
    for count in range(len(order) + 1):
        if fits(space, lesson, [panels[panel] for panel in order[count:]], gap):
            return frozenset(order[:count])
    return frozenset(order)
