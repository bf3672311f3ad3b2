"""Writing a course's notes and reflection answers to a file the learner keeps: Markdown, a
printable PDF, or an OpenDocument text (which Word and LibreOffice open).

The text comes from records/notes.py; the PDF is laid out by the one PDF writer of readings
(`print_reading.pdf_bytes`), and Qt writes the OpenDocument itself, so no extra package is needed.
Every file is written owner-only and atomically: notes are private.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QFont, QTextDocument, QTextDocumentWriter

from smartcourse_desktop.courses.model import Course
from smartcourse_desktop.records.notes import notes_html, notes_markdown
from smartcourse_desktop.records.store import Note
from smartcourse_desktop.system.private_files import write_private_bytes, write_private_text
from smartcourse_desktop.ui.print_reading import pdf_bytes
from smartcourse_desktop.ui.text import translate

FONT_POINTS = 11


class NotesFormat(StrEnum):
    MARKDOWN = ".md"
    PDF = ".pdf"
    ODT = ".odt"



def file_filters() -> str:
    """The Save dialog's choices, in NotesFormat's order."""
    return ";;".join((translate("NotesExport", "Markdown text (*.md)"),
                      translate("NotesExport", "PDF, to print (*.pdf)"),
                      translate("NotesExport", "OpenDocument text, for Word or LibreOffice (*.odt)")))


def format_of(path: Path, chosen_filter: str = "") -> NotesFormat:
    """By the file's extension, else by the filter the learner chose; Markdown if neither says."""
    for kind in NotesFormat:
        if path.suffix.lower() == kind.value:
            return kind
    return next((kind for kind in NotesFormat if f"*{kind.value}" in chosen_filter), NotesFormat.MARKDOWN)


def labels() -> dict[str, str]:
    return {"title": translate("NotesExport", "Notes"), "at": translate("NotesExport", "at"),
            "other": translate("NotesExport", "Other lessons"),
            "questions": translate("NotesExport", "Reflection questions"),
            "edited": translate("NotesExport", "edited")}


def notes_document(course: Course, notes: list[Note]) -> QTextDocument:
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(FONT_POINTS)
    document.setDefaultFont(font)
    document.setHtml(notes_html(course, notes, labels()))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle,  # after setHtml, which resets it
                                f"{labels()['title']}: {course.title}")
    return document


def export_notes(course: Course, notes: list[Note], path: Path, kind: NotesFormat) -> None:
    """Write the notes to `path`; OSError if the file can't be written."""
    if kind == NotesFormat.MARKDOWN:
        write_private_text(path, notes_markdown(course, notes, labels()))
    elif kind == NotesFormat.PDF:
        write_private_bytes(path, pdf_bytes(notes_document(course, notes)))
    else:
        write_private_bytes(path, odt_bytes(notes_document(course, notes)))


def odt_bytes(document: QTextDocument) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QTextDocumentWriter(buffer, b"ODF")
    if not writer.write(document):
        raise OSError(translate("NotesExport", "the OpenDocument text could not be made"))
    return bytes(buffer.data().data())
