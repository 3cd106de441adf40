"""CSV import wizard: file -> columns (remappable) -> unknown sectors (mapped) -> rows with problems
(trial run; bad e-mail addresses corrected or left out, flagged) -> Importeren -> summary.

Nothing is written before the explicit Importeren on the check page: every earlier page works on
the file in memory and trial runs that are rolled back, so Annuleren on any of them writes
nothing (new sectors, too, are made only by the import itself).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
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
from kcdesk.domain.names import display_name, words
from kcdesk.services import Services
from kcdesk.services.csv_import import FIELDS, CsvImporter, ImportResult, ParsedCsv, RowFixes, parse
from kcdesk.ui.models.rows import RowsModel
from kcdesk.ui.widgets.keyboard import tab_leaves_lists
from kcdesk.words.errors import translate_error


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
            self.wiz.forget_fixes()
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

    def nextId(self) -> int:  # noqa: N802
        """The sector page only when the file names sectors kcdesk does not know."""
        if self.wiz.parsed is not None and self.wiz.importer().unknown_sectors(self.wiz.parsed):
            return ImportWizard.SECTORS
        return ImportWizard.CHECK


class SectorPage(QWizardPage):
    """Sectors as written in the file that kcdesk does not know, each mapped to a known sector or
    to a new one (made by the import); none is filed under "other" without the user seeing it."""

    NEW = "__new__"

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Unknown sectors"))
        self.setSubTitle(
            self.tr(
                "The file names sectors kcdesk does not know. Choose a sector for each, or make it a new one."
            )
        )
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:  # noqa: N802
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = {}
        lang = _ui_lang()
        sectors = self.wiz.services.people.sectors()
        for value, count in self.wiz.importer().unknown_sectors(self.wiz.csv()):
            combo = QComboBox()
            combo.addItem(self.tr("New sector “%1”").replace("%1", value), self.NEW)
            for sector in sectors:
                combo.addItem(sector.label(lang), sector.code)
            chosen = self.wiz.fixes.sectors.get(value)
            if chosen and chosen not in self.wiz.fixes.new_sectors:
                combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.currentIndexChanged.connect(self._store)
            self.combos[value] = combo
            self.form.addRow(self.tr("%1 (%n row(s))", "", count).replace("%1", value), combo)
        self._store()

    def _store(self) -> None:
        fixes = self.wiz.fixes
        fixes.sectors.clear()
        fixes.new_sectors.clear()
        for value, combo in self.combos.items():
            if combo.currentData() == self.NEW:
                code = "-".join(words(value)) or "sector"
                fixes.sectors[value] = code
                fixes.new_sectors.setdefault(code, value.strip())
            else:
                fixes.sectors[value] = combo.currentData()


def _ui_lang() -> str:
    """'nl' when the interface speaks Dutch (for sector labels)."""
    from PySide6.QtCore import QLocale

    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def row_name(parsed: ParsedCsv, record: list[str]) -> str:
    """The name in a row, as the import reads it (for the list of rows to correct)."""
    v: dict[str, str] = {}
    for i, f in sorted(parsed.mapping.items()):
        if i < len(record) and record[i].strip():
            v.setdefault(f, " ".join(record[i].split()))
    if not (v.get("given_name") or v.get("family_name")) and v.get("full_name"):
        return v["full_name"]
    return display_name(v.get("given_name", ""), v.get("particle", ""), v.get("family_name", ""))


class EmailFixModel(QAbstractTableModel):
    """Rows whose e-mail address is not valid: the address can be corrected in place, or the row
    imported without one (the person gets a note saying so)."""

    LINE, NAME, EMAIL, WITHOUT, STATE = range(5)

    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wiz = wizard
        #: [line, name, address as in the file, address now, without an address]
        self.rows: list[list] = []
        self.still_wrong: set[int] = set()

    def add(self, line: int, name: str, address: str) -> None:
        if any(r[0] == line for r in self.rows):
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append([line, name, address, address, False])
        self.endInsertRows()

    def set_still_wrong(self, lines: set[int]) -> None:
        self.still_wrong = lines
        if self.rows:
            self.dataChanged.emit(self.index(0, self.STATE), self.index(len(self.rows) - 1, self.STATE))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Line"),
                self.tr("Name"),
                self.tr("E-mail address"),
                self.tr("Without address"),
                "",
            ][section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.EMAIL and not self.rows[index.row()][4]:
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == self.WITHOUT:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line, name, _original, address, without = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.LINE:
                return line
            if column == self.NAME:
                return name
            if column == self.EMAIL:
                return "" if without and role == Qt.ItemDataRole.DisplayRole else address
            if column == self.STATE and role == Qt.ItemDataRole.DisplayRole:
                if without:
                    return self.tr("imported without address, noted")
                return self.tr("not valid") if line in self.still_wrong else self.tr("corrected")
        if role == Qt.ItemDataRole.CheckStateRole and column == self.WITHOUT:
            return Qt.CheckState.Checked if without else Qt.CheckState.Unchecked
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        row = self.rows[index.row()]
        if index.column() == self.EMAIL and role == Qt.ItemDataRole.EditRole:
            row[3] = str(value).strip()
        elif index.column() == self.WITHOUT and role == Qt.ItemDataRole.CheckStateRole:
            row[4] = Qt.CheckState(value) == Qt.CheckState.Checked
        else:
            return False
        self._store(row)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.STATE))
        self.wiz.check_page.schedule_trial()
        return True

    def _store(self, row: list) -> None:
        line, _name, original, address, without = row
        fixes = self.wiz.fixes
        fixes.notes.pop(line, None)
        if without:
            fixes.emails[line] = ""
            fixes.notes[line] = (
                self.tr("Imported from %1 without the e-mail address “%2”, which is not valid (line %3).")
                .replace("%1", self.wiz.file_name)
                .replace("%2", original)
                .replace("%3", str(line))
            )
        elif address != original:
            fixes.emails[line] = address
        else:
            fixes.emails.pop(line, None)


class CheckPage(QWizardPage):
    """The trial run's findings, the rows whose address can be corrected, and Importeren."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Rows with problems"))
        self.setSubTitle(
            self.tr(
                "A trial run found these problems; nothing is saved yet. Rows with errors are left out; "
                "the rest is imported when you click Import."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
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
        self.email_label = QLabel(
            self.tr("E-mail addresses that are not valid: correct them here, or import the row without one.")
        )
        self.email_label.setWordWrap(True)
        self.emails = EmailFixModel(wizard)
        self.email_table = QTableView()
        self.email_table.setModel(self.emails)
        self.email_table.verticalHeader().hide()
        header = self.email_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EmailFixModel.EMAIL, QHeaderView.ResizeMode.Stretch)
        self.email_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self._trial = QTimer(self)
        self._trial.setSingleShot(True)
        self._trial.setInterval(0)
        self._trial.timeout.connect(self.run_trial)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.email_label)
        layout.addWidget(self.email_table, 1)

    def initializePage(self) -> None:  # noqa: N802
        self.run_trial()

    def schedule_trial(self) -> None:
        self._trial.start()

    def run_trial(self) -> None:
        """A trial run with the corrections so far (rolled back: nothing is written)."""
        result = self.wiz.importer().import_parsed(
            self.wiz.csv(), self.wiz.event_id, dry_run=True, fixes=self.wiz.fixes
        )
        self.wiz.trial = result
        records = dict(self.wiz.csv().rows)
        for e in result.errors:
            if e.field == "email" and e.line in records:
                address = self.wiz.email_in(records[e.line])
                self.emails.add(e.line, row_name(self.wiz.csv(), records[e.line]), address)
        self.emails.set_still_wrong({e.line for e in result.errors if e.field == "email"})
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
        has_emails = bool(self.emails.rows)
        self.email_label.setVisible(has_emails)
        self.email_table.setVisible(has_emails)


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

    def initializePage(self) -> None:  # noqa: N802
        # Importeren was clicked: the import runs now; there is nothing left to cancel (Ctrl+Z undoes it)
        self.wiz.setOption(QWizard.WizardOption.NoCancelButton, True)
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
                fixes=self.wiz.fixes,
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
    #: page ids
    FILE, MAPPING, SECTORS, CHECK, RUN, SUMMARY = range(6)

    def __init__(self, services: Services, event_id: int, parent=None):
        super().__init__(parent)
        self.file_name = ""
        self.setWindowTitle(self.tr("Import registrations"))
        self.services = services
        self.event_id = event_id
        self.parsed: ParsedCsv | None = None
        self.trial: ImportResult | None = None
        self.import_result: ImportResult | None = None
        self.fixes = RowFixes()
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.sector_page = SectorPage(self)
        self.check_page = CheckPage(self)
        self.run_page = RunPage(self)
        self.summary_page = SummaryPage(self)
        pages = (self.file_page, self.mapping_page, self.sector_page, self.check_page, self.run_page)
        for page_id, page in enumerate((*pages, self.summary_page)):
            self.setPage(page_id, page)
        self.resize(820, 560)
        tab_leaves_lists(self)

    def csv(self) -> ParsedCsv:
        """The parsed file: the file page sets it before the wizard lets any later page open."""
        assert self.parsed is not None
        return self.parsed

    def importer(self) -> CsvImporter:
        return self.services.csv_import.importer()

    def forget_fixes(self) -> None:
        """A new file: the corrections made for the previous one no longer apply."""
        self.fixes = RowFixes()
        self.check_page.emails.beginResetModel()
        self.check_page.emails.rows = []
        self.check_page.emails.endResetModel()

    def email_in(self, record: list[str]) -> str:
        """The e-mail address of a row as written in the file."""
        parsed = self.csv()
        columns = [i for i, f in sorted(parsed.mapping.items()) if f == "email"]
        return next((record[i].strip() for i in columns if i < len(record) and record[i].strip()), "")
