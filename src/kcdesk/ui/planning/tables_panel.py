"""Table sessions: number of tables, automatic seating, moving people by hand, printing the lists."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kcdesk.domain.enums import ProgrammeKind
from kcdesk.domain.errors import KcdeskError
from kcdesk.services import Services
from kcdesk.ui.models.labels import person_label, ui_lang
from kcdesk.ui.models.seating import SeatingModel
from kcdesk.ui.widgets import hint_label, row_table


class TablesPanel(QWidget):
    #: assign_requested(item_id, tables, present_only)
    assign_requested = Signal(int, int, bool)
    #: move_requested(item_id, registration_id, table_no)
    move_requested = Signal(int, int, int)
    #: host_requested(item_id, registration_id, is_host)
    host_requested = Signal(int, int, bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.services: Services | None = None
        self.event_id: int | None = None
        self.item = QComboBox()
        self.item.setAccessibleName(self.tr("Table session"))
        self.item.currentIndexChanged.connect(self._item_changed)
        self.item.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.item.setMinimumContentsLength(18)
        self.tables = QSpinBox()
        self.tables.setRange(1, 60)
        self.tables.setValue(4)
        self.present_only = QCheckBox(self.tr("Only the &checked-in"))
        self.assign_button = QPushButton(self.tr("&Assign automatically"))
        self.assign_button.clicked.connect(self.assign)
        self.print_button = QPushButton(self.tr("&Print lists (PDF)…"))
        self.print_button.clicked.connect(self.print_lists)
        self.model = SeatingModel(self)
        self.table = row_table(self.model, stretch=(1, 2))
        self.move_to = QSpinBox()
        self.move_to.setRange(1, 60)
        self.move_to.setPrefix(self.tr("table "))
        self.move_button = QPushButton(self.tr("&Move selected"))
        self.move_button.clicked.connect(self.move_selected)
        self.host_button = QPushButton(self.tr("Toggle &host"))
        self.host_button.setToolTip(self.tr("The host leads the conversation at a table"))
        self.host_button.clicked.connect(self.toggle_host)
        self.status = QLabel()
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        item_label = QLabel(self.tr("&Session"))
        item_label.setBuddy(self.item)
        tables_label = QLabel(self.tr("&Tables"))
        tables_label.setBuddy(self.tables)
        for w in (item_label, self.item, tables_label, self.tables, self.present_only, self.assign_button):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.print_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.move_to)
        bottom.addWidget(self.move_button)
        bottom.addWidget(self.host_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        hint = hint_label(
            self.tr(
                "Each table mixes sectors; colleagues of one organisation sit apart where possible. "
                "People attached to the session as host head a table."
            )
        )
        layout.addWidget(hint)

    def set_event(self, services: Services | None, event_id: int | None) -> None:
        self.services, self.event_id = services, event_id
        self.reload()

    def reload(self) -> None:
        current = self.item.currentData()
        self.item.blockSignals(True)
        self.item.clear()
        if self.services and self.event_id is not None:
            try:
                items = self.services.events.programme(self.event_id)
            except KcdeskError:
                items = []
            for it in items:
                if it.kind == ProgrammeKind.TABLE_SESSION:
                    self.item.addItem(it.title, it.id)
        if current is not None and self.item.findData(current) >= 0:
            self.item.setCurrentIndex(self.item.findData(current))
        self.item.blockSignals(False)
        self._item_changed()

    def item_id(self) -> int | None:
        return self.item.currentData()

    def _item_changed(self) -> None:
        item_id = self.item_id()
        has = item_id is not None
        for w in (
            self.tables,
            self.present_only,
            self.assign_button,
            self.print_button,
            self.move_button,
            self.move_to,
            self.host_button,
        ):
            w.setEnabled(has)
        self._sync_tables()
        self.model.set_item(self.services, item_id)
        self._update_status()

    def _sync_tables(self) -> None:
        item_id = self.item_id()
        if item_id is not None and self.services:
            it = self.services.tables.item(item_id)
            if it.tables:
                self.tables.setValue(it.tables)
                self.move_to.setMaximum(it.tables)

    def _update_status(self) -> None:
        item_id = self.item_id()
        if item_id is None:
            self.status.setText(
                self.tr(
                    "This event has no table session yet. Add a programme item of kind "
                    "“Table session” to seat people."
                )
            )
            return
        n = self.model.rowCount()
        if not n:
            self.status.setText(self.tr("Nobody is seated yet: choose the number of tables and assign."))
            return
        services = self.services
        conflicts = services.tables.conflicts(item_id) if services else []
        text = self.tr("%n person(s) seated", "", n)
        hosts = sum(1 for r in self.model.rows if r["is_host"])
        if hosts:
            text += ", " + self.tr("%n host(s)", "", hosts)
        if conflicts:
            text += "; " + self.tr("colleagues share a table: %1").replace(
                "%1", ", ".join(f"{t}: {o}" for t, o in conflicts)
            )
            if services is not None and services.tables.unavoidable(item_id):
                text += " " + self.tr("(unavoidable: more colleagues than tables)")
        self.status.setText(text)

    def assign(self) -> None:
        if self.item_id() is not None:
            self.assign_requested.emit(self.item_id(), self.tables.value(), self.present_only.isChecked())

    def move_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and self.item_id() is not None:
            reg = self.model.reg_id(rows[0].row())
            if reg is not None:
                self.move_requested.emit(self.item_id(), reg, self.move_to.value())

    def toggle_host(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and self.item_id() is not None:
            row = self.model.rows[rows[0].row()]
            self.host_requested.emit(self.item_id(), row["registration_id"], not row["is_host"])

    def refresh(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        reg = self.model.reg_id(rows[0].row()) if rows else None
        self._sync_tables()
        self.model.reload()
        self._update_status()
        if reg is not None:
            for r in range(self.model.rowCount()):
                if self.model.reg_id(r) == reg:
                    self.table.selectRow(r)

    def ask_pdf_path(self) -> str:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Print table lists"), "tables.pdf", self.tr("PDF (*.pdf)")
        )
        return name

    def print_lists(self) -> None:
        item_id = self.item_id()
        if item_id is None or self.services is None:
            return
        name = self.ask_pdf_path()
        if name:
            labels = {
                "table": self.tr("Table"),
                "host": self.tr("host"),
                "lang": ui_lang(),
                "erased": person_label(""),
            }
            self.services.tables.write_pdf(item_id, Path(name), labels)
            self.status.setText(self.tr("Saved %1").replace("%1", name))
