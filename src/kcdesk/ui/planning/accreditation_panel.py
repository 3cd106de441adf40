"""The event's accreditations (Planning › event): per register the activity ID, points, net hours
and status, and the register's list of who attended (paste list, PDF to sign, CSV)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog, QWidget

from kcdesk.domain.accreditation import Accreditation, AccreditationStatus
from kcdesk.domain.errors import KcdeskError
from kcdesk.services import Services
from kcdesk.ui.forms.ui_accreditation_panel import Ui_AccreditationPanel
from kcdesk.ui.models.labels import ui_lang
from kcdesk.ui.models.rows import RowsModel
from kcdesk.ui.widgets.lists import row_list
from kcdesk.words.errors import translate_error

ERROR_STYLE = "color: #b00020;"
DONE_STYLE = "color: #1b7f3b;"


def status_label(status: str) -> str:
    return {
        "applied": QCoreApplication.translate("AccreditationPanel", "applied for"),
        "granted": QCoreApplication.translate("AccreditationPanel", "granted"),
    }.get(status, status)


def _number(value: float) -> str:
    return QLocale().toString(value, "g", 4)


class AccreditationPanel(QWidget):
    """Model/view list of the event's accreditations with a row to add or change one."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AccreditationPanel()
        self.ui.setupUi(self)
        self.services: Services | None = None
        self.event_id: int | None = None
        u = self.ui
        self.model = RowsModel(
            [
                (self.tr("Register"), lambda a: a["register_full"]),
                (self.tr("Activity ID"), lambda a: a["activity_id"] or "–"),
                (self.tr("Points"), lambda a: _number(a["points"])),
                (self.tr("Net hours"), lambda a: _number(a["hours"])),
                (self.tr("Status"), lambda a: status_label(a["status"])),
                (self.tr("To report"), lambda a: str(a["attendees"])),
            ],
            self,
        )
        row_list(u.accreditations, self.model)
        u.accreditations.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._fill(cur.row()))
        for s in AccreditationStatus:
            u.status.addItem(status_label(str(s)), str(s))
        u.register.setPlaceholderText(self.tr("Register"))
        u.save.clicked.connect(self.save)
        u.remove.clicked.connect(self.remove)
        u.exportList.clicked.connect(self.export_list)
        self._say("")

    # -- loading ----------------------------------------------------------------------
    def set_event(self, services: Services | None, event_id: int | None) -> None:
        self.services, self.event_id = services, event_id
        u = self.ui
        u.register.clear()
        if services is not None:
            u.register.addItems(services.accreditation.registers())
        u.register.setCurrentIndex(-1)
        self.reload()

    def reload(self) -> None:
        rows: list = []
        missing = 0
        if self.services is not None and self.event_id is not None:
            try:
                rows = self.services.accreditation.summary(self.event_id)
                missing = self.services.accreditation.count_without_number(self.event_id)
            except KcdeskError:
                rows = []
        self.model.set_rows(rows)
        self.ui.missing.setText(
            self.tr(
                "%n attendee(s) without a register number that may be reported (the door lists them: F3).",
                "",
                missing,
            )
            if missing
            else ""
        )
        self.ui.missing.setVisible(bool(missing))
        has = bool(rows)
        self.ui.remove.setEnabled(has)
        self.ui.exportList.setEnabled(has)

    def _fill(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            return
        a, u = self.model.rows[row], self.ui
        u.register.setCurrentText(a["register"])
        u.activity.setText(a["activity_id"])
        u.points.setValue(a["points"])
        u.hours.setValue(a["hours"])
        u.status.setCurrentIndex(max(0, u.status.findData(a["status"])))

    def _selected(self) -> str | None:
        row = self.ui.accreditations.currentIndex().row()
        return self.model.rows[row]["register"] if 0 <= row < len(self.model.rows) else None

    def _say(self, text: str, error: bool = False) -> None:
        self.ui.message.setText(text)
        self.ui.message.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.ui.message.setVisible(bool(text))

    # -- changing ----------------------------------------------------------------------
    def save(self) -> Accreditation | None:
        if self.services is None or self.event_id is None:
            return None
        u = self.ui
        try:
            a = self.services.accreditation.set_accreditation(
                self.event_id,
                u.register.currentText(),
                u.activity.text(),
                u.points.value(),
                u.hours.value(),
                u.status.currentData(),
            )
        except KcdeskError as exc:
            self._say(translate_error(exc), error=True)
            return None
        self.reload()
        registers = [r["register"] for r in self.model.rows]
        self.ui.accreditations.selectRow(registers.index(a.register))
        self._say(self.tr("Saved the accreditation by %1.").replace("%1", a.register))
        return a

    def remove(self) -> None:
        register = self._selected()
        if self.services is None or self.event_id is None or register is None:
            return
        try:
            self.services.accreditation.remove_accreditation(self.event_id, register)
        except KcdeskError as exc:
            self._say(translate_error(exc), error=True)
            return
        self.reload()
        self._say(self.tr("Removed the accreditation by %1.").replace("%1", register))

    # patchable in tests
    def ask_path(self, register: str) -> Path | None:
        name = f"{register}.txt".replace("&", "en").replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("List for %1").replace("%1", register),
            name,
            self.tr(
                "Numbers to paste into PE-online (*.txt);;Attendance list to sign (*.pdf);;Spreadsheet (*.csv)"
            ),
        )
        return Path(path) if path else None

    def export_list(self) -> None:
        register = self._selected() or (self.model.rows[0]["register"] if self.model.rows else None)
        if self.services is None or self.event_id is None or register is None:
            return
        path = self.ask_path(register)
        if path is None:
            return
        lang = ui_lang()
        try:
            written, n = self.services.exports.accreditation_list(self.event_id, register, path, lang)
        except KcdeskError as exc:
            self._say(translate_error(exc), error=True)
            return
        except OSError as exc:
            self._say(
                self.tr("%1 could not be written: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or ""),
                True,
            )
            return
        self._say(self.tr("Wrote %n attendee(s) to %1.", "", n).replace("%1", written.name))
