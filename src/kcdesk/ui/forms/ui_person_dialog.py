# Generated from ui/person_dialog.ui by tools/compile_forms.py (pyside6-uic) — do not edit.

# -*- coding: utf-8 -*-


from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(600, 660)
        self.outer = QVBoxLayout(PersonDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(10)
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.givenLabel = QLabel(PersonDialog)
        self.givenLabel.setObjectName(u"givenLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.givenLabel)

        self.givenName = QLineEdit(PersonDialog)
        self.givenName.setObjectName(u"givenName")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.givenName)

        self.particleLabel = QLabel(PersonDialog)
        self.particleLabel.setObjectName(u"particleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.particleLabel)

        self.particle = QLineEdit(PersonDialog)
        self.particle.setObjectName(u"particle")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.particle)

        self.familyLabel = QLabel(PersonDialog)
        self.familyLabel.setObjectName(u"familyLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.familyLabel)

        self.familyName = QLineEdit(PersonDialog)
        self.familyName.setObjectName(u"familyName")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.familyName)

        self.emailLabel = QLabel(PersonDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(PersonDialog)
        self.email.setObjectName(u"email")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.email)

        self.phoneLabel = QLabel(PersonDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(PersonDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone)

        self.orgLabel = QLabel(PersonDialog)
        self.orgLabel.setObjectName(u"orgLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.orgLabel)

        self.organisation = QLineEdit(PersonDialog)
        self.organisation.setObjectName(u"organisation")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.organisation)

        self.jobLabel = QLabel(PersonDialog)
        self.jobLabel.setObjectName(u"jobLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.jobLabel)

        self.jobTitle = QLineEdit(PersonDialog)
        self.jobTitle.setObjectName(u"jobTitle")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.jobTitle)

        self.sectorLabel = QLabel(PersonDialog)
        self.sectorLabel.setObjectName(u"sectorLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.sectorLabel)

        self.sectorRow = QHBoxLayout()
        self.sectorRow.setSpacing(10)
        self.sectorRow.setObjectName(u"sectorRow")
        self.sector = QComboBox(PersonDialog)
        self.sector.setObjectName(u"sector")

        self.sectorRow.addWidget(self.sector)

        self.mailLanguageLabel = QLabel(PersonDialog)
        self.mailLanguageLabel.setObjectName(u"mailLanguageLabel")

        self.sectorRow.addWidget(self.mailLanguageLabel)

        self.mailLanguage = QComboBox(PersonDialog)
        self.mailLanguage.setObjectName(u"mailLanguage")

        self.sectorRow.addWidget(self.mailLanguage)

        self.sectorRow.setStretch(0, 1)

        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.sectorRow)

        self.consentLabel = QLabel(PersonDialog)
        self.consentLabel.setObjectName(u"consentLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.consentLabel)

        self.consentBox = QHBoxLayout()
        self.consentBox.setObjectName(u"consentBox")
        self.newsletter = QCheckBox(PersonDialog)
        self.newsletter.setObjectName(u"newsletter")

        self.consentBox.addWidget(self.newsletter)

        self.consentPhoto = QCheckBox(PersonDialog)
        self.consentPhoto.setObjectName(u"consentPhoto")

        self.consentBox.addWidget(self.consentPhoto)

        self.consentQuote = QCheckBox(PersonDialog)
        self.consentQuote.setObjectName(u"consentQuote")

        self.consentBox.addWidget(self.consentQuote)

        self.consentName = QCheckBox(PersonDialog)
        self.consentName.setObjectName(u"consentName")

        self.consentBox.addWidget(self.consentName)

        self.consentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consentBox.addItem(self.consentSpacer)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.consentBox)

        self.notesLabel = QLabel(PersonDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(PersonDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notes)

        self.registersLabel = QLabel(PersonDialog)
        self.registersLabel.setObjectName(u"registersLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.registersLabel)

        self.registersBox = QVBoxLayout()
        self.registersBox.setSpacing(4)
        self.registersBox.setObjectName(u"registersBox")
        self.registers = QTableView(PersonDialog)
        self.registers.setObjectName(u"registers")
        self.registers.setMinimumSize(QSize(0, 70))
        self.registers.setMaximumSize(QSize(16777215, 100))

        self.registersBox.addWidget(self.registers)

        self.registerRow = QHBoxLayout()
        self.registerRow.setObjectName(u"registerRow")
        self.registerName = QComboBox(PersonDialog)
        self.registerName.setObjectName(u"registerName")
        self.registerName.setEditable(True)

        self.registerRow.addWidget(self.registerName)

        self.registerNumber = QLineEdit(PersonDialog)
        self.registerNumber.setObjectName(u"registerNumber")
        self.registerNumber.setMinimumSize(QSize(150, 0))

        self.registerRow.addWidget(self.registerNumber)

        self.registerConsent = QCheckBox(PersonDialog)
        self.registerConsent.setObjectName(u"registerConsent")
        self.registerConsent.setChecked(True)

        self.registerRow.addWidget(self.registerConsent)

        self.addRegister = QPushButton(PersonDialog)
        self.addRegister.setObjectName(u"addRegister")

        self.registerRow.addWidget(self.addRegister)

        self.removeRegister = QPushButton(PersonDialog)
        self.removeRegister.setObjectName(u"removeRegister")

        self.registerRow.addWidget(self.removeRegister)

        self.registerRow.setStretch(1, 1)

        self.registersBox.addLayout(self.registerRow)


        self.form.setLayout(10, QFormLayout.ItemRole.FieldRole, self.registersBox)

        self.eventsLabel = QLabel(PersonDialog)
        self.eventsLabel.setObjectName(u"eventsLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.eventsLabel)

        self.events = QTableView(PersonDialog)
        self.events.setObjectName(u"events")
        self.events.setMinimumSize(QSize(0, 110))

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.events)


        self.outer.addLayout(self.form)

        self.error = QLabel(PersonDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setVisible(False)
        self.error.setWordWrap(True)

        self.outer.addWidget(self.error)

        self.buttons = QDialogButtonBox(PersonDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.givenLabel.setBuddy(self.givenName)
        self.particleLabel.setBuddy(self.particle)
        self.familyLabel.setBuddy(self.familyName)
        self.emailLabel.setBuddy(self.email)
        self.phoneLabel.setBuddy(self.phone)
        self.orgLabel.setBuddy(self.organisation)
        self.jobLabel.setBuddy(self.jobTitle)
        self.sectorLabel.setBuddy(self.sector)
        self.mailLanguageLabel.setBuddy(self.mailLanguage)
        self.consentLabel.setBuddy(self.newsletter)
        self.notesLabel.setBuddy(self.notes)
        self.registersLabel.setBuddy(self.registerName)
        self.eventsLabel.setBuddy(self.events)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.givenName, self.particle)
        QWidget.setTabOrder(self.particle, self.familyName)
        QWidget.setTabOrder(self.familyName, self.email)
        QWidget.setTabOrder(self.email, self.phone)
        QWidget.setTabOrder(self.phone, self.organisation)
        QWidget.setTabOrder(self.organisation, self.jobTitle)
        QWidget.setTabOrder(self.jobTitle, self.sector)
        QWidget.setTabOrder(self.sector, self.newsletter)
        QWidget.setTabOrder(self.newsletter, self.consentPhoto)
        QWidget.setTabOrder(self.consentPhoto, self.consentQuote)
        QWidget.setTabOrder(self.consentQuote, self.consentName)
        QWidget.setTabOrder(self.consentName, self.notes)
        QWidget.setTabOrder(self.notes, self.events)
        QWidget.setTabOrder(self.events, self.buttons)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.givenLabel.setText(QCoreApplication.translate("PersonDialog", u"&First name", None))
        self.particleLabel.setText(QCoreApplication.translate("PersonDialog", u"Parti&cle", None))
        self.particle.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"van, de, van der \u2026", None))
        self.familyLabel.setText(QCoreApplication.translate("PersonDialog", u"&Last name", None))
        self.emailLabel.setText(QCoreApplication.translate("PersonDialog", u"&Email", None))
        self.phoneLabel.setText(QCoreApplication.translate("PersonDialog", u"&Phone", None))
        self.orgLabel.setText(QCoreApplication.translate("PersonDialog", u"&Organisation", None))
        self.jobLabel.setText(QCoreApplication.translate("PersonDialog", u"&Job title", None))
        self.sectorLabel.setText(QCoreApplication.translate("PersonDialog", u"&Sector", None))
        self.mailLanguageLabel.setText(QCoreApplication.translate("PersonDialog", u"Mail &in", None))
#if QT_CONFIG(accessibility)
        self.mailLanguage.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Language of the mails to this person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.mailLanguage.setToolTip(QCoreApplication.translate("PersonDialog", u"The language this person gets mail in (confirmations, reminders \u2026); saved when you choose it", None))
#endif // QT_CONFIG(tooltip)
        self.consentLabel.setText(QCoreApplication.translate("PersonDialog", u"Consent", None))
        self.newsletter.setText(QCoreApplication.translate("PersonDialog", u"&Newsletter", None))
        self.consentPhoto.setText(QCoreApplication.translate("PersonDialog", u"P&hoto", None))
        self.consentQuote.setText(QCoreApplication.translate("PersonDialog", u"&Quote", None))
        self.consentName.setText(QCoreApplication.translate("PersonDialog", u"Na&me", None))
        self.notesLabel.setText(QCoreApplication.translate("PersonDialog", u"No&tes", None))
        self.registersLabel.setText(QCoreApplication.translate("PersonDialog", u"&Registers", None))
#if QT_CONFIG(tooltip)
        self.registersLabel.setToolTip(QCoreApplication.translate("PersonDialog", u"Professional registers (Registerplein, SKJ, BIG \u2026) for accreditation points; saved when you add or remove one", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.registerName.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Register", None))
#endif // QT_CONFIG(accessibility)
        self.registerNumber.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Registration number", None))
#if QT_CONFIG(accessibility)
        self.registerNumber.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Registration number", None))
#endif // QT_CONFIG(accessibility)
        self.registerConsent.setText(QCoreApplication.translate("PersonDialog", u"For re&porting", None))
#if QT_CONFIG(tooltip)
        self.registerConsent.setToolTip(QCoreApplication.translate("PersonDialog", u"The person agrees that this number is used to report their attendance to the register", None))
#endif // QT_CONFIG(tooltip)
        self.addRegister.setText(QCoreApplication.translate("PersonDialog", u"&Add", None))
        self.removeRegister.setText(QCoreApplication.translate("PersonDialog", u"Remo&ve", None))
        self.eventsLabel.setText(QCoreApplication.translate("PersonDialog", u"Events", None))
        self.error.setText("")
    # retranslateUi

