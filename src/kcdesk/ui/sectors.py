"""The sectors dialog: the network's own words for the groups people come from ("werkveld")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from kcdesk.domain.errors import KcdeskError
from kcdesk.domain.models import Sector
from kcdesk.services import Services
from kcdesk.ui.forms.ui_sectors_dialog import Ui_SectorsDialog
from kcdesk.words.errors import translate_error

Index = QModelIndex | QPersistentModelIndex


class SectorsModel(QAbstractTableModel):
    """Code, Dutch label, English label of every sector; the labels are editable."""

    #: failed(message): a label was refused (empty); the message is already translated
    failed = Signal(str)
    COLUMNS = ("code", "label_nl", "label_en")

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.sectors: list[Sector] = services.people.sectors()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.sectors)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Code"), self.tr("Dutch"), self.tr("English"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(self.sectors[index.row()], self.COLUMNS[index.column()])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() > 0 else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == 0:
            return False
        s = self.sectors[index.row()]
        nl = str(value) if index.column() == 1 else s.label_nl
        en = str(value) if index.column() == 2 else s.label_en
        try:
            saved = self.services.authoring.rename_sector(s.code, nl, en)
        except KcdeskError as exc:
            self.failed.emit(translate_error(exc))
            return False
        self.sectors[index.row()] = saved
        self.dataChanged.emit(index, index)
        return True


class SectorsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SectorsDialog()
        self.ui.setupUi(self)
        self.model = SectorsModel(services, self)
        self.ui.view.setModel(self.model)
        self.ui.view.verticalHeader().hide()
        header = self.ui.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.model.failed.connect(self.ui.error.setText)
        self.model.dataChanged.connect(lambda *_: self.ui.error.clear())
