"""`smartcourse verify-certificate` on a certificate saved by the real certificate dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from smartcourse_desktop.cli.main import parse_args, run
from smartcourse_desktop.courses.model import LessonKind
from smartcourse_desktop.records.certificate_verify import CODE_KEY, RECORD_KEY
from smartcourse_desktop.records.completion import CompletionKind, record_completion, undo_completion
from smartcourse_desktop.ui.certificate_dialog import CertificateDialog
from tests.pdf_factory import write_pdf
from tests.ui.test_main_window import BUNDLED_ID


def verified_kind(lesson) -> CompletionKind:
    return CompletionKind.READ if lesson.kind == LessonKind.READING else CompletionKind.WATCHED


def complete_course(context, store) -> None:
    for lesson in context.library.find(BUNDLED_ID).course.lessons:
        record_completion(store, BUNDLED_ID, lesson.id, verified_kind(lesson))
        store.add_time(BUNDLED_ID, lesson.id, lesson.duration)


def save_certificate(qtbot, context, store, path: Path, name: str = "Åsa Öberg") -> str:
    """Save the certificate as the learner does (the dialog's own save path); its printed code."""
    dialog = CertificateDialog(store, context.settings, context.library.find(BUNDLED_ID).course)
    qtbot.addWidget(dialog)
    dialog.name.setText(name)
    assert dialog.save_button.isEnabled()
    code = dialog.certificate().code
    assert code and code in dialog.preview.toPlainText()
    with qtbot.waitSignal(dialog.saved):
        dialog.save_to(path)
    return code


def verify(context, capsys, *argv: str) -> tuple[int, str]:
    status = run(parse_args(["verify-certificate", *argv]), context)
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def test_a_saved_certificate_verifies_and_an_edited_record_does_not(qtbot, context, store, capsys, tmp_path):
    complete_course(context, store)
    pdf = tmp_path / "certificate.pdf"
    code = save_certificate(qtbot, context, store, pdf)
    metadata = PdfReader(pdf).metadata
    assert metadata[CODE_KEY] == code and code in metadata["/Keywords"]
    status, out = verify(context, capsys, str(pdf))
    assert status == 0 and out.startswith("OK") and "Åsa Öberg" in out and "30 September 2026" in out

    lesson = context.library.find(BUNDLED_ID).course.lessons[-1]
    undo_completion(store, BUNDLED_ID, lesson.id)  # undone since the certificate was made
    status, out = verify(context, capsys, str(pdf))
    assert status == 1 and "NO MATCH" in out and "record has changed" in out and lesson.id in out
    record_completion(store, BUNDLED_ID, lesson.id, verified_kind(lesson))
    assert verify(context, capsys, str(pdf))[0] == 0  # done again the same day, the same way: the same record


def test_another_learner_name_or_an_edited_file_is_reported(qtbot, context, store, capsys, tmp_path):
    complete_course(context, store)
    pdf = tmp_path / "certificate.pdf"
    save_certificate(qtbot, context, store, pdf)
    context.settings.set("learner.name", "Bo Berg")
    status, out = verify(context, capsys, str(pdf))
    assert status == 1 and "name" in out and "Bo Berg" in out and "Åsa Öberg" in out
    context.settings.set("learner.name", "Åsa Öberg")

    writer = PdfWriter(clone_from=PdfReader(pdf))
    record = str(writer.metadata[RECORD_KEY]).replace("Åsa Öberg", "Eve Example")
    writer.add_metadata({RECORD_KEY: record})
    edited = tmp_path / "edited.pdf"
    with open(edited, "wb") as out_file:
        writer.write(out_file)
    status, out = verify(context, capsys, str(edited))
    assert status == 1 and "edited" in out


def test_the_printed_code_typed_in(qtbot, context, store, capsys, tmp_path):
    complete_course(context, store)
    code = save_certificate(qtbot, context, store, tmp_path / "certificate.pdf")
    status, out = verify(context, capsys, "--code", code.lower().replace("-", " "), "--course", BUNDLED_ID)
    assert status == 0 and "OK" in out
    assert verify(context, capsys, "--code", code)[0] == 0  # any course with a record
    other = ("0" if code[0] != "0" else "1") + code[1:]
    status, out = verify(context, capsys, "--code", other)
    assert status == 1 and "NO MATCH" in out
    assert verify(context, capsys, "--code", "not a code")[0] == 2


@pytest.mark.parametrize("kind", ["text", "pdf-without-code", "missing"])
def test_another_file_is_an_error(context, capsys, tmp_path, kind):
    target = tmp_path / "file.pdf"
    if kind == "text":
        target.write_text("not a PDF at all")
    elif kind == "pdf-without-code":
        write_pdf(target, [["A PDF, but no certificate"]])
    status, out = verify(context, capsys, str(target))
    assert status == 2 and out.count("\n") == 1 and "verify-certificate" in out
