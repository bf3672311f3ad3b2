"""`smartcourse new`: a course source folder guessed from a folder of downloaded material.

The source folder is only read. Files are hard-linked (or copied) under safe names; HTML texts
are converted to Markdown (the reading renderer sanitises it as usual). What had to be guessed
is returned as a list of notes for the author to check.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smartcourse_desktop.courses.manifest import collision_key
from smartcourse_desktop.courses.model import FORMAT_VERSION, MANIFEST_NAME
from smartcourse_desktop.system.errors import PackageError
from smartcourse_desktop.system.i18n import _
from smartcourse_desktop.system.oserrors import os_errors

VIDEO = {".mp4", ".m4v", ".webm", ".mkv", ".mov"}
AUDIO = {".m4a", ".mp3", ".ogg", ".oga", ".opus", ".flac", ".aac", ".wav"}
TEXT = {".pdf", ".md", ".markdown", ".html", ".htm"}
CAPTIONS = {".srt", ".vtt"}
WORDS_PER_MINUTE = 200
LEADING_NUMBER = re.compile(r"^\s*(\d{1,3}([._-]\d{1,3})?)(?=[\s._-])[\s._-]*")
MODULE_NUMBER = re.compile(r"^\s*(\d{1,3})[._-](\d{1,3})(?=[\s._-])")
LOOSE = "Course materials"
LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")

Prober = Callable[[Path], float | None]  # seconds, or None when the file cannot be played


@dataclass
class Draft:
    title: str
    kind: str
    source: Path
    captions: dict[str, Path] = field(default_factory=dict)


@dataclass
class ScaffoldResult:
    manifest: dict[str, Any]
    notes: list[str]


def clean_title(name: str) -> str:
    """'01_data-and the  social' -> 'Data and the social' (the original spelling otherwise kept)."""
    text = LEADING_NUMBER.sub("", name).replace("_", " ")
    if " " not in text.strip():
        text = text.replace("-", " ")
    text = " ".join(text.split()) or name.strip() or "Untitled"
    return text[0].upper() + text[1:] if text.islower() else text


def safe_name(name: str) -> str:
    """A name made of [A-Za-z0-9._-] only, not starting with a dot or dash."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_name).strip(".-_").lower()
    return re.sub(r"-{2,}", "-", slug)[:80] or "file"


def _sort_key(path: Path) -> tuple[tuple[int, ...], str]:
    match = LEADING_NUMBER.match(path.name)
    numbers = tuple(int(n) for n in re.findall(r"\d+", match.group(1))) if match else (10_000,)
    return numbers, path.name.casefold()


def _split_language(path: Path) -> tuple[str, str]:
    """'lecture.en.srt' -> ('lecture', 'en'); 'lecture.srt' -> ('lecture', '')."""
    stem, _, lang = path.stem.rpartition(".")
    return (stem, lang) if stem and LANGUAGE.fullmatch(lang) else (path.stem, "")


def _group(source: Path) -> list[tuple[str, list[Path]]]:
    """Modules: one per subfolder (files below it, recursively); loose files numbered like
    '02-03 Title' go to module 2; other loose files to one "Course materials" module."""
    folders = sorted((p for p in source.iterdir() if p.is_dir() and not p.name.startswith(".")), key=_sort_key)
    groups = [(folder.name, sorted((p for p in folder.rglob("*") if p.is_file()), key=_sort_key))
              for folder in folders]
    by_module: dict[str, list[Path]] = {}
    for path in sorted((p for p in source.iterdir() if p.is_file()), key=_sort_key):
        match = MODULE_NUMBER.match(path.name)
        by_module.setdefault(f"Module {int(match.group(1))}" if match else LOOSE, []).append(path)
    numbered = sorted((item for item in by_module.items() if item[0] != LOOSE), key=lambda i: int(i[0].split()[1]))
    return groups + numbered + ([(LOOSE, by_module[LOOSE])] if LOOSE in by_module else [])


def _drafts(files: list[Path], notes: list[str], language: str) -> list[Draft]:
    drafts: dict[str, Draft] = {}
    captions: list[Path] = []
    for path in files:
        suffix = path.suffix.lower()
        kind = "video" if suffix in VIDEO else "audio" if suffix in AUDIO else "reading" if suffix in TEXT else ""
        if kind:
            drafts.setdefault(path.stem.casefold(), Draft(clean_title(path.stem), kind, path))
        elif suffix in CAPTIONS:
            captions.append(path)
        elif path.name not in {".DS_Store", "Thumbs.db", "desktop.ini"}:
            notes.append(_("not used: {name} (not a lecture, text or caption file)").format(name=path.name))
    for path in captions:
        stem, lang = _split_language(path)
        draft = drafts.get(stem.casefold())
        if draft is None or draft.kind == "reading":
            notes.append(_("not used: {name} (no lecture named {stem} beside it)").format(
                name=path.name, stem=repr(stem)))
            continue
        if not lang:
            lang = language
            notes.append(_("{name}: no language in the name, assumed {language}").format(
                name=path.name, language=repr(language)))
        draft.captions[lang] = path
    return list(drafts.values())


class _Writer:
    """Places files in the new course folder under unique safe names."""

    def __init__(self, out: Path, link: bool) -> None:
        self.out = out
        self.link = link
        self.used: set[str] = set()

    def name(self, folder: str, stem: str, suffix: str) -> str:
        base, n = f"{folder}/{safe_name(stem)}", 1
        candidate = base + suffix
        while collision_key(candidate) in self.used:
            n += 1
            candidate = f"{base}-{n}{suffix}"
        self.used.add(collision_key(candidate))
        return candidate

    def place(self, source: Path, relative: str) -> None:
        target = self.out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if self.link:
            try:
                os.link(source, target)
                return
            except OSError:
                pass
        shutil.copyfile(source, target)

    def write_text(self, relative: str, text: str) -> None:
        target = self.out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def _reading_minutes(words: int) -> float:
    return max(60.0, round(words / WORDS_PER_MINUTE * 60))


def _text_reading(draft: Draft, writer: _Writer, folder: str, notes: list[str]) -> tuple[str, float]:
    suffix = draft.source.suffix.lower()
    if suffix == ".pdf":
        from smartcourse_desktop.reading.pdf import PdfError, PdfReading

        relative = writer.name(folder, draft.source.stem, ".pdf")
        try:
            pdf = PdfReading(draft.source)
            words = sum(len(text.split()) for _i, text in pdf.texts())
            pdf.close()
        except PdfError as exc:
            notes.append(_("{name}: {exc}; reading time set to 0, check it").format(name=draft.source.name, exc=exc))
            words = 0
        writer.place(draft.source, relative)
        if words == 0:
            notes.append(_("{name}: no text found in the PDF (scanned?); it will not be searchable").format(
                name=draft.source.name))
        return relative, _reading_minutes(words) if words else 0.0
    text = draft.source.read_text(encoding="utf-8-sig", errors="replace")
    if suffix in (".html", ".htm"):
        from markdownify import markdownify

        text = markdownify(text, heading_style="ATX")
        notes.append(_("{name}: converted from HTML to Markdown; check its layout and images").format(
            name=draft.source.name))
    relative = writer.name(folder, draft.source.stem, ".md")
    writer.write_text(relative, text)
    return relative, _reading_minutes(len(text.split()))


def _lesson(draft: Draft, writer: _Writer, folder: str, probe: Prober, notes: list[str], ids: set[str]) -> dict:
    lesson_id = _unique(f"{folder}-{safe_name(draft.source.stem)}".replace("_", "-")[:100], ids)
    lesson: dict[str, Any] = {"id": lesson_id, "kind": draft.kind, "title": draft.title}
    if draft.kind == "reading":
        lesson["reading"], lesson["duration"] = _text_reading(draft, writer, folder, notes)
        return lesson
    relative = writer.name(folder, draft.source.stem, draft.source.suffix.lower())
    writer.place(draft.source, relative)
    seconds = probe(draft.source)
    if seconds is None:
        notes.append(_("{name}: libVLC could not read its length; duration set to 0, check the file").format(
            name=draft.source.name))
    lesson["duration"] = round(seconds or 0.0, 3)
    lesson["media"] = relative
    if draft.captions:
        lesson["captions"] = {}
        for lang, path in sorted(draft.captions.items()):
            caption = f"{relative.rsplit('.', 1)[0]}.{lang}{path.suffix.lower()}"
            writer.place(path, caption)
            lesson["captions"][lang] = caption
    elif draft.kind == "video":
        notes.append(_("{name}: no captions found (name them like {stem}.en.srt)").format(
            name=draft.source.name, stem=draft.source.stem))
    return lesson


def _unique(candidate: str, used: set[str]) -> str:
    candidate = re.sub(r"[^a-z0-9._-]", "-", candidate.lower()).strip("-._") or "lesson"
    name, n = candidate, 1
    while name in used:
        n += 1
        name = f"{candidate}-{n}"
    used.add(name)
    return name


def scaffold(source: Path, out: Path, meta: dict[str, Any], probe: Prober, link: bool = True) -> ScaffoldResult:
    """Write `out`/course.json and the renamed files; `meta` holds id, version, title and language."""
    source, out = source.resolve(), out.resolve()
    if not source.is_dir():
        raise PackageError(_("{source}: not a folder").format(source=source))
    if out == source or out.is_relative_to(source) or source.is_relative_to(out):
        raise PackageError(_("{out}: the course folder must be outside the source folder").format(out=out))
    if out.exists() and any(out.iterdir()):
        raise PackageError(_("{out}: already exists and is not empty").format(out=out))
    notes: list[str] = []
    writer, ids = _Writer(out, link), set[str]()
    modules = []
    with os_errors(PackageError, _("cannot create the course in {out}").format(out=out)):
        out.mkdir(parents=True, exist_ok=True)
        for number, (name, files) in enumerate(_group(source), start=1):
            folder = f"m{number:02d}"
            lessons = [_lesson(d, writer, folder, probe, notes, ids) for d in _drafts(files, notes, meta["language"])]
            if lessons:
                modules.append({"id": folder, "title": clean_title(name), "lessons": lessons})
        if not modules:
            raise PackageError(_("{source}: no lectures, PDFs, Markdown or HTML texts found").format(source=source))
        manifest = _manifest(meta, modules)
        (out / MANIFEST_NAME).write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return ScaffoldResult(manifest, notes)


def _manifest(meta: dict[str, Any], modules: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "format": FORMAT_VERSION,
        "id": meta["id"],
        "version": meta["version"],
        "title": meta["title"],
        "languages": [meta["language"]],
        "publisher": meta.get("publisher") or "Unknown publisher",
        "authors": [meta.get("author") or "Unknown author"],
        "license": meta.get("license") or "All rights reserved",
        "description": "",
        "modules": modules,
        "files": [],
    }
