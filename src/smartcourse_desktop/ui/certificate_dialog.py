"""The certificate of completion: the learner types their name, sees the page, and saves a PDF
that carries its verification code in its metadata (records/certificate_verify.py)."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from smartcourse_desktop.courses.model import Course
from smartcourse_desktop.records.certificate import Certificate, build_certificate, certificate_html
from smartcourse_desktop.records.certificate_verify import stamp_pdf
from smartcourse_desktop.records.store import Store
from smartcourse_desktop.system.i18n import long_date
from smartcourse_desktop.system.settings import Settings
from smartcourse_desktop.ui.certificate_table import ModuleTable
from smartcourse_desktop.ui.export_notice import suggested_path
from smartcourse_desktop.ui.messages import ask_save_path, warn
from smartcourse_desktop.ui.print_reading import pdf_bytes
from smartcourse_desktop.ui.text import duration_text, embedded, translate

log = logging.getLogger(__name__)
PDF_FONT_POINTS = 12


def certificate_document(html: str) -> QTextDocument:
    """The certificate page, for the one PDF writer (`print_reading.pdf_bytes`)."""
    document = QTextDocument()
    font = document.defaultFont()
    font.setPointSizeF(PDF_FONT_POINTS)
    document.setDefaultFont(font)
    document.setHtml(html)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle,
                                translate("CertificateDialog", "Certificate"))  # setHtml clears it
    return document


class CertificateDialog(QDialog):
    saved = Signal(str)

    def __init__(self, store: Store, settings: Settings, course: Course, parent: QWidget | None = None,
                 lrs_configured: bool = False) -> None:
        super().__init__(parent)
        self.store, self.settings, self.course = store, settings, course
        self.lrs_configured = lrs_configured
        # lesson id → the xAPI id of its completion statement, for a manager to check against the LRS
        self.completion_ids = store.recorder.outbox.completion_ids(course.id) if store.recorder else {}
        self.setWindowTitle(self.tr("Certificate: %1").replace("%1", embedded(course.title)))
        self.name = QLineEdit(settings.get("learner.name"))
        self.name.setAccessibleName(self.tr("Your name as it should appear on the certificate"))
        self.name.setEnabled(not settings.is_locked("learner.name"))
        self.name.textChanged.connect(self.refresh)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.modules = ModuleTable()
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Certificate preview"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setAccessibleDescription(self.tr("Save the certificate as a PDF file"))
        self.save_button.clicked.connect(self.choose_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.modules)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(640, 720)
        self.refresh()

    def certificate(self) -> Certificate:
        return build_certificate(self.course, self.store.course(self.course.id), self.name.text(),
                                 self.store.clock.today(), reference=self.store.profile_id(),
                                 completion_ids=self.completion_ids, lrs_configured=self.lrs_configured)

    def html(self, cert: Certificate) -> str:
        labels = {
            "heading": self.tr("Certificate of completion"), "intro": self.tr("This certifies that"),
            "completed": self.tr("has completed the course"), "publisher": self.tr("published by"),
            "module": self.tr("Module"), "completed_on": self.tr("Completed on"),
            "not_completed": self.tr("not completed"), "study_time": self.tr("Total study time"),
            "issued": self.tr("Issued on"), "reference": self.tr("Reference"), "version": self.tr("Version"),
            "preview": self.tr("Preview: the course is not completed yet"),
            "not_yet": self.tr("has not yet completed the course"),
            "lessons": self.tr("Lessons"), "how": self.tr("How"), "code": self.tr("Verification code"),
            "watched": self.tr("watched in the app"), "read": self.tr("read in the app"),
            "listened_elsewhere": self.tr("listened to away from the app (self-reported)"),
            "marked": self.tr("marked done by the learner (not verified)"),
            "statement_ids": self.tr("Completion records in your organisation's learning record store"
                                     " (xAPI statement ids):"),
            "no_statement": self.tr("none recorded"),
        }
        return certificate_html(cert, labels, long_date, duration_text)

    def refresh(self) -> None:
        cert = self.certificate()
        self.preview.setHtml(self.html(cert))
        self.modules.show_certificate(cert, long_date)
        ready = cert.complete and bool(cert.learner)
        self.save_button.setEnabled(ready)
        if not cert.complete:
            self.status.setText(self.tr("The certificate can be saved once every lesson of the course is done:"
                                        " watched, read or listened to (lessons only marked as done by hand"
                                        " don't count)."))
        elif not cert.learner:
            self.status.setText(self.tr("Enter your name as it should appear on the certificate."))
        else:
            self.status.setText(self.tr("Well done! Save the certificate as a PDF to give it to your HR department."))

    def choose_file(self) -> None:
        suggested = suggested_path(self.course.title, self.tr("certificate"), self.name.text(), suffix=".pdf")
        ask_save_path(self, self.tr("Save certificate"), suggested, self.tr("PDF (*.pdf)"), self.save_to)

    def save_to(self, path: Path) -> None:
        cert = self.certificate()
        if not self.settings.is_locked("learner.name"):
            self.settings.set("learner.name", cert.learner)
        if cert.record is None or not cert.complete:
            return
        with tempfile.TemporaryDirectory(prefix="smartcourse-certificate-") as folder:
            drawn = Path(folder) / "certificate.pdf"
            try:
                page = pdf_bytes(certificate_document(self.html(cert)))
                if not page:
                    raise OSError(self.tr("the page could not be drawn"))
                drawn.write_bytes(page)
                stamp_pdf(drawn, path, cert.record)
            except OSError as exc:
                warn(self, self.tr("Certificate not saved"),
                     self.tr("Cannot write %1: %2").replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
                return
        log.info("saved the certificate of %s to %s", self.course.id, path)
        self.saved.emit(str(path))
