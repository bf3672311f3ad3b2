"""What a reading may load, for the reading view and for print and PDF export: files inside its
course folder only, with SVG images sanitised.

An SVG is a document that can itself load files (`<image href="/any/path.png">`) and carry scripts.
Before Qt sees one, every reference that is not inside the SVG (`#id`) or inside the course is
removed, in-course raster images are inlined as data URLs (Qt renders the SVG from memory, where a
relative path would mean nothing), and script, foreignObject and DOCTYPE (entity tricks) are refused.
A look-up that failed is remembered, so a missing image costs one check, not one per repaint.
"""

from __future__ import annotations

import base64
import logging
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

log = logging.getLogger(__name__)

MAX_RESOURCE = 20 * 1024 * 1024
MAX_INLINED = 2 * 1024 * 1024
SVG = "{http://www.w3.org/2000/svg}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
DROPPED = frozenset({f"{SVG}script", f"{SVG}foreignObject", "script", "foreignObject"})
RASTER = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif", ".webp": "image/webp"}
_EXTERNAL_URL = re.compile(r"url\s*\(\s*['\"]?\s*(?!#)", re.I)
_EXTERNAL_CSS = re.compile(r"url\s*\(\s*['\"]?\s*(?!#)|@import", re.I)
ElementTree.register_namespace("", SVG[1:-1])
ElementTree.register_namespace("xlink", XLINK_HREF[1:XLINK_HREF.index("}")])


class CourseResources:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self._failed: set[Path] = set()

    def load(self, path: Path) -> bytes | None:
        """The bytes of an image at `path`, or None if it is outside the course, missing or refused."""
        if path in self._failed:
            return None
        data = self._read(path)
        if data is None:
            self._failed.add(path)
        return data

    def inside(self, path: Path) -> Path | None:
        try:
            resolved = path.resolve()
            resolved.relative_to(self.root)
        except (ValueError, OSError, RuntimeError):
            return None
        return resolved if resolved.is_file() else None

    def _read(self, path: Path) -> bytes | None:
        resolved = self.inside(path)
        if resolved is None or resolved.suffix.lower() == ".svgz":
            log.info("not loading %s", str(path)[:200])
            return None
        try:
            if resolved.stat().st_size > MAX_RESOURCE:
                return None
            data = resolved.read_bytes()
        except OSError as exc:
            log.info("cannot load %s: %s", resolved, exc)
            return None
        if resolved.suffix.lower() == ".svg" or data.lstrip()[:5] in (b"<?xml", b"<svg ", b"<svg>"):
            return sanitise_svg(data, resolved.parent, self)
        return data


def sanitise_svg(data: bytes, folder: Path, resources: CourseResources) -> bytes | None:
    """The SVG with nothing that loads from outside it, or None if it can't be made safe."""
    if b"<!DOCTYPE" in data.upper() or b"<!ENTITY" in data.upper():
        return None
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        log.info("refusing an SVG that is not well-formed XML: %s", exc)
        return None
    _clean(root, folder, resources)
    return ElementTree.tostring(root)


def _clean(element: ElementTree.Element, folder: Path, resources: CourseResources) -> None:
    for child in list(element):
        if child.tag in DROPPED:
            element.remove(child)
        else:
            _clean(child, folder, resources)
    for name in [n for n in element.attrib if n in ("href", XLINK_HREF)]:
        value = _safe_href(element.attrib[name].strip(), folder, resources)
        if value is None:
            del element.attrib[name]
        else:
            element.attrib[name] = value
    for name in [n for n in element.attrib if n.lower().startswith("on") or _EXTERNAL_URL.search(element.attrib[n])]:
        del element.attrib[name]
    if element.tag in (f"{SVG}style", "style") and element.text and _EXTERNAL_CSS.search(element.text):
        element.text = ""


def _safe_href(value: str, folder: Path, resources: CourseResources) -> str | None:
    if value.startswith("#") or (value.startswith("data:image/") and ";base64," in value[:40]):
        return value
    if ":" in value.split("/")[0] or value.startswith("//"):
        return None  # file:, http:, javascript: and the like
    path = resources.inside(folder / value)
    mime = RASTER.get(path.suffix.lower()) if path is not None else None
    if path is None or mime is None or path.stat().st_size > MAX_INLINED:
        return None
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode()}"
