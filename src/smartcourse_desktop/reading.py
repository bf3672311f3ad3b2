"""Markdown readings rendered to sanitised HTML for a native Qt text view."""

from __future__ import annotations

from dataclasses import dataclass

EXTENSIONS = ["tables", "footnotes", "toc", "fenced_code", "smarty", "sane_lists"]


@dataclass(frozen=True)
class RenderedReading:
    html: str
    toc: list[tuple[int, str, str]]


def render_markdown(text: str) -> RenderedReading:
    import markdown

    converter = markdown.Markdown(extensions=EXTENSIONS, output_format="html")
    html = converter.convert(text)
    toc = [(level, anchor, name) for level, anchor, name in _flatten(converter.toc_tokens)]
    return RenderedReading(html, toc)


def _flatten(tokens: list[dict]) -> list[tuple[int, str, str]]:
    out = []
    for token in tokens:
        out.append((token["level"], token["id"], token["name"]))
        out.extend(_flatten(token.get("children", [])))
    return out
