"""CSV import wizard: file -> columns (remappable) -> rows with errors (dry run) -> import -> summary."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kcdesk.domain.errors import KcdeskError
from kcdesk.services import Services
from kcdesk.services.csv_import import FIELDS, CsvImporter, ImportResult, ParsedCsv, parse
from kcdesk.ui.errors import translate_error
from kcdesk.ui.models.rows import RowsModel
from kcdesk.ui.widgets.keyboard import tab_leaves_lists


def field_label(name: str) -> str:
    return {
        "given_name": QCoreApplication.translate("ImportWizard", "First name"),
        "particle": QCoreApplication.translate("ImportWizard", "Particle"),
        "family_name": QCoreApplication.translate("ImportWizard", "Last name"),
        "full_name": QCoreApplication.translate("ImportWizard", "Full name"),
        "email": QCoreApplication.translate("ImportWizard", "Email"),
        "phone": QCoreApplication.translate("ImportWizard", "Phone"),
        "organisation": QCoreApplication.translate("ImportWizard", "Organisation"),
        "job_title": QCoreApplication.translate("ImportWizard", "Job title"),
        "sector": QCoreApplication.translate("ImportWizard", "Sector"),
        "newsletter": QCoreApplication.translate("ImportWizard", "Newsletter"),
        "code": QCoreApplication.translate("ImportWizard", "Registration code"),
        "status": QCoreApplication.translate("ImportWizard", "Status"),
        "consent_photo": QCoreApplication.translate("ImportWizard", "Photo consent"),
        "consent_quote": QCoreApplication.translate("ImportWizard", "Quote consent"),
        "consent_name": QCoreApplication.translate("ImportWizard", "Name consent"),
        "register": QCoreApplication.translate("ImportWizard", "Register (for the number)"),
        "register_number": QCoreApplication.translate("ImportWizard", "Register number"),
        "number_registerplein": QCoreApplication.translate("ImportWizard", "Registerplein number"),
        "number_skj": QCoreApplication.translate("ImportWizard", "SKJ number"),
        "number_vv": QCoreApplication.translate("ImportWizard", "V&V number"),
        "number_big": QCoreApplication.translate("ImportWizard", "BIG number"),
        "number_kabiz": QCoreApplication.translate("ImportWizard", "KABIZ number"),
        "register_consent": QCoreApplication.translate("ImportWizard", "Register numbers may be reported"),
    }.get(name, name)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose a CSV file"))
        self.setSubTitle(
            self.tr("An export of a registration form or ticketing tool (Dutch or English headers).")
        )
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Path to a .csv file"))
        self.path.textChanged.connect(lambda _t: self.completeChanged.emit())
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        row = QHBoxLayout()
        label = QLabel(self.tr("&File"))
        label.setBuddy(self.path)
        row.addWidget(label)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a CSV file"), "", self.tr("CSV files (*.csv *.txt);;*")
        )
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        path = Path(self.path.text().strip())
        try:
            data = path.read_bytes()
            self.wiz.parsed = parse(data, path.name)
            self.wiz.file_name = path.name
        except OSError as exc:
            self.error.setText(
                self.tr("%1 cannot be read: %2").replace("%1", str(path)).replace("%2", exc.strerror or "")
            )
            return False
        except KcdeskError as exc:
            self.error.setText(translate_error(exc))
            return False
        self.error.clear()
        return True


def _cell(i: int) -> Callable[[list[str]], str]:
    """The getter of preview column ``i`` (empty where a row is short)."""
    return lambda row: row[i] if i < len(row) else ""


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(
            self.tr("kcdesk guessed what each column holds. Change a column where the guess is wrong.")
        )
        self.preview = RowsModel([], self)
        self.table = QTableView()
        self.table.setModel(self.preview)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        scroll.setMinimumWidth(300)
        self.combos: list[QComboBox] = []
        layout = QHBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:  # noqa: N802
        parsed = self.wiz.parsed
        assert parsed is not None
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = []
        for i, head in enumerate(parsed.header):
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), None)
            for f in FIELDS:
                combo.addItem(field_label(f), f)
            combo.setCurrentIndex(max(0, combo.findData(parsed.mapping.get(i))))
            combo.currentIndexChanged.connect(self._remap)
            self.combos.append(combo)
            self.form.addRow(head or self.tr("column %1").replace("%1", str(i + 1)), combo)
        self._remap()

    def _remap(self) -> None:
        parsed = self.wiz.parsed
        assert parsed is not None
        parsed.mapping = {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}
        cols = []
        for i, head in enumerate(parsed.header):
            f = parsed.mapping.get(i)
            target = field_label(f) if f else self.tr("(ignored)")
            title = head + "\n→ " + target
            cols.append((title, _cell(i)))
        self.preview.set_columns(cols)
        self.preview.set_rows(parsed.preview(20))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        parsed = self.wiz.parsed
        return parsed is not None and bool(
            {"given_name", "family_name", "full_name"} & set(parsed.mapping.values())
        )


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Rows with problems"))
        self.setSubTitle(
            self.tr("A trial run found these problems. Rows with errors are left out; the rest is imported.")
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.errors = RowsModel(
            [
                (self.tr("Line"), lambda e: e.line),
                (self.tr("Why"), lambda e: translate_error(e.error or e.message)),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.errors)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def initializePage(self) -> None:  # noqa: N802
        result = self.wiz.importer().import_parsed(self.wiz.csv(), self.wiz.event_id, dry_run=True)
        self.wiz.trial = result
        ok = result.imported + result.updated + result.unchanged
        self.summary.setText(
            self.tr("%n row(s) can be imported", "", ok)
            + " "
            + self.tr("(new: %1, updated: %2, unchanged: %3).")
            .replace("%1", str(result.imported))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.unchanged))
            + " "
            + self.tr("%n rows have errors.", "", len(result.errors))
        )
        self.errors.set_rows(result.errors)
        self.table.setVisible(bool(result.errors))


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Importing"))
        self.progress = QProgressBar()
        self.label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self.done = False
        self.setCommitPage(True)

    def initializePage(self) -> None:  # noqa: N802
        self.done = False
        rows = len(self.wiz.csv().rows)
        self.progress.setRange(0, max(1, rows))
        self.progress.setValue(0)
        self.label.setText(self.tr("Importing %n row(s)…", "", rows))
        QTimer.singleShot(0, self.run)

    def run(self) -> None:
        def progress(n: int, total: int) -> None:
            self.progress.setValue(n)
            QCoreApplication.processEvents()

        try:
            self.wiz.import_result = self.wiz.importer().import_parsed(
                self.wiz.csv(),
                self.wiz.event_id,
                progress=progress,
            )
            self.label.setText(self.tr("Done."))
            self.wiz.imported.emit(self.wiz.import_result, self.wiz.file_name)
        except KcdeskError as exc:
            self.wiz.import_result = None
            self.label.setText(translate_error(exc))
        self.progress.setValue(self.progress.maximum())
        self.done = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.done


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Summary"))
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        r: ImportResult | None = self.wiz.import_result
        if r is None:
            self.text.setText(self.tr("Nothing was imported."))
            return
        rows = [
            (self.tr("Imported"), r.imported),
            (self.tr("Updated"), r.updated),
            (self.tr("Unchanged"), r.unchanged),
            (self.tr("Errors"), len(r.errors)),
        ]
        undo = (
            "<p>" + html.escape(self.tr("Edit > Undo takes this import back.")) + "</p>" if r.changes else ""
        )
        self.text.setText(
            "<table cellpadding=4>"
            + "".join(f"<tr><td>{k}</td><td align=right><b>{v}</b></td></tr>" for k, v in rows)
            + "</table>"
            + self.capacity_warning()
            + undo
        )

    def capacity_warning(self) -> str:
        """The file may hold more people than the event has seats: say so (they are imported)."""
        services, event_id = self.wiz.services, self.wiz.event_id
        capacity = services.events.get(event_id).capacity
        taken = services.registrations.seats_taken(event_id)
        if capacity is None or taken <= capacity:
            return ""
        text = self.tr(
            "%1 of %2 seats are now taken: more than the capacity. Change the capacity, "
            "or set some registrations to waitlisted."
        )
        return (
            "<p><b>" + html.escape(text.replace("%1", str(taken)).replace("%2", str(capacity))) + "</b></p>"
        )


class ImportWizard(QWizard):
    #: imported(result, file_name): the import ran and was committed (the planning screen
    #: puts it on the undo stack)
    imported = Signal(object, str)

    def __init__(self, services: Services, event_id: int, parent=None):
        super().__init__(parent)
        self.file_name = ""
        self.setWindowTitle(self.tr("Import registrations"))
        self.services = services
        self.event_id = event_id
        self.parsed: ParsedCsv | None = None
        self.trial: ImportResult | None = None
        self.import_result: ImportResult | None = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.run_page = RunPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.run_page, self.summary_page):
            self.addPage(page)
        self.resize(820, 560)
        tab_leaves_lists(self)

    def csv(self) -> ParsedCsv:
        """The parsed file: the file page sets it before the wizard lets any later page open."""
        assert self.parsed is not None
        return self.parsed

    def importer(self) -> CsvImporter:
        return self.services.csv_import.importer()
