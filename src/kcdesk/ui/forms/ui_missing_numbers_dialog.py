# Generated from ui/missing_numbers_dialog.ui by tools/compile_forms.py (pyside6-uic) — do not edit.

# -*- coding: utf-8 -*-


from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout

class Ui_MissingNumbersDialog(object):
    def setupUi(self, MissingNumbersDialog):
        if not MissingNumbersDialog.objectName():
            MissingNumbersDialog.setObjectName(u"MissingNumbersDialog")
        MissingNumbersDialog.resize(620, 460)
        self.layout = QVBoxLayout(MissingNumbersDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(MissingNumbersDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.people = QTableView(MissingNumbersDialog)
        self.people.setObjectName(u"people")

        self.layout.addWidget(self.people)

        self.editRow = QHBoxLayout()
        self.editRow.setObjectName(u"editRow")
        self.register = QComboBox(MissingNumbersDialog)
        self.register.setObjectName(u"register")

        self.editRow.addWidget(self.register)

        self.number = QLineEdit(MissingNumbersDialog)
        self.number.setObjectName(u"number")

        self.editRow.addWidget(self.number)

        self.save = QPushButton(MissingNumbersDialog)
        self.save.setObjectName(u"save")

        self.editRow.addWidget(self.save)


        self.layout.addLayout(self.editRow)

        self.message = QLabel(MissingNumbersDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(MissingNumbersDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(MissingNumbersDialog)

        QMetaObject.connectSlotsByName(MissingNumbersDialog)
    # setupUi

    def retranslateUi(self, MissingNumbersDialog):
        MissingNumbersDialog.setWindowTitle(QCoreApplication.translate("MissingNumbersDialog", u"Attended without a register number", None))
        self.intro.setText(QCoreApplication.translate("MissingNumbersDialog", u"These people came to this accredited event, but kcdesk has no register number for them that it may report. Choose someone, type the number and save.", None))
#if QT_CONFIG(accessibility)
        self.register.setAccessibleName(QCoreApplication.translate("MissingNumbersDialog", u"Register", None))
#endif // QT_CONFIG(accessibility)
        self.number.setPlaceholderText(QCoreApplication.translate("MissingNumbersDialog", u"Registration number", None))
#if QT_CONFIG(accessibility)
        self.number.setAccessibleName(QCoreApplication.translate("MissingNumbersDialog", u"Registration number", None))
#endif // QT_CONFIG(accessibility)
        self.save.setText(QCoreApplication.translate("MissingNumbersDialog", u"&Save number", None))
        self.message.setText("")
    # retranslateUi

