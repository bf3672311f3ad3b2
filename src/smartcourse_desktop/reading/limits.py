"""Bounds on a reading's Markdown before python-markdown sees it.

python-markdown, nh3 and Qt's text layout all slow down badly (or recurse until they fail) on
deep nesting and on very long input: 20,000 nested divs, 3,000 nested quotes, a 1,200-level list,
10,000 headings or a 5 MB paragraph took from seconds to minutes, or crashed. A reading is first
cut down to these limits, keeping what fits, and the limits hit are reported so the reader can be told.

Raw HTML is balanced on the way: an opening tag that is never closed is dropped, so it can't take
the rest of the reading with it (an unclosed <script>, <iframe> or <form> used to), and elements
whose content is never text (script, style, iframe...) are dropped with their content. Code spans
and fenced code blocks are left as they are: there, markup is text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_CHARS = 600_000  # more than one inline image of MAX_DATA_URI (reading.markdown)
MAX_DEPTH = 16
MAX_HEADINGS = 400
MAX_BLOCKS = 1500  # python-markdown spends about 0.2 ms per block, and more as they add up

SIZE, DEPTH, HEADINGS = "size", "depth", "headings"

RAW_TEXT = frozenset({"script", "style", "iframe", "textarea", "title", "xmp", "noembed", "noframes",
                      "noscript", "plaintext", "template", "object", "embed", "svg", "math"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                  "track", "wbr"})
_FENCE = re.compile(r" {0,3}(```|~~~)")
_QUOTES = re.compile(r"(?: {0,3}>[ \t]?)+")
_ATX = re.compile(r" {0,3}#{1,6}(?:[ \t]|$)")
_SETEXT = re.compile(r" {0,3}(?:=+|-+)[ \t]*$")
_TOKEN = re.compile(r"(`+)[^`]*?\1|<(/?)([A-Za-z][\w-]*)((?:\s[^<>]*)?)>")


@dataclass(frozen=True)
class Limited:
    text: str
    hit: tuple[str, ...] = ()


def limit_markdown(text: str) -> Limited:
    hit: set[str] = set()
    if len(text) > MAX_CHARS:
        cut = text.rfind("\n\n", 0, MAX_CHARS)
        text = text[:cut if cut > MAX_CHARS // 2 else MAX_CHARS]
        hit.add(SIZE)
    out: list[str] = []
    prose: list[str] = []
    fenced = False
    headings = blocks = 0
    previous = ""
    for line in text.split("\n"):
        if line.strip() and not previous.strip():
            blocks += 1
            if blocks > MAX_BLOCKS:
                hit.add(SIZE)
                break
        previous = line
        if _FENCE.match(line):
            if not fenced:
                out.append(_balance("\n".join(prose), hit))
                prose = []
            fenced = not fenced
            out.append(line)
            continue
        if fenced:
            out.append(line)
            continue
        line = _shallow(line, hit)
        if _ATX.match(line) or (_SETEXT.match(line) and prose and prose[-1].strip()):
            headings += 1
            if headings > MAX_HEADINGS:
                hit.add(HEADINGS)
                line = "" if _SETEXT.match(line) and not _ATX.match(line) else line.lstrip(" #")
        prose.append(line)
    out.append(_balance("\n".join(prose), hit))
    return Limited("\n".join(out), tuple(sorted(hit)))


def _shallow(line: str, hit: set[str]) -> str:
    """At most MAX_DEPTH quote markers and MAX_DEPTH list levels of indentation."""
    quotes = _QUOTES.match(line)
    if quotes and quotes.group(0).count(">") > MAX_DEPTH:
        hit.add(DEPTH)
        line = "> " * MAX_DEPTH + line[quotes.end():]
    indent = len(line) - len(line.lstrip(" \t"))
    if indent > MAX_DEPTH * 4:
        hit.add(DEPTH)
        line = " " * (MAX_DEPTH * 4) + line[indent:]
    return line


def _balance(text: str, hit: set[str]) -> str:
    """Raw HTML tags kept only when closed and at most MAX_DEPTH deep; raw-text elements removed."""
    drop: list[tuple[int, int]] = []  # spans of `text` to leave out
    stack: list[tuple[str, int, int]] = []  # open tags: name, start, end
    deep: dict[str, int] = {}  # tags opened past MAX_DEPTH (dropped), by name, to drop their closing tags
    unclosed: set[str] = set()  # raw-text elements with no closing tag from here on
    position = 0
    while (token := _TOKEN.search(text, position)) is not None:
        position = token.end()
        if token.group(1):
            continue  # a code span
        closing, name = token.group(2) == "/", token.group(3).lower()
        span = (token.start(), token.end())
        if name in RAW_TEXT:
            end = -1 if closing or name in unclosed else _raw_end(text, name, token.end())
            unclosed.update([name] if end < 0 and not closing else [])
            drop.append((span[0], max(end, span[1])))
            position = max(position, end)
        elif closing and deep.get(name):
            deep[name] -= 1
            drop.append(span)
        elif closing:
            _close(stack, name, span, drop)
        elif name in VOID or token.group(4).rstrip().endswith("/"):
            continue
        elif len(stack) >= MAX_DEPTH:
            hit.add(DEPTH)
            deep[name] = deep.get(name, 0) + 1
            drop.append(span)
        else:
            stack.append((name, *span))
    drop.extend((start, end) for _name, start, end in stack)  # never closed
    return _without(text, drop)


def _raw_end(text: str, name: str, start: int) -> int:
    found = re.compile(rf"</{name}\s*>", re.I).search(text, start)
    return found.end() if found else -1


def _close(stack: list[tuple[str, int, int]], name: str, span: tuple[int, int], drop: list[tuple[int, int]]) -> None:
    """Close the innermost open `name`, dropping the tags opened inside it that were never closed;
    a closing tag with nothing to close is dropped."""
    for index in range(len(stack) - 1, -1, -1):
        if stack[index][0] == name:
            drop.extend((start, end) for _name, start, end in stack[index + 1:])
            del stack[index:]
            return
    drop.append(span)


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    parts, position = [], 0
    for start, end in sorted(spans):
        if start >= position:
            parts.append(text[position:start])
            position = end
        elif end > position:
            position = end
    parts.append(text[position:])
    return "".join(parts)
