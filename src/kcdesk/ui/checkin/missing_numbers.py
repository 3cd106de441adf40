"""At the door of an accredited event: who came without a register number kcdesk may report,
and a row to type the number in while they are still there."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from kcdesk.domain.errors import KcdeskError
from kcdesk.services import Services
from kcdesk.ui.forms.ui_missing_numbers_dialog import Ui_MissingNumbersDialog
from kcdesk.ui.models.rows import RowsModel
from kcdesk.ui.widgets.lists import row_list
from kcdesk.words.errors import translate_error


class MissingNumbersDialog(QDialog):
    def __init__(self, services: Services, event_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MissingNumbersDialog()
        self.ui.setupUi(self)
        self.services, self.event_id = services, event_id
        u = self.ui
        self.model = RowsModel(
            [(self.tr("Name"), lambda r: r["name"]), (self.tr("Organisation"), lambda r: r["organisation"])],
            self,
        )
        row_list(u.people, self.model, stretch=None)
        for a in services.accreditation.accreditations(event_id):
            u.register.addItem(a.register, a.register)
        u.register.setVisible(u.register.count() > 1)
        u.save.clicked.connect(self.save)
        u.number.returnPressed.connect(self.save)
        u.buttons.rejected.connect(self.reject)
        u.message.hide()
        self.reload()
        u.number.setFocus()

    def reload(self) -> None:
        self.model.set_rows(self.services.accreditation.without_number(self.event_id))
        if self.model.rows:
            self.ui.people.selectRow(0)
        self.setWindowTitle(
            self.tr("Attended without a register number (%1)").replace("%1", str(len(self.model.rows)))
        )

    def save(self) -> None:
        row = self.ui.people.currentIndex().row()
        if not 0 <= row < len(self.model.rows):
            return
        person = self.model.rows[row]
        try:
            m = self.services.accreditation.set_membership(
                person["person_id"], self.ui.register.currentData() or "", self.ui.number.text()
            )
        except KcdeskError as exc:
            self.ui.message.setStyleSheet("color: #b00020;")
            self.ui.message.setText(translate_error(exc))
            self.ui.message.show()
            self.ui.number.setFocus()
            return
        self.ui.message.setStyleSheet("color: #1b7f3b;")
        self.ui.message.setText(
            self.tr("Saved %1's %2 number.").replace("%1", person["name"]).replace("%2", m.register)
        )
        self.ui.message.show()
        self.ui.number.clear()
        self.reload()
        self.ui.number.setFocus()
