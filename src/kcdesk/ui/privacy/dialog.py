"""The privacy dialog: anonymise people not seen for a while, and one person's
access request or erasure. Everything it changes goes through PrivacyService."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QWidget

from kcdesk.domain.errors import KcdeskError
from kcdesk.services import Services
from kcdesk.services.preferences import RETENTION_RANGE
from kcdesk.services.privacy import QuoteChoice
from kcdesk.ui.forms.ui_privacy_dialog import Ui_PrivacyDialog
from kcdesk.ui.models.labels import ui_lang
from kcdesk.ui.privacy.model import PrivacyPeopleModel
from kcdesk.ui.widgets.keyboard import tab_leaves_lists
from kcdesk.words.errors import translate_error


class PrivacyDialog(QDialog):
    #: erased(person_ids): people were erased or anonymised (the change is committed).
    erased = Signal(list)
    #: exported(path): an access-request report was written.
    exported = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PrivacyDialog()
        self.ui.setupUi(self)
        self.services = services
        self.privacy = services.privacy
        self.affected = PrivacyPeopleModel(self)
        self.found = PrivacyPeopleModel(self)
        for view, model in ((self.ui.affectedView, self.affected), (self.ui.peopleView, self.found)):
            view.setModel(model)
            view.verticalHeader().hide()
            view.setWordWrap(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        # a wrapped label inside a tab page does not ask for its height: reserve two lines
        for label in (self.ui.affectedLabel, self.ui.planLabel):
            label.setMinimumHeight(label.fontMetrics().lineSpacing() * 2 + 4)
        for combo in (self.ui.quotesCombo, self.ui.personQuotesCombo):
            combo.addItem(self.tr('keep, said by "een deelnemer"'), str(QuoteChoice.ANONYMISE))
            combo.addItem(self.tr("remove"), str(QuoteChoice.REMOVE))
        stored = self.privacy.retention_months()
        # the same limits as Preferences; a longer period set elsewhere (the CLI) is shown as it is
        self.ui.monthsSpin.setRange(RETENTION_RANGE[0], max(RETENTION_RANGE[1], stored))
        self.ui.monthsSpin.setValue(stored)
        self.ui.monthsSpin.valueChanged.connect(self.refresh_affected)
        self.ui.anonymiseButton.clicked.connect(self.anonymise)
        self.ui.searchEdit.textChanged.connect(self.search)
        self.ui.peopleView.selectionModel().selectionChanged.connect(self._selected)
        self.ui.exportButton.clicked.connect(self.export_selected)
        self.ui.eraseButton.clicked.connect(self.erase_selected)
        readonly = services.readonly
        self.ui.anonymiseButton.setEnabled(not readonly)
        self.refresh_affected()
        self._selected()
        tab_leaves_lists(self)

    # -- patchable prompts (tests replace these) --------------------------------------
    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_save_path(self, suggested: str) -> str:
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export their data"),
            suggested,
            self.tr("Web page (*.html);;PDF (*.pdf);;JSON (*.json)"),
        )
        return self.with_chosen_suffix(name, chosen)

    @staticmethod
    def with_chosen_suffix(name: str, chosen_filter: str) -> str:
        """A name typed without extension gets the one of the file type chosen in the dialog
        (PDF chosen, "samira" typed: samira.pdf, not a web page)."""
        if not name or Path(name).suffix:
            return name
        for ext in (".pdf", ".json", ".html"):
            if f"*{ext}" in chosen_filter:
                return name + ext
        return name

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.critical(self, title, text)

    def show_info(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    # -- retention ------------------------------------------------------------
    def cutoff(self):
        return self.privacy.retention_cutoff(self.ui.monthsSpin.value())

    @staticmethod
    def long_date(day) -> str:
        """A date as the user's language writes it in full ("26 november 2024")."""
        return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)

    def refresh_affected(self) -> None:
        cutoff = self.cutoff()
        rows = self.privacy.people_not_seen_since(cutoff)
        self.affected.set_rows(rows)
        when = self.long_date(cutoff)
        self.ui.cutoffLabel.setText(self.tr("(last seen before %1)").replace("%1", when))
        self.ui.affectedLabel.setText(
            self.tr(
                "%n person(s) would be anonymised: names, contact details and notes are erased; "
                "they stay in the counts per sector as anonymous participants.",
                "",
                len(rows),
            )
            if rows
            else self.tr("Nobody has gone unseen that long.")
        )
        self.ui.anonymiseButton.setEnabled(bool(rows) and not self.services.readonly)
        self.ui.anonymiseButton.setText(
            self.tr("&Anonymise %n person(s)…", "", len(rows)) if rows else self.tr("&Anonymise…")
        )

    def anonymise(self) -> None:
        cutoff = self.cutoff()
        ids = [r["id"] for r in self.affected.rows]
        if not ids:
            return
        if not self.confirm(
            self.tr("Anonymise people"),
            self.tr("Anonymise %n person(s) not seen since %1? This cannot be undone.", "", len(ids)).replace(
                "%1", self.long_date(cutoff)
            ),
        ):
            return
        try:
            self.privacy.set_retention_months(self.ui.monthsSpin.value())
            report = self.privacy.anonymise(cutoff, quotes=self.ui.quotesCombo.currentData())
        except KcdeskError as exc:
            self.show_error(self.tr("Anonymise people"), translate_error(exc))
            return
        self.erased.emit(report.erased)
        self.refresh_affected()
        self.search(self.ui.searchEdit.text())

    # -- one person -----------------------------------------------------------
    def search(self, text: str) -> None:
        rows = []
        if text.strip():
            for p in self.services.people.search(text, limit=100):
                if p.erased:
                    continue
                events = self.services.people.events_of(p.id)  # type: ignore[arg-type]
                rows.append(
                    {
                        "id": p.id,
                        "name": p.name,
                        "organisation": p.organisation,
                        "email": p.email,
                        "last_event": max((e["date"] or "" for e in events), default=""),
                    }
                )
        self.found.set_rows(rows)
        if rows:
            self.ui.peopleView.selectRow(0)
        self._selected()

    def selected_person_id(self) -> int | None:
        rows = self.ui.peopleView.selectionModel().selectedRows()
        return self.found.person_id(rows[0].row()) if rows else None

    def _selected(self, *_args) -> None:
        person_id = self.selected_person_id()
        self.ui.exportButton.setEnabled(person_id is not None)
        self.ui.eraseButton.setEnabled(person_id is not None and not self.services.readonly)
        if person_id is None:
            self.ui.planLabel.setText(self.tr("Find the person who asked, then export or erase their data."))
            return
        plan = self.privacy.erasure_plan(person_id)
        self.ui.planLabel.setText(
            self.tr("Linked to %1:").replace("%1", plan.person.name)
            + " "
            + ", ".join(
                (
                    self.tr("%n registration(s)", "", plan.registrations),
                    self.tr("%n programme part(s)", "", plan.programme_parts),
                    self.tr("%n quote(s)", "", plan.quotes),
                    self.tr("%n reaction(s)", "", plan.reactions),
                )
            )
            + "."
        )

    def export_selected(self) -> None:
        person_id = self.selected_person_id()
        if person_id is None:
            return
        person = self.services.people.get(person_id)
        suggested = str(Path.home() / f"{'-'.join(person.name.lower().split()) or 'person'}.html")
        name = self.ask_save_path(suggested)
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".html")
        lang = ui_lang()
        try:
            self.privacy.write_report(person_id, path, lang=lang)
        except KcdeskError as exc:
            self.show_error(self.tr("Export their data"), translate_error(exc))
            return
        self.exported.emit(str(path))
        self.show_info(
            self.tr("Export their data"),
            self.tr("Saved everything kcdesk holds on %1 in %2.")
            .replace("%1", person.name)
            .replace("%2", str(path)),
        )

    def mention_text(self, mention: dict) -> str:
        """Where a name was found, in words: 'a note at “Kenniscafé …”'."""
        kinds = {
            "note": self.tr("a note at “%1”"),
            "quote": self.tr("a quote at “%1”"),
            "reaction": self.tr("a reaction at “%1”"),
        }
        template = kinds.get(str(mention["kind"]), str(mention["kind"]) + " (%1)")
        return template.replace("%1", str(mention["event_title"]))

    def erase_selected(self) -> None:
        person_id = self.selected_person_id()
        if person_id is None:
            return
        person = self.services.people.get(person_id)
        if not self.confirm(
            self.tr("Erase"),
            self.tr(
                "Erase all personal data of %1? They stay in the counts as an anonymous "
                "participant. This cannot be undone."
            ).replace("%1", person.name),
        ):
            return
        try:
            report = self.privacy.erase(person_id, quotes=self.ui.personQuotesCombo.currentData())
        except KcdeskError as exc:
            self.show_error(self.tr("Erase"), translate_error(exc))
            return
        self.erased.emit(report.erased)
        if report.compact_error is not None:
            self.show_error(self.tr("Erase"), translate_error(report.compact_error))
        if report.mentions:
            places = "; ".join(self.mention_text(m) for m in report.mentions)
            self.show_info(
                self.tr("Erase"),
                self.tr(
                    "Erased. Their name still appears in free text that is not "
                    "linked to them; edit it by hand: %1"
                ).replace("%1", places),
            )
        self.search(self.ui.searchEdit.text())
        self.refresh_affected()
