# Generated from ui/walkin_dialog.ui by tools/compile_forms.py (pyside6-uic) — do not edit.

# -*- coding: utf-8 -*-


from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_WalkinDialog(object):
    def setupUi(self, WalkinDialog):
        if not WalkinDialog.objectName():
            WalkinDialog.setObjectName(u"WalkinDialog")
        WalkinDialog.resize(560, 420)
        self.layout = QVBoxLayout(WalkinDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(WalkinDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.nameLabel = QLabel(WalkinDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(WalkinDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.organisationLabel = QLabel(WalkinDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisation = QLineEdit(WalkinDialog)
        self.organisation.setObjectName(u"organisation")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisation)

        self.sectorLabel = QLabel(WalkinDialog)
        self.sectorLabel.setObjectName(u"sectorLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sectorLabel)

        self.sector = QComboBox(WalkinDialog)
        self.sector.setObjectName(u"sector")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sector)

        self.emailLabel = QLabel(WalkinDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(WalkinDialog)
        self.email.setObjectName(u"email")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.email)

        self.registerLabel = QLabel(WalkinDialog)
        self.registerLabel.setObjectName(u"registerLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.registerLabel)

        self.registerBox = QHBoxLayout()
        self.registerBox.setObjectName(u"registerBox")
        self.register = QComboBox(WalkinDialog)
        self.register.setObjectName(u"register")

        self.registerBox.addWidget(self.register)

        self.registerNumber = QLineEdit(WalkinDialog)
        self.registerNumber.setObjectName(u"registerNumber")

        self.registerBox.addWidget(self.registerNumber)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.registerBox)


        self.layout.addLayout(self.form)

        self.newsletter = QCheckBox(WalkinDialog)
        self.newsletter.setObjectName(u"newsletter")

        self.layout.addWidget(self.newsletter)

        self.consentPhoto = QCheckBox(WalkinDialog)
        self.consentPhoto.setObjectName(u"consentPhoto")

        self.layout.addWidget(self.consentPhoto)

        self.consentQuote = QCheckBox(WalkinDialog)
        self.consentQuote.setObjectName(u"consentQuote")

        self.layout.addWidget(self.consentQuote)

        self.consentName = QCheckBox(WalkinDialog)
        self.consentName.setObjectName(u"consentName")

        self.layout.addWidget(self.consentName)

        self.error = QLabel(WalkinDialog)
        self.error.setObjectName(u"error")
        self.error.setText(u"")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b00020; font-weight: bold;")

        self.layout.addWidget(self.error)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttons = QDialogButtonBox(WalkinDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.organisationLabel.setBuddy(self.organisation)
        self.sectorLabel.setBuddy(self.sector)
        self.emailLabel.setBuddy(self.email)
        self.registerLabel.setBuddy(self.registerNumber)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.organisation)
        QWidget.setTabOrder(self.organisation, self.sector)
        QWidget.setTabOrder(self.sector, self.email)
        QWidget.setTabOrder(self.email, self.newsletter)
        QWidget.setTabOrder(self.newsletter, self.consentPhoto)
        QWidget.setTabOrder(self.consentPhoto, self.consentQuote)
        QWidget.setTabOrder(self.consentQuote, self.consentName)

        self.retranslateUi(WalkinDialog)

        QMetaObject.connectSlotsByName(WalkinDialog)
    # setupUi

    def retranslateUi(self, WalkinDialog):
        WalkinDialog.setWindowTitle(QCoreApplication.translate("WalkinDialog", u"Walk-in", None))
        self.intro.setText(QCoreApplication.translate("WalkinDialog", u"Someone who did not register: they are added and checked in at once.", None))
        self.nameLabel.setText(QCoreApplication.translate("WalkinDialog", u"&Name", None))
        self.name.setPlaceholderText(QCoreApplication.translate("WalkinDialog", u"Given name and family name", None))
        self.organisationLabel.setText(QCoreApplication.translate("WalkinDialog", u"&Organisation", None))
        self.sectorLabel.setText(QCoreApplication.translate("WalkinDialog", u"&Sector", None))
        self.emailLabel.setText(QCoreApplication.translate("WalkinDialog", u"&Email (optional)", None))
        self.registerLabel.setText(QCoreApplication.translate("WalkinDialog", u"&Register number", None))
#if QT_CONFIG(accessibility)
        self.register.setAccessibleName(QCoreApplication.translate("WalkinDialog", u"Register", None))
#endif // QT_CONFIG(accessibility)
        self.registerNumber.setPlaceholderText(QCoreApplication.translate("WalkinDialog", u"for the accreditation points (optional)", None))
        self.newsletter.setText(QCoreApplication.translate("WalkinDialog", u"Send me the &newsletter", None))
        self.consentPhoto.setText(QCoreApplication.translate("WalkinDialog", u"I may appear in &photos", None))
        self.consentQuote.setText(QCoreApplication.translate("WalkinDialog", u"My words may be &quoted", None))
        self.consentName.setText(QCoreApplication.translate("WalkinDialog", u"My name may be &mentioned in the report", None))
    # retranslateUi

