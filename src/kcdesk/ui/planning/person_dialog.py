"""Edit one person of the directory (Designer form), with the events they came to."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView

from kcdesk.domain.errors import KcdeskError, ValidationError
from kcdesk.domain.models import Person
from kcdesk.domain.rules import validate_person
from kcdesk.services import Services
from kcdesk.ui.forms.ui_person_dialog import Ui_PersonDialog
from kcdesk.ui.models.labels import registration_status_label, ui_lang
from kcdesk.ui.models.rows import RowsModel
from kcdesk.ui.widgets.keyboard import tab_leaves_lists
from kcdesk.ui.widgets.lists import row_list
from kcdesk.words.errors import translate_error


def _date(text: str | None) -> str:
    if not text:
        return ""
    return QLocale().toString(QDate.fromString(text[:10], "yyyy-MM-dd"), QLocale.FormatType.ShortFormat)


class PersonDialog(QDialog):
    def __init__(self, services: Services, person: Person, parent=None):
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self.services = services
        self.person = person
        u = self.ui
        self.setWindowTitle(
            self.tr("New person") if person.id is None else self.tr("Edit %1").replace("%1", person.name)
        )
        u.sector.addItem(self.tr("(unknown)"), "")
        for s in services.people.sectors():
            u.sector.addItem(s.label(ui_lang()), s.code)
        u.givenName.setText(person.given_name)
        u.particle.setText(person.particle)
        u.familyName.setText(person.family_name)
        u.email.setText(person.email)
        u.phone.setText(person.phone)
        u.organisation.setText(person.organisation)
        u.jobTitle.setText(person.job_title)
        u.sector.setCurrentIndex(max(0, u.sector.findData(person.sector)))
        # the language of the mails to this person: saved when chosen, like the register numbers
        names = {"nl": self.tr("Dutch"), "en": self.tr("English")}
        default = names.get(services.mail.settings().language, "")
        u.mailLanguage.addItem(self.tr("as the database (%1)").replace("%1", default), "")
        for lang, name in names.items():
            u.mailLanguage.addItem(name, lang)
        if person.id is not None:
            own = services.mail.language_of(person.id) or ""
            u.mailLanguage.setCurrentIndex(max(0, u.mailLanguage.findData(own)))
        u.mailLanguage.currentIndexChanged.connect(self._mail_language_chosen)
        u.mailLanguage.setVisible(person.id is not None)
        u.mailLanguageLabel.setVisible(person.id is not None)
        u.newsletter.setChecked(person.newsletter)
        u.consentPhoto.setChecked(person.consent_photo)
        u.consentQuote.setChecked(person.consent_quote)
        u.consentName.setChecked(person.consent_name)
        u.notes.setPlainText(person.notes)
        for box, tip in (  # the ticks are one word each; say what they allow
            (u.newsletter, self.tr("May receive the newsletter")),
            (u.consentPhoto, self.tr("May be in photos of the event")),
            (u.consentQuote, self.tr("May be quoted in the article or report")),
            (u.consentName, self.tr("May be named in publications (article, report)")),
        ):
            box.setToolTip(tip)
            box.setAccessibleDescription(tip)
        self.events_model = RowsModel(
            [
                (self.tr("Date"), lambda r: _date(r["date"])),
                (self.tr("Event"), lambda r: r["title"]),
                (self.tr("Status"), lambda r: registration_status_label(r["status"])),
                (self.tr("Checked in"), lambda r: self.tr("yes") if r["checked_in_at"] else ""),
            ],
            self,
        )
        if person.id is not None:
            self.events_model.set_rows(services.people.events_of(person.id))
        u.events.setModel(self.events_model)
        u.events.verticalHeader().hide()
        u.events.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        u.events.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        u.events.setVisible(person.id is not None)
        u.eventsLabel.setVisible(person.id is not None)
        self.registers_model = RowsModel(
            [
                (self.tr("Register"), lambda m: m.register),
                (self.tr("Number"), lambda m: m.number),
                (self.tr("Reporting"), lambda m: self.tr("yes") if m.consent else self.tr("no")),
            ],
            self,
        )
        row_list(u.registers, self.registers_model, stretch=1)
        u.registers.verticalHeader().setDefaultSectionSize(u.registers.fontMetrics().height() + 8)
        u.registerName.addItems(services.accreditation.registers())
        u.registerName.setCurrentIndex(-1)
        u.registerName.setPlaceholderText(self.tr("Register"))
        u.addRegister.clicked.connect(self.add_register)
        u.removeRegister.clicked.connect(self.remove_register)
        u.registerNumber.returnPressed.connect(self.add_register)
        for w in (u.registersLabel, u.registers, u.registerName, u.registerNumber, u.registerConsent):
            w.setVisible(person.id is not None)  # numbers belong to a saved person
        u.addRegister.setVisible(person.id is not None)
        u.removeRegister.setVisible(person.id is not None)
        self.load_registers()
        if person.id is None:  # no events list: the form keeps its rows together, the room goes below
            u.outer.insertStretch(1, 1)
            self.resize(self.width(), self.sizeHint().height())
        u.buttons.accepted.connect(self.accept)
        u.buttons.rejected.connect(self.reject)
        u.givenName.setFocus()
        tab_leaves_lists(self)

    def _mail_language_chosen(self) -> None:
        if self.person.id is None:
            return
        lang = self.ui.mailLanguage.currentData() or None
        try:
            self.services.mail.set_language(self.person.id, lang)
        except KcdeskError as exc:
            self.ui.error.setText(translate_error(exc))
            self.ui.error.show()
            return
        self.ui.error.hide()

    # -- register numbers (saved at once, like the events list they sit beside) -------------
    def load_registers(self) -> None:
        if self.person.id is not None:
            self.registers_model.set_rows(self.services.accreditation.memberships(self.person.id))

    def add_register(self) -> None:
        u = self.ui
        if self.person.id is None:
            return
        try:
            m = self.services.accreditation.set_membership(
                self.person.id,
                u.registerName.currentText(),
                u.registerNumber.text(),
                u.registerConsent.isChecked(),
            )
        except KcdeskError as exc:
            self.ui.error.setText(translate_error(exc))
            self.ui.error.show()
            (u.registerName if getattr(exc, "field", "") == "register" else u.registerNumber).setFocus()
            return
        self.ui.error.hide()
        self.load_registers()
        u.registerNumber.clear()
        rows = [r.register for r in self.registers_model.rows]
        u.registers.selectRow(rows.index(m.register))

    def remove_register(self) -> None:
        rows = sorted({i.row() for i in self.ui.registers.selectionModel().selectedRows()})
        if not rows or self.person.id is None:
            return
        for r in rows:
            self.services.accreditation.remove_membership(
                self.person.id, self.registers_model.rows[r].register
            )
        self.load_registers()

    def result_person(self) -> Person:
        u = self.ui
        return dataclasses.replace(
            self.person,
            given_name=u.givenName.text().strip(),
            particle=u.particle.text().strip(),
            family_name=u.familyName.text().strip(),
            email=u.email.text().strip(),
            phone=u.phone.text().strip(),
            organisation=u.organisation.text().strip(),
            job_title=u.jobTitle.text().strip(),
            sector=u.sector.currentData() or "",
            newsletter=u.newsletter.isChecked(),
            consent_photo=u.consentPhoto.isChecked(),
            consent_quote=u.consentQuote.isChecked(),
            consent_name=u.consentName.isChecked(),
            notes=u.notes.toPlainText().strip(),
        )

    def accept(self) -> None:
        p = self.result_person()
        try:
            validate_person(p)
            other = self.services.people.find_match(dataclasses.replace(p, id=None)) if p.email else None
            if other is not None and other.id != p.id and other.email.lower() == p.email.lower():
                raise ValidationError(
                    self.tr("%1 already belongs to %2.").replace("%1", p.email).replace("%2", other.name),
                    "email",
                )
        except ValidationError as exc:
            self.ui.error.setText(translate_error(exc))
            self.ui.error.show()
            (self.ui.email if exc.field == "email" else self.ui.givenName).setFocus()
            return
        except KcdeskError as exc:
            self.ui.error.setText(translate_error(exc))
            self.ui.error.show()
            return
        super().accept()
