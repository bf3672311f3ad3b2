"""Rendered readings kept in the cache folder, so a reading is rendered once, off the GUI thread.

python-markdown takes about a quarter of a second for a 50-page reading, most of it in its
inline patterns (smarty alone is a quarter of that), so the app does not render on the GUI thread
when it can avoid it: the search indexer, which already renders every reading in the background
after an import or at start-up, stores each result here, and opening a reading reads it back.

An entry is keyed by everything its HTML depends on: the Markdown text, where the course lives
(links and images are rewritten to absolute file URLs inside it), the course's readings, and the
versions of the renderer. Placeholder texts are not part of the key: entries hold markers that
are replaced by the (translated) texts when read. A damaged or missing entry is simply rendered
again; the folder can be deleted at any time.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from smartcourse_desktop.reading.markdown import Heading, Placeholders, ReadingSource, RenderedReading, render_markdown
from smartcourse_desktop.system.i18n import _
from smartcourse_desktop.system.paths import Paths

log = logging.getLogger(__name__)

FORMAT = 2
MARKERS = Placeholders(remote="\ue010%1\ue011", removed="\ue012")
_REMOTE = re.compile("\ue010(.*?)\ue011", re.S)


def cache_dir(paths: Paths) -> Path:
    return paths.cache / "readings"


def render_reading(source: ReadingSource, placeholders: Placeholders = Placeholders(),
                   folder: Path | None = None) -> RenderedReading:
    """The reading's rendering, from the cache in `folder` when there; raises OSError if the
    Markdown file cannot be read."""
    try:
        text = source.path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise OSError(_("{name} is not UTF-8 text: {exc}").format(name=source.path.name, exc=exc)) from exc
    if folder is None:
        return render_markdown(text, source, placeholders)
    path = folder / f"{_key(text, source)}.json"
    rendered = _load(path)
    if rendered is None:
        rendered = render_markdown(text, source, MARKERS)
        _store(path, rendered)
    return _with_placeholders(rendered, placeholders)


def _key(text: str, source: ReadingSource) -> str:
    parts = [str(FORMAT), _version("markdown"), _version("nh3"), str(source.root.resolve()),
             str(source.path.resolve()), json.dumps(sorted(source.readings.items())), text]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "?"


def _load(path: Path) -> RenderedReading | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return RenderedReading(data["html"], tuple(Heading(*h) for h in data["headings"]), tuple(data["limited"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.info("rendering %s again: %s", path.name, exc)
        return None


def _store(path: Path, rendered: RenderedReading) -> None:
    data = {"html": rendered.html, "headings": [[h.level, h.anchor, h.title] for h in rendered.headings],
            "limited": list(rendered.limited)}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out)
        os.replace(temporary, path)
    except OSError as exc:
        log.info("not caching a rendered reading: %s", exc)


def _with_placeholders(rendered: RenderedReading, placeholders: Placeholders) -> RenderedReading:
    import html

    remote = html.escape(placeholders.remote, quote=False)
    text = _REMOTE.sub(lambda m: remote.replace("%1", m.group(1)), rendered.html)
    text = text.replace("\ue012", html.escape(placeholders.removed, quote=False))
    return RenderedReading(text, rendered.headings, rendered.limited)
