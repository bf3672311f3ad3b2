"""The M3U8 playlists and the index page of a take-away folder.

The page is built from escaped text only, loads nothing (a Content-Security-Policy of
`default-src 'none'` says so to the phone's browser) and links the files by relative paths.
"""

from __future__ import annotations

import html
from pathlib import PurePosixPath
from urllib.parse import quote

from smartcourse_desktop.takeaway.plan import ExportItem, TakeawayPlan

CSP = "default-src 'none'; style-src 'unsafe-inline'"


def playlist(items: list[ExportItem], folder: PurePosixPath) -> str:
    """An extended M3U in UTF-8 with paths relative to `folder`, in course order."""
    lines = ["#EXTM3U"]
    for item in items:
        assert item.lesson is not None
        title = " ".join(item.lesson.title.split())
        lines += [f"#EXTINF:{round(item.lesson.duration)},{title}", item.relative.relative_to(folder).as_posix()]
    return "\n".join(lines) + "\n"


def index_html(plan: TakeawayPlan) -> str:
    esc = html.escape
    sections = []
    for module in plan.modules:
        folder = plan.module_folder(module)
        links = [(f"{folder.name}/{folder.name}.m3u8", "Playlist")]
        links += [(item.relative.relative_to(plan.folder).as_posix(), item.lesson.title if item.lesson else
                   item.relative.name) for item in plan.items if item.module == module]
        rows = "".join(f'<li><a href="{esc(quote(href))}">{esc(text)}</a></li>' for href, text in links)
        sections.append(f"<h2>{esc(module.title)}</h2><ul>{rows}</ul>")
    language = esc(plan.course.languages[0] if plan.course.languages else "en")
    return (
        f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(plan.course.title)}</title>"
        "<style>body{font-family:sans-serif;margin:1em;line-height:1.5}li{margin:.4em 0}</style></head>"
        f"<body><h1>{esc(plan.course.title)}</h1>{''.join(sections)}</body></html>\n"
    )
