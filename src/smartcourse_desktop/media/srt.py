"""SubRip (.srt) captions, read directly into the same cue records as WebVTT.

Real SRT files from course websites are loose: a byte order mark, CRLF line endings, cues with no
blank line between them, hours past 99. All of these are accepted; a line that looks like a timing
line but is not one is an error that names the line.
"""

from __future__ import annotations

import re

from smartcourse_desktop.media.captions import CaptionError, Cue
from smartcourse_desktop.system.errors import quoted
from smartcourse_desktop.system.i18n import _

STAMP = r"(\d{1,6}):([0-5]\d):([0-5]\d)[,.](\d{1,3})"
TIMING = re.compile(rf"{STAMP}\s*-->\s*{STAMP}(?:\s+.*)?")
STYLING = re.compile(r"</?(?:i|b|u|s|font)\b[^>]*>|\{\\[^}]*\}", re.IGNORECASE)  # <i>, <font color=…>, {\an8}


def _seconds(hours: str, minutes: str, seconds: str, millis: str) -> float:
    return int(hours) * 3600 + int(minutes) * 60 + int(seconds) + int(millis.ljust(3, "0")) / 1000


def _timing(line: str, number: int) -> tuple[float, float]:
    match = TIMING.fullmatch(line.strip())
    if match is None:
        raise CaptionError(_("line {number}: malformed SRT timing line {line} (expected 00:00:01,000 --> "
                             "00:00:03,500)").format(number=number, line=quoted(line.strip())))
    groups = match.groups()
    return _seconds(*groups[:4]), _seconds(*groups[4:])


def _is_timing(lines: list[str], index: int) -> bool:
    return index < len(lines) and "-->" in lines[index]


def parse_srt(text: str) -> list[Cue]:
    """The cues of an SRT file, as plain text (styling tags removed); cues with no text or no duration
    are dropped."""
    lines = text.lstrip("\ufeff").replace("\0", "\ufffd").splitlines()
    cues: list[Cue] = []
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        if not line:
            index += 1
            continue
        if line.isdigit() and index + 1 < len(lines):
            index += 1
            line = lines[index]
        elif "-->" not in line:
            raise CaptionError(_("line {number}: expected a cue number or a timing line, found {line}").format(
                number=index + 1, line=quoted(line)))
        start, end = _timing(line, index + 1)
        index += 1
        body: list[str] = []
        while index < len(lines) and lines[index].strip() and not _is_timing(lines, index):
            if lines[index].strip().isdigit() and _is_timing(lines, index + 1):
                break
            body.append(STYLING.sub("", lines[index]).strip())
            index += 1
        text_of_cue = "\n".join(body)
        if text_of_cue and end > start:
            cues.append(Cue(start, end, text_of_cue))
    return cues
