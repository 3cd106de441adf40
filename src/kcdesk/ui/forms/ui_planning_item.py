# Generated from ui/planning_item.ui by tools/compile_forms.py (pyside6-uic) — do not edit.

# -*- coding: utf-8 -*-


from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

class Ui_ItemDialog(object):
    def setupUi(self, ItemDialog):
        if not ItemDialog.objectName():
            ItemDialog.setObjectName(u"ItemDialog")
        ItemDialog.resize(600, 560)
        self.outer = QVBoxLayout(ItemDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.kindLabel = QLabel(ItemDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(ItemDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.titleLabel = QLabel(ItemDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.title = QLineEdit(ItemDialog)
        self.title.setObjectName(u"title")

        self.titleRow.addWidget(self.title)

        self.english = QPushButton(ItemDialog)
        self.english.setObjectName(u"english")

        self.titleRow.addWidget(self.english)

        self.titleRow.setStretch(0, 1)

        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.titleRow)

        self.durationLabel = QLabel(ItemDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.duration = QSpinBox(ItemDialog)
        self.duration.setObjectName(u"duration")
        self.duration.setMaximum(600)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.duration)

        self.descriptionLabel = QLabel(ItemDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QPlainTextEdit(ItemDialog)
        self.description.setObjectName(u"description")
        self.description.setMaximumSize(QSize(16777215, 90))
        self.description.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.description)

        self.peopleLabel = QLabel(ItemDialog)
        self.peopleLabel.setObjectName(u"peopleLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.peopleLabel)

        self.people = QListWidget(ItemDialog)
        self.people.setObjectName(u"people")
        self.people.setMinimumSize(QSize(0, 90))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.people)

        self.findLabel = QLabel(ItemDialog)
        self.findLabel.setObjectName(u"findLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.findLabel)

        self.pickRow = QHBoxLayout()
        self.pickRow.setObjectName(u"pickRow")
        self.pickerHost = QWidget(ItemDialog)
        self.pickerHost.setObjectName(u"pickerHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.pickerHost.sizePolicy().hasHeightForWidth())
        self.pickerHost.setSizePolicy(sizePolicy)

        self.pickRow.addWidget(self.pickerHost)

        self.pickButtons = QVBoxLayout()
        self.pickButtons.setObjectName(u"pickButtons")
        self.part = QComboBox(ItemDialog)
        self.part.setObjectName(u"part")

        self.pickButtons.addWidget(self.part)

        self.addPerson = QPushButton(ItemDialog)
        self.addPerson.setObjectName(u"addPerson")

        self.pickButtons.addWidget(self.addPerson)

        self.removePerson = QPushButton(ItemDialog)
        self.removePerson.setObjectName(u"removePerson")

        self.pickButtons.addWidget(self.removePerson)

        self.pickSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pickButtons.addItem(self.pickSpacer)


        self.pickRow.addLayout(self.pickButtons)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.pickRow)


        self.outer.addLayout(self.form)

        self.error = QLabel(ItemDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setVisible(False)

        self.outer.addWidget(self.error)

        self.buttons = QDialogButtonBox(ItemDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.titleLabel.setBuddy(self.title)
        self.durationLabel.setBuddy(self.duration)
        self.descriptionLabel.setBuddy(self.description)
        self.peopleLabel.setBuddy(self.people)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.title)
        QWidget.setTabOrder(self.title, self.english)
        QWidget.setTabOrder(self.english, self.duration)
        QWidget.setTabOrder(self.duration, self.description)
        QWidget.setTabOrder(self.description, self.people)
        QWidget.setTabOrder(self.people, self.part)
        QWidget.setTabOrder(self.part, self.addPerson)
        QWidget.setTabOrder(self.addPerson, self.removePerson)
        QWidget.setTabOrder(self.removePerson, self.buttons)

        self.retranslateUi(ItemDialog)

        QMetaObject.connectSlotsByName(ItemDialog)
    # setupUi

    def retranslateUi(self, ItemDialog):
        ItemDialog.setWindowTitle(QCoreApplication.translate("ItemDialog", u"Programme item", None))
        self.kindLabel.setText(QCoreApplication.translate("ItemDialog", u"&Kind", None))
        self.titleLabel.setText(QCoreApplication.translate("ItemDialog", u"&Title", None))
        self.english.setText(QCoreApplication.translate("ItemDialog", u"In En&glish\u2026", None))
#if QT_CONFIG(tooltip)
        self.english.setToolTip(QCoreApplication.translate("ItemDialog", u"The title and description in English, for the English draft", None))
#endif // QT_CONFIG(tooltip)
        self.durationLabel.setText(QCoreApplication.translate("ItemDialog", u"&Duration", None))
        self.duration.setSuffix(QCoreApplication.translate("ItemDialog", u" min", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ItemDialog", u"D&escription", None))
        self.peopleLabel.setText(QCoreApplication.translate("ItemDialog", u"&People", None))
        self.findLabel.setText(QCoreApplication.translate("ItemDialog", u"&Find", None))
#if QT_CONFIG(accessibility)
        self.part.setAccessibleName(QCoreApplication.translate("ItemDialog", u"Part", None))
#endif // QT_CONFIG(accessibility)
        self.addPerson.setText(QCoreApplication.translate("ItemDialog", u"&Add person", None))
        self.removePerson.setText(QCoreApplication.translate("ItemDialog", u"&Remove", None))
        self.error.setText("")
    # retranslateUi

