# Generated from ui/accreditation_panel.ui by tools/compile_forms.py (pyside6-uic) — do not edit.

# -*- coding: utf-8 -*-


from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_AccreditationPanel(object):
    def setupUi(self, AccreditationPanel):
        if not AccreditationPanel.objectName():
            AccreditationPanel.setObjectName(u"AccreditationPanel")
        AccreditationPanel.resize(760, 200)
        self.layout = QVBoxLayout(AccreditationPanel)
        self.layout.setSpacing(4)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, -1, 0, -1)
        self.heading = QLabel(AccreditationPanel)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.accreditations = QTableView(AccreditationPanel)
        self.accreditations.setObjectName(u"accreditations")
        self.accreditations.setMinimumSize(QSize(0, 90))

        self.layout.addWidget(self.accreditations)

        self.editRow = QHBoxLayout()
        self.editRow.setObjectName(u"editRow")
        self.register = QComboBox(AccreditationPanel)
        self.register.setObjectName(u"register")
        self.register.setEditable(True)
        self.register.setMinimumSize(QSize(130, 0))

        self.editRow.addWidget(self.register)

        self.activity = QLineEdit(AccreditationPanel)
        self.activity.setObjectName(u"activity")
        self.activity.setMinimumSize(QSize(140, 0))

        self.editRow.addWidget(self.activity)

        self.points = QDoubleSpinBox(AccreditationPanel)
        self.points.setObjectName(u"points")
        self.points.setDecimals(1)
        self.points.setMaximum(100.000000000000000)
        self.points.setSingleStep(0.500000000000000)

        self.editRow.addWidget(self.points)

        self.hours = QDoubleSpinBox(AccreditationPanel)
        self.hours.setObjectName(u"hours")
        self.hours.setDecimals(2)
        self.hours.setMaximum(24.000000000000000)
        self.hours.setSingleStep(0.250000000000000)

        self.editRow.addWidget(self.hours)

        self.status = QComboBox(AccreditationPanel)
        self.status.setObjectName(u"status")

        self.editRow.addWidget(self.status)


        self.layout.addLayout(self.editRow)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.save = QPushButton(AccreditationPanel)
        self.save.setObjectName(u"save")

        self.buttonRow.addWidget(self.save)

        self.remove = QPushButton(AccreditationPanel)
        self.remove.setObjectName(u"remove")

        self.buttonRow.addWidget(self.remove)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.exportList = QPushButton(AccreditationPanel)
        self.exportList.setObjectName(u"exportList")

        self.buttonRow.addWidget(self.exportList)


        self.layout.addLayout(self.buttonRow)

        self.missing = QLabel(AccreditationPanel)
        self.missing.setObjectName(u"missing")
        self.missing.setWordWrap(True)

        self.layout.addWidget(self.missing)

        self.message = QLabel(AccreditationPanel)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

#if QT_CONFIG(shortcut)
        self.heading.setBuddy(self.accreditations)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AccreditationPanel)

        QMetaObject.connectSlotsByName(AccreditationPanel)
    # setupUi

    def retranslateUi(self, AccreditationPanel):
        self.heading.setText(QCoreApplication.translate("AccreditationPanel", u"Accreditation points", None))
#if QT_CONFIG(accessibility)
        self.register.setAccessibleName(QCoreApplication.translate("AccreditationPanel", u"Register", None))
#endif // QT_CONFIG(accessibility)
        self.activity.setPlaceholderText(QCoreApplication.translate("AccreditationPanel", u"Activity ID", None))
#if QT_CONFIG(accessibility)
        self.activity.setAccessibleName(QCoreApplication.translate("AccreditationPanel", u"Activity ID", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.points.setAccessibleName(QCoreApplication.translate("AccreditationPanel", u"Points", None))
#endif // QT_CONFIG(accessibility)
        self.points.setSuffix(QCoreApplication.translate("AccreditationPanel", u" points", None))
#if QT_CONFIG(accessibility)
        self.hours.setAccessibleName(QCoreApplication.translate("AccreditationPanel", u"Net hours", None))
#endif // QT_CONFIG(accessibility)
        self.hours.setSuffix(QCoreApplication.translate("AccreditationPanel", u" net hours", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("AccreditationPanel", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.save.setText(QCoreApplication.translate("AccreditationPanel", u"Sa&ve", None))
        self.remove.setText(QCoreApplication.translate("AccreditationPanel", u"Remove", None))
        self.exportList.setText(QCoreApplication.translate("AccreditationPanel", u"E&xport list\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportList.setToolTip(QCoreApplication.translate("AccreditationPanel", u"The register's list of this event: .txt numbers to paste into PE-online, .pdf attendance list to sign, or .csv", None))
#endif // QT_CONFIG(tooltip)
        self.missing.setText("")
        self.message.setText("")
        pass
    # retranslateUi

