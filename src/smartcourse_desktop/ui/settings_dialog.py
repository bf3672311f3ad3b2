"""Edit ▸ Preferences: the learner's options; those the machine policy fixes are shown locked.

The address of the organisation's learning record store is a field only where the policy lets the
learner set one (`lrs_learner_endpoint`); it is checked as an http(s) URL before it is saved.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smartcourse_desktop.system.errors import LrsError, SettingsError
from smartcourse_desktop.system.settings import OPTIONS, Settings
from smartcourse_desktop.ui.text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# (option key, label, kind): the options that make sense to a learner, in the order shown.
FIELDS: tuple[tuple[str, str, str], ...] = (
    ("learner.name", QT_TRANSLATE_NOOP("SettingsDialog", "Your name (on certificates)"), "text"),
    ("ui.language", QT_TRANSLATE_NOOP("SettingsDialog", "Language"), "language"),
    ("player.rate", QT_TRANSLATE_NOOP("SettingsDialog", "Playback speed"), "rate"),
    ("player.play_next", QT_TRANSLATE_NOOP("SettingsDialog", "Play the next lecture automatically"), "check"),
    ("ui.single_key_shortcuts",
     QT_TRANSLATE_NOOP("SettingsDialog", "Player keys without Ctrl (Space, arrows, letters)"), "check"),
    ("player.caption_scale", QT_TRANSLATE_NOOP("SettingsDialog", "Caption size"), "percent"),
    ("reading.font_scale", QT_TRANSLATE_NOOP("SettingsDialog", "Reading text size"), "percent"),
    ("progress.completion_threshold", QT_TRANSLATE_NOOP("SettingsDialog", "A lecture counts as watched after"),
     "percent"),
)
# Each language by its own name, without a region ("English", not "American English").
LANGUAGE_NAMES = {"en": "English", "sv": "Svenska"}
# Shown only when the machine policy allows the learner to name a learning record store.
LRS_FIELD = ("lrs.endpoint", QT_TRANSLATE_NOOP("SettingsDialog", "Share my progress with (xAPI address)"), "url")


class SettingsDialog(QDialog):
    """A form over Settings. OK writes the changed, unlocked values and emits `applied(keys)`."""

    applied = Signal(list)

    def __init__(self, settings: Settings, languages: list[str], parent: QWidget | None = None,
                 lrs_endpoint_allowed: bool = False) -> None:
        super().__init__(parent)
        self.settings = settings
        self.languages = languages
        self.fields = FIELDS + ((LRS_FIELD,) if lrs_endpoint_allowed else ())
        self.setWindowTitle(self.tr("Preferences"))
        self.editors: dict[str, QWidget] = {}
        self._readers: dict[str, Callable[[], Any]] = {}
        self.problem = QLabel()
        self.problem.setObjectName("preferencesProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        for key, label, kind in self.fields:
            editor = self._make_editor(key, kind)
            editor.setObjectName(key)
            editor.setAccessibleName(QCoreApplication.translate("SettingsDialog", label))
            form.addRow(QCoreApplication.translate("SettingsDialog", label), self._with_lock_note(key, editor))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        if lrs_endpoint_allowed:
            layout.addWidget(QLabel(self.tr("Before anything is sent, SmartCourse tells you what will be shared."
                                            " Leave the address empty to share nothing.")))
        if any(settings.is_locked(key) for key, _, _ in self.fields):
            layout.addWidget(QLabel(self.tr("🔒 Locked settings are set by your IT department for this computer.")))
        layout.addWidget(QLabel(self.tr("A new language applies the next time SmartCourse starts.")))
        layout.addWidget(buttons)

    # -- editors --------------------------------------------------------------------------------
    def _make_editor(self, key: str, kind: str) -> QWidget:
        value = self.settings.get(key)
        editor = getattr(self, f"_{kind}_editor")(key, value)
        self.editors[key] = editor
        return editor

    def _text_editor(self, key: str, value: str) -> QLineEdit:
        editor = QLineEdit(value)
        self._readers[key] = lambda: editor.text().strip()
        return editor

    def _url_editor(self, key: str, value: str) -> QLineEdit:
        editor = QLineEdit(value)
        editor.setPlaceholderText("https://lrs.example.org/xAPI")
        self._readers[key] = lambda: editor.text().strip()
        return editor

    def _check_editor(self, key: str, value: bool) -> QCheckBox:
        editor = QCheckBox()
        editor.setChecked(value)
        self._readers[key] = editor.isChecked
        return editor

    def _rate_editor(self, key: str, value: float) -> QDoubleSpinBox:
        option = OPTIONS[key]
        editor = QDoubleSpinBox()
        editor.setRange(option.minimum or 0.0, option.maximum or 1.0)
        editor.setSingleStep(0.25)
        editor.setDecimals(2)
        editor.setSuffix(" ×")
        editor.setValue(value)
        self._readers[key] = editor.value
        return editor

    def _percent_editor(self, key: str, value: float) -> QSpinBox:
        option = OPTIONS[key]
        editor = QSpinBox()
        editor.setRange(round((option.minimum or 0) * 100), round((option.maximum or 1) * 100))
        editor.setSingleStep(5)
        editor.setSuffix(" %")
        editor.setValue(round(value * 100))
        self._readers[key] = lambda: editor.value() / 100
        return editor

    def _language_editor(self, key: str, value: str) -> QComboBox:
        editor = QComboBox()
        editor.addItem(self.tr("System language"), "")
        codes = self.languages + ([value] if value and value not in self.languages else [])
        for code in codes:
            editor.addItem(LANGUAGE_NAMES.get(code) or QLocale(code).nativeLanguageName() or code, code)
        editor.setCurrentIndex(max(0, editor.findData(value)))
        self._readers[key] = editor.currentData
        return editor

    def _with_lock_note(self, key: str, editor: QWidget) -> QWidget:
        if not self.settings.is_locked(key):
            return editor
        editor.setEnabled(False)
        note = QLabel(self.tr("🔒 set by your IT department"))
        note.setObjectName(f"{key}.lock")
        editor.setToolTip(note.text())
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(editor, 1)
        layout.addWidget(note)
        return row

    # -- result ---------------------------------------------------------------------------------
    def value(self, key: str) -> Any:
        return self._readers[key]()

    def _invalid_address(self) -> str | None:
        """Why the LRS address typed is not usable, or None."""
        from smartcourse_desktop.records.lrs import check_endpoint

        if "lrs.endpoint" not in self.editors or self.settings.is_locked("lrs.endpoint"):
            return None
        try:
            check_endpoint(self.value("lrs.endpoint"))
        except LrsError:
            return self.tr("The address of the learning record store must be a web address starting with"
                           " https:// or http://, such as https://lrs.example.org/xAPI.")
        return None

    def accept(self) -> None:
        problem = self._invalid_address()
        if problem is not None:
            self.problem.setText(problem)
            self.problem.show()
            self.editors["lrs.endpoint"].setFocus()
            return
        changed = []
        for key, _, _ in self.fields:
            if self.settings.is_locked(key) or self.value(key) == self.settings.get(key):
                continue
            try:
                self.settings.set(key, self.value(key))
                changed.append(key)
            except SettingsError as exc:
                log.warning("preference not saved: %s", exc)
        super().accept()
        self.applied.emit(changed)
