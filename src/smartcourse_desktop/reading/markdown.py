"""Markdown readings rendered to sanitised HTML for a native Qt text view.

The rules, in order:

1. python-markdown renders the text (tables, footnotes, toc, fenced code, smarty).
2. nh3 keeps only an allowlist of tags and attributes: no script, iframe, object, form, style
   or event attribute survives, and only http(s), mailto, data and file URLs get through.
3. Every remaining URL is judged by `resolve_link` against the course folder:
   links and images relative to the reading resolve inside the course and become file URLs;
   anything that points outside it, `javascript:` and `file:` outside the course, is dropped.
   A `data:` image over `MAX_DATA_URI` characters is dropped.
4. Remote images are never fetched: each becomes a placeholder naming its address.
   External links stay in the text; the view asks before handing them to the system browser.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from smartcourse_desktop.courses.model import Course, Lesson
from smartcourse_desktop.reading.limits import DEPTH, limit_markdown

EXTENSIONS = ["tables", "footnotes", "toc", "fenced_code", "smarty", "sane_lists"]
MAX_DATA_URI = 512 * 1024
EXTERNAL_SCHEMES = ("http", "https", "mailto")
DATA_IMAGE = re.compile(r"data:image/(png|jpeg|gif|webp|bmp);base64,[A-Za-z0-9+/=\s]*\Z")
REMOTE_IMAGE = "smartcourse-remote:"
BLOCKED_IMAGE = "smartcourse-blocked:"

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div", "dl", "dt",
    "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd",
    "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "sup", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}
ALLOWED_ATTRIBUTES = {
    "*": {"id", "title"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "td": {"align", "colspan", "rowspan", "style"},
    "th": {"align", "colspan", "rowspan", "style"},
    "ol": {"start"},
}
# nh3 serialises attributes in double quotes with '"' escaped, so this matches whole tags.
_IMG_TAG = re.compile(r'<img(?:\s+[\w:-]+="[^"]*")*\s*/?>')
_ATTR = re.compile(r'([\w:-]+)="([^"]*)"')
_HEADING = re.compile(r'<h([1-6])(?:\s+[^>]*?)?\s+id="([^"]*)"[^>]*>(.*?)</h\1>', re.S)
_TAG = re.compile(r"<[^>]+>")
_NOT_TEXT = re.compile(r'<span class="placeholder">.*?</span>|<a href="#fnref:[^"]*"[^>]*>.*?</a>', re.S)


class LinkKind(StrEnum):
    ANCHOR = "anchor"
    LESSON = "lesson"
    COURSE_FILE = "course-file"
    EXTERNAL = "external"
    BLOCKED = "blocked"


@dataclass(frozen=True)
class LinkTarget:
    kind: LinkKind
    url: str = ""
    lesson_id: str = ""
    anchor: str = ""
    path: Path | None = None


@dataclass(frozen=True)
class ReadingSource:
    """Where a reading lives: its file, its course folder, and the course's readings by path."""

    path: Path
    root: Path
    readings: dict[str, str] = field(default_factory=dict)
    course_id: str = ""
    lesson_id: str = ""

    @classmethod
    def of(cls, course: Course, lesson: Lesson) -> ReadingSource:
        readings = {lesson.reading: lesson.id for lesson in course.lessons if lesson.reading}
        return cls(course.path_of(lesson.reading or ""), course.path_of(""), readings, course.id, lesson.id)


@dataclass(frozen=True)
class Placeholders:
    """Texts shown instead of images that are not loaded; the UI passes translated ones."""

    remote: str = "Image not loaded: %1"
    removed: str = "Image removed"


@dataclass(frozen=True)
class Heading:
    level: int
    anchor: str
    title: str


@dataclass(frozen=True)
class RenderedReading:
    """`limited` names the limits (reading/limits.py) the reading hit: then only part of it is shown."""

    html: str
    headings: tuple[Heading, ...]
    limited: tuple[str, ...] = ()

    @property
    def toc(self) -> list[tuple[int, str, str]]:
        return [(h.level, h.anchor, h.title) for h in self.headings]


@dataclass(frozen=True)
class Section:
    """A reading's text between two headings: what the search index stores."""

    anchor: str
    title: str
    text: str


def render_markdown(
    text: str, source: ReadingSource | None = None, placeholders: Placeholders = Placeholders()
) -> RenderedReading:
    import markdown

    limited = limit_markdown(text)
    converter = markdown.Markdown(extensions=EXTENSIONS, output_format="html")
    try:
        raw = converter.convert(limited.text)
    except RecursionError:  # the limits should prevent it; then the text is shown unformatted
        raw = "".join(f"<p>{html.escape(p)}</p>" for p in limited.text.split("\n\n"))
        return RenderedReading(sanitise(raw, source, placeholders), (), (*limited.hit, DEPTH))
    headings = tuple(Heading(level, anchor, name) for level, anchor, name in _flatten(converter.toc_tokens))
    return RenderedReading(sanitise(raw, source, placeholders), headings, limited.hit)


def sanitise(
    raw_html: str, source: ReadingSource | None = None, placeholders: Placeholders = Placeholders()
) -> str:
    import nh3

    def keep(tag: str, attribute: str, value: str) -> str | None:
        if attribute not in ("href", "src"):
            return value
        return _rewrite(tag, value, source)

    clean = nh3.clean(
        raw_html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, attribute_filter=keep,
        url_schemes={"http", "https", "mailto", "data", "file"}, link_rel=None,
        clean_content_tags={"script", "style"}, strip_comments=True, filter_style_properties={"text-align"},
    )
    return _IMG_TAG.sub(lambda match: _image_placeholder(match, placeholders), clean)


def _rewrite(tag: str, value: str, source: ReadingSource | None) -> str | None:
    if tag == "img":
        return _image_src(value, source)
    target = resolve_link(value, source)
    if target.kind == LinkKind.BLOCKED:
        return None
    return target.url


def _image_src(value: str, source: ReadingSource | None) -> str:
    if value.startswith("data:"):
        ok = len(value) <= MAX_DATA_URI and DATA_IMAGE.match(value)
        return value if ok else BLOCKED_IMAGE + html.escape(value[:40])
    target = resolve_link(value, source)
    if target.kind == LinkKind.EXTERNAL and value.lower().startswith(("http:", "https:")):
        return REMOTE_IMAGE + value
    if target.kind in (LinkKind.COURSE_FILE, LinkKind.LESSON):
        return target.url
    return BLOCKED_IMAGE + value


def _image_placeholder(match: re.Match[str], placeholders: Placeholders) -> str:
    attrs = dict(_ATTR.findall(match.group(0)))
    src, alt = attrs.get("src", ""), attrs.get("alt", "")
    if src.startswith(REMOTE_IMAGE):
        label = placeholders.remote.replace("%1", src[len(REMOTE_IMAGE):])
    elif src.startswith(BLOCKED_IMAGE) or not src:
        label = placeholders.removed
    else:
        return match.group(0)
    return f'<span class="placeholder">[{label}{" – " + alt if alt else ""}]</span>'


def resolve_link(href: str, source: ReadingSource | None) -> LinkTarget:
    """Classify a link or image address found in a reading (see the module docstring)."""
    href = html.unescape(href).strip()
    parts = urlsplit(href)
    scheme = parts.scheme.lower()
    if not scheme and not parts.netloc and not parts.path:
        return LinkTarget(LinkKind.ANCHOR, href, anchor=parts.fragment)
    if scheme in EXTERNAL_SCHEMES:
        return LinkTarget(LinkKind.EXTERNAL, href)
    if source is None or (scheme and scheme != "file") or parts.netloc:
        return LinkTarget(LinkKind.BLOCKED, href)
    base = Path("/") if scheme == "file" else source.path.parent
    return _inside_course(base / unquote(parts.path), parts.fragment, source)


def _inside_course(path: Path, fragment: str, source: ReadingSource) -> LinkTarget:
    root = source.root.resolve()
    try:
        relative = path.resolve().relative_to(root)
    except (ValueError, OSError, RuntimeError):
        return LinkTarget(LinkKind.BLOCKED, str(path))
    posix = PurePosixPath(*relative.parts).as_posix()
    url = (root / relative).as_uri() + (f"#{fragment}" if fragment else "")
    lesson_id = source.readings.get(posix, "")
    kind = LinkKind.LESSON if lesson_id else LinkKind.COURSE_FILE
    return LinkTarget(kind, url, lesson_id=lesson_id, anchor=fragment, path=root / relative)


def sections(text: str) -> list[Section]:
    """The reading split at its headings, as plain text, each with its heading's anchor."""
    return sections_of_html(render_markdown(text).html)


def sections_of_html(rendered_html: str) -> list[Section]:
    body = _NOT_TEXT.sub("", rendered_html)
    out: list[Section] = []
    position, anchor, title = 0, "", ""
    for match in _HEADING.finditer(body):
        out.append(Section(anchor, title, plain_text(body[position:match.start()])))
        anchor, title = match.group(2), plain_text(match.group(3))
        position = match.end()
    out.append(Section(anchor, title, plain_text(body[position:])))
    return [s for s in out if s.text or s.title]


def plain_text(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split())


def _flatten(tokens: list[dict]) -> list[tuple[int, str, str]]:
    out = []
    for token in tokens:
        out.append((token["level"], token["id"], html.unescape(_TAG.sub("", token["name"]))))
        out.extend(_flatten(token.get("children", [])))
    return out
