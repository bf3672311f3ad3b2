"""File and folder names that are safe on FAT32 and exFAT and sort in course order."""

from __future__ import annotations

import re
import unicodedata

RESERVED = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
DEVICE_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
MAX_TITLE_CHARS = 60  # three levels of these stay well under the 260-character path limit
MAX_NAME_BYTES = 255
MAX_PATH_CHARS = 260


def safe_title(title: str, limit: int = MAX_TITLE_CHARS) -> str:
    """`title` without characters FAT refuses, trailing dots or spaces, or a device name."""
    text = unicodedata.normalize("NFC", title)
    text = " ".join(RESERVED.sub(" ", text.replace(":", " -")).split())
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    text = text.rstrip(". ")
    if text.split(".")[0].upper() in DEVICE_NAMES:
        text = f"_{text}"
    return text or "untitled"


def numbered(number: int, title: str, suffix: str = "", width: int = 2) -> str:
    """'03 Title.m4a': a number first, so players and file managers list it in course order."""
    name = f"{number:0{width}d} {safe_title(title)}{suffix}"
    while len(name.encode("utf-8")) > MAX_NAME_BYTES:
        title = title[:-1]
        name = f"{number:0{width}d} {safe_title(title)}{suffix}"
    return name


def is_fat_safe(relative: str) -> bool:
    """True when every part of the relative path `relative` ('a/b/c') is a valid FAT name."""
    parts = relative.split("/")
    return len(relative) <= MAX_PATH_CHARS and all(
        part and not RESERVED.search(part) and not part.endswith((".", " "))
        and len(part.encode("utf-8")) <= MAX_NAME_BYTES and part.split(".")[0].upper() not in DEVICE_NAMES
        for part in parts)


def document_name(*parts: str, suffix: str) -> str:
    """'Smart Cities for City Officials – certificate – Åsa Öberg.pdf': the name a Save dialog
    suggests for an export; its non-empty parts, each FAT-safe, joined by en dashes."""
    return " – ".join(safe_title(part) for part in parts if part.strip()) + suffix
