"""The certificate's modules as a real table beside its page preview: a screen reader reads a
table with headers, row by row, where the rendered page is one block of text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from smartcourse_desktop.records.certificate import Certificate


class ModuleTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setObjectName("certificateModules")
        self.setAccessibleName(self.tr("Modules and when they were completed"))
        self.setHorizontalHeaderLabels([self.tr("Module"), self.tr("Completed on")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def show_certificate(self, cert: Certificate, format_date: Callable[[date], str]) -> None:
        self.setRowCount(len(cert.modules))
        for row, module in enumerate(cert.modules):
            done = format_date(module.completed_on) if module.completed_on else self.tr("not completed")
            self.setItem(row, 0, QTableWidgetItem(module.title))
            self.setItem(row, 1, QTableWidgetItem(done))
        self.resizeRowsToContents()
