# Generated from ui/privacy_dialog.ui by tools/compile_forms.py (pyside6-uic) — do not edit.

# -*- coding: utf-8 -*-


from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QTableView, QVBoxLayout, QWidget

class Ui_PrivacyDialog(object):
    def setupUi(self, PrivacyDialog):
        if not PrivacyDialog.objectName():
            PrivacyDialog.setObjectName(u"PrivacyDialog")
        PrivacyDialog.resize(780, 540)
        self.mainLayout = QVBoxLayout(PrivacyDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(PrivacyDialog)
        self.tabs.setObjectName(u"tabs")
        self.retentionTab = QWidget()
        self.retentionTab.setObjectName(u"retentionTab")
        self.retentionLayout = QVBoxLayout(self.retentionTab)
        self.retentionLayout.setObjectName(u"retentionLayout")
        self.monthsLayout = QHBoxLayout()
        self.monthsLayout.setObjectName(u"monthsLayout")
        self.monthsLabel = QLabel(self.retentionTab)
        self.monthsLabel.setObjectName(u"monthsLabel")

        self.monthsLayout.addWidget(self.monthsLabel)

        self.monthsSpin = QSpinBox(self.retentionTab)
        self.monthsSpin.setObjectName(u"monthsSpin")
        self.monthsSpin.setMinimum(1)
        self.monthsSpin.setMaximum(240)
        self.monthsSpin.setValue(24)

        self.monthsLayout.addWidget(self.monthsSpin)

        self.cutoffLabel = QLabel(self.retentionTab)
        self.cutoffLabel.setObjectName(u"cutoffLabel")

        self.monthsLayout.addWidget(self.cutoffLabel)

        self.monthsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.monthsLayout.addItem(self.monthsSpacer)


        self.retentionLayout.addLayout(self.monthsLayout)

        self.affectedLabel = QLabel(self.retentionTab)
        self.affectedLabel.setObjectName(u"affectedLabel")
        self.affectedLabel.setWordWrap(True)

        self.retentionLayout.addWidget(self.affectedLabel)

        self.affectedView = QTableView(self.retentionTab)
        self.affectedView.setObjectName(u"affectedView")
        self.affectedView.setSelectionMode(QAbstractItemView.NoSelection)
        self.affectedView.setAlternatingRowColors(True)

        self.retentionLayout.addWidget(self.affectedView)

        self.anonymiseLayout = QHBoxLayout()
        self.anonymiseLayout.setObjectName(u"anonymiseLayout")
        self.quotesLabel = QLabel(self.retentionTab)
        self.quotesLabel.setObjectName(u"quotesLabel")

        self.anonymiseLayout.addWidget(self.quotesLabel)

        self.quotesCombo = QComboBox(self.retentionTab)
        self.quotesCombo.setObjectName(u"quotesCombo")

        self.anonymiseLayout.addWidget(self.quotesCombo)

        self.anonymiseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.anonymiseLayout.addItem(self.anonymiseSpacer)

        self.anonymiseButton = QPushButton(self.retentionTab)
        self.anonymiseButton.setObjectName(u"anonymiseButton")

        self.anonymiseLayout.addWidget(self.anonymiseButton)


        self.retentionLayout.addLayout(self.anonymiseLayout)

        self.tabs.addTab(self.retentionTab, "")
        self.personTab = QWidget()
        self.personTab.setObjectName(u"personTab")
        self.personLayout = QVBoxLayout(self.personTab)
        self.personLayout.setObjectName(u"personLayout")
        self.searchEdit = QLineEdit(self.personTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.personLayout.addWidget(self.searchEdit)

        self.peopleView = QTableView(self.personTab)
        self.peopleView.setObjectName(u"peopleView")
        self.peopleView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.peopleView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.peopleView.setAlternatingRowColors(True)

        self.personLayout.addWidget(self.peopleView)

        self.planLabel = QLabel(self.personTab)
        self.planLabel.setObjectName(u"planLabel")
        self.planLabel.setWordWrap(True)

        self.personLayout.addWidget(self.planLabel)

        self.personButtons = QHBoxLayout()
        self.personButtons.setObjectName(u"personButtons")
        self.personQuotesLabel = QLabel(self.personTab)
        self.personQuotesLabel.setObjectName(u"personQuotesLabel")

        self.personButtons.addWidget(self.personQuotesLabel)

        self.personQuotesCombo = QComboBox(self.personTab)
        self.personQuotesCombo.setObjectName(u"personQuotesCombo")

        self.personButtons.addWidget(self.personQuotesCombo)

        self.personSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.personButtons.addItem(self.personSpacer)

        self.exportButton = QPushButton(self.personTab)
        self.exportButton.setObjectName(u"exportButton")

        self.personButtons.addWidget(self.exportButton)

        self.eraseButton = QPushButton(self.personTab)
        self.eraseButton.setObjectName(u"eraseButton")

        self.personButtons.addWidget(self.eraseButton)


        self.personLayout.addLayout(self.personButtons)

        self.tabs.addTab(self.personTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(PrivacyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.monthsLabel.setBuddy(self.monthsSpin)
        self.quotesLabel.setBuddy(self.quotesCombo)
        self.personQuotesLabel.setBuddy(self.personQuotesCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.monthsSpin)
        QWidget.setTabOrder(self.monthsSpin, self.affectedView)
        QWidget.setTabOrder(self.affectedView, self.quotesCombo)
        QWidget.setTabOrder(self.quotesCombo, self.anonymiseButton)
        QWidget.setTabOrder(self.anonymiseButton, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.peopleView)
        QWidget.setTabOrder(self.peopleView, self.personQuotesCombo)
        QWidget.setTabOrder(self.personQuotesCombo, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.eraseButton)

        self.retranslateUi(PrivacyDialog)
        self.buttonBox.rejected.connect(PrivacyDialog.reject)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PrivacyDialog)
    # setupUi

    def retranslateUi(self, PrivacyDialog):
        PrivacyDialog.setWindowTitle(QCoreApplication.translate("PrivacyDialog", u"Privacy", None))
        self.monthsLabel.setText(QCoreApplication.translate("PrivacyDialog", u"Anonymise people not seen for", None))
        self.monthsSpin.setSuffix(QCoreApplication.translate("PrivacyDialog", u" months", None))
        self.cutoffLabel.setText("")
        self.affectedLabel.setText("")
#if QT_CONFIG(accessibility)
        self.affectedView.setAccessibleName(QCoreApplication.translate("PrivacyDialog", u"People who would be anonymised", None))
#endif // QT_CONFIG(accessibility)
        self.quotesLabel.setText(QCoreApplication.translate("PrivacyDialog", u"Their &quotes:", None))
        self.anonymiseButton.setText(QCoreApplication.translate("PrivacyDialog", u"&Anonymise\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.retentionTab), QCoreApplication.translate("PrivacyDialog", u"&Retention", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PrivacyDialog", u"Type a name, organisation or email address", None))
#if QT_CONFIG(accessibility)
        self.peopleView.setAccessibleName(QCoreApplication.translate("PrivacyDialog", u"People found", None))
#endif // QT_CONFIG(accessibility)
        self.planLabel.setText("")
        self.personQuotesLabel.setText(QCoreApplication.translate("PrivacyDialog", u"Their q&uotes:", None))
        self.exportButton.setText(QCoreApplication.translate("PrivacyDialog", u"&Export their data\u2026", None))
        self.eraseButton.setText(QCoreApplication.translate("PrivacyDialog", u"E&rase\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.personTab), QCoreApplication.translate("PrivacyDialog", u"&One person", None))
    # retranslateUi

