# Generated from ui/sectors_dialog.ui by tools/compile_forms.py (pyside6-uic) — do not edit.

# -*- coding: utf-8 -*-


from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLabel, QTableView, QVBoxLayout

class Ui_SectorsDialog(object):
    def setupUi(self, SectorsDialog):
        if not SectorsDialog.objectName():
            SectorsDialog.setObjectName(u"SectorsDialog")
        SectorsDialog.resize(560, 340)
        self.layout = QVBoxLayout(SectorsDialog)
        self.layout.setObjectName(u"layout")
        self.hint = QLabel(SectorsDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.view = QTableView(SectorsDialog)
        self.view.setObjectName(u"view")
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setAlternatingRowColors(True)

        self.layout.addWidget(self.view)

        self.error = QLabel(SectorsDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(SectorsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(SectorsDialog)
        self.buttons.rejected.connect(SectorsDialog.reject)

        QMetaObject.connectSlotsByName(SectorsDialog)
    # setupUi

    def retranslateUi(self, SectorsDialog):
        SectorsDialog.setWindowTitle(QCoreApplication.translate("SectorsDialog", u"Sectors", None))
        self.hint.setText(QCoreApplication.translate("SectorsDialog", u"The words the network uses for the groups people come from. The article says \u201cuit beleid, onderwijs en werkveld\u201d with these labels; double-click a label to change it.", None))
#if QT_CONFIG(accessibility)
        self.view.setAccessibleName(QCoreApplication.translate("SectorsDialog", u"Sectors", None))
#endif // QT_CONFIG(accessibility)
        self.error.setText("")
    # retranslateUi

