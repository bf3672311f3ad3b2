"""Copy a module's reading, and the local files it references, into the course folder."""

from __future__ import annotations

import re
import shutil
from pathlib import Path, PurePosixPath

LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)|^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.M)
EXTERNAL = re.compile(r"^([a-z][a-z0-9+.-]*:|#|//)", re.I)
WORDS_PER_MINUTE = 200


def local_references(markdown: str) -> list[str]:
    """Relative file references in links and images (URLs and #anchors excluded)."""
    found = (m.group(1) or m.group(2) for m in LINK.finditer(markdown))
    return sorted({ref.split("#")[0] for ref in found if not EXTERNAL.match(ref) and ref.split("#")[0]})


def reading_seconds(markdown: str) -> int:
    """Reading time at 200 words a minute, in whole seconds."""
    return round(len(re.findall(r"\w+(?:['’-]\w+)*", markdown)) / WORDS_PER_MINUTE * 60)


def copy_reading(source: Path, course: Path, name: str) -> str:
    """Copy `source` to readings/<name>.md with its referenced files; return the course path."""
    target = course / "readings" / f"{name}.md"
    target.parent.mkdir(parents=True, exist_ok=True)
    markdown = source.read_text("utf-8")
    for ref in local_references(markdown):
        relative = PurePosixPath(ref)
        if relative.is_absolute() or ".." in relative.parts:
            raise ValueError(f"{source}: reference {ref!r} leaves the reading's folder")
        destination = target.parent / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source.parent / relative, destination)
    shutil.copyfile(source, target)
    return target.relative_to(course).as_posix()
