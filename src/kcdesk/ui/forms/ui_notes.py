# Generated from ui/notes.ui by tools/compile_forms.py (pyside6-uic) — do not edit.

# -*- coding: utf-8 -*-


from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTabWidget, QTableView, QTextBrowser, QVBoxLayout, QWidget

class Ui_NotesScreen(object):
    def setupUi(self, NotesScreen):
        if not NotesScreen.objectName():
            NotesScreen.setObjectName(u"NotesScreen")
        NotesScreen.resize(1000, 720)
        self.mainLayout = QVBoxLayout(NotesScreen)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.eventLabel = QLabel(NotesScreen)
        self.eventLabel.setObjectName(u"eventLabel")

        self.topLayout.addWidget(self.eventLabel)

        self.eventCombo = QComboBox(NotesScreen)
        self.eventCombo.setObjectName(u"eventCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(5)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.eventCombo.sizePolicy().hasHeightForWidth())
        self.eventCombo.setSizePolicy(sizePolicy)

        self.topLayout.addWidget(self.eventCombo)

        self.itemLabel = QLabel(NotesScreen)
        self.itemLabel.setObjectName(u"itemLabel")

        self.topLayout.addWidget(self.itemLabel)

        self.itemCombo = QComboBox(NotesScreen)
        self.itemCombo.setObjectName(u"itemCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.itemCombo.sizePolicy().hasHeightForWidth())
        self.itemCombo.setSizePolicy(sizePolicy1)

        self.topLayout.addWidget(self.itemCombo)

        self.exportButton = QPushButton(NotesScreen)
        self.exportButton.setObjectName(u"exportButton")

        self.topLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.topLayout)

        self.tabs = QTabWidget(NotesScreen)
        self.tabs.setObjectName(u"tabs")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesLayout = QVBoxLayout(self.notesTab)
        self.notesLayout.setObjectName(u"notesLayout")
        self.noteHeadingLayout = QHBoxLayout()
        self.noteHeadingLayout.setObjectName(u"noteHeadingLayout")
        self.noteHeadingLabel = QLabel(self.notesTab)
        self.noteHeadingLabel.setObjectName(u"noteHeadingLabel")

        self.noteHeadingLayout.addWidget(self.noteHeadingLabel)

        self.noteHeading = QLineEdit(self.notesTab)
        self.noteHeading.setObjectName(u"noteHeading")
        sizePolicy1.setHeightForWidth(self.noteHeading.sizePolicy().hasHeightForWidth())
        self.noteHeading.setSizePolicy(sizePolicy1)

        self.noteHeadingLayout.addWidget(self.noteHeading)

        self.notePositionLabel = QLabel(self.notesTab)
        self.notePositionLabel.setObjectName(u"notePositionLabel")

        self.noteHeadingLayout.addWidget(self.notePositionLabel)

        self.notePosition = QSpinBox(self.notesTab)
        self.notePosition.setObjectName(u"notePosition")
        self.notePosition.setMaximum(999)

        self.noteHeadingLayout.addWidget(self.notePosition)

        self.noteEnglishButton = QPushButton(self.notesTab)
        self.noteEnglishButton.setObjectName(u"noteEnglishButton")

        self.noteHeadingLayout.addWidget(self.noteEnglishButton)


        self.notesLayout.addLayout(self.noteHeadingLayout)

        self.noteSplitter = QSplitter(self.notesTab)
        self.noteSplitter.setObjectName(u"noteSplitter")
        self.noteSplitter.setOrientation(Qt.Horizontal)
        self.noteSplitter.setChildrenCollapsible(False)
        self.noteEdit = QPlainTextEdit(self.noteSplitter)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteSplitter.addWidget(self.noteEdit)
        self.notePreview = QTextBrowser(self.noteSplitter)
        self.notePreview.setObjectName(u"notePreview")
        self.notePreview.setOpenExternalLinks(True)
        self.noteSplitter.addWidget(self.notePreview)

        self.notesLayout.addWidget(self.noteSplitter)

        self.noteStatusLayout = QHBoxLayout()
        self.noteStatusLayout.setObjectName(u"noteStatusLayout")
        self.noteHint = QLabel(self.notesTab)
        self.noteHint.setObjectName(u"noteHint")

        self.noteStatusLayout.addWidget(self.noteHint)

        self.noteSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noteStatusLayout.addItem(self.noteSpacer)

        self.saveStatus = QLabel(self.notesTab)
        self.saveStatus.setObjectName(u"saveStatus")

        self.noteStatusLayout.addWidget(self.saveStatus)


        self.notesLayout.addLayout(self.noteStatusLayout)

        self.notesLayout.setStretch(1, 1)
        self.tabs.addTab(self.notesTab, "")
        self.figuresTab = QWidget()
        self.figuresTab.setObjectName(u"figuresTab")
        self.figuresLayout = QHBoxLayout(self.figuresTab)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.figuresView = QTableView(self.figuresTab)
        self.figuresView.setObjectName(u"figuresView")
        self.figuresView.setAlternatingRowColors(True)
        self.figuresView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.figuresView.setSelectionMode(QAbstractItemView.SingleSelection)

        self.figuresLayout.addWidget(self.figuresView)

        self.figureButtons = QVBoxLayout()
        self.figureButtons.setObjectName(u"figureButtons")
        self.addFigureButton = QPushButton(self.figuresTab)
        self.addFigureButton.setObjectName(u"addFigureButton")

        self.figureButtons.addWidget(self.addFigureButton)

        self.removeFigureButton = QPushButton(self.figuresTab)
        self.removeFigureButton.setObjectName(u"removeFigureButton")

        self.figureButtons.addWidget(self.removeFigureButton)

        self.figureSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.figureButtons.addItem(self.figureSpacer)


        self.figuresLayout.addLayout(self.figureButtons)

        self.tabs.addTab(self.figuresTab, "")
        self.quotesTab = QWidget()
        self.quotesTab.setObjectName(u"quotesTab")
        self.quotesLayout = QVBoxLayout(self.quotesTab)
        self.quotesLayout.setObjectName(u"quotesLayout")
        self.quotesView = QTableView(self.quotesTab)
        self.quotesView.setObjectName(u"quotesView")
        self.quotesView.setAlternatingRowColors(True)
        self.quotesView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.quotesView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.quotesView.setWordWrap(True)

        self.quotesLayout.addWidget(self.quotesView)

        self.quoteBox = QGroupBox(self.quotesTab)
        self.quoteBox.setObjectName(u"quoteBox")
        self.quoteForm = QFormLayout(self.quoteBox)
        self.quoteForm.setObjectName(u"quoteForm")
        self.quoteTextLabel = QLabel(self.quoteBox)
        self.quoteTextLabel.setObjectName(u"quoteTextLabel")

        self.quoteForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.quoteTextLabel)

        self.quoteText = QPlainTextEdit(self.quoteBox)
        self.quoteText.setObjectName(u"quoteText")
        self.quoteText.setMaximumSize(QSize(16777215, 70))
        self.quoteText.setTabChangesFocus(True)

        self.quoteForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.quoteText)

        self.quotePersonLabel = QLabel(self.quoteBox)
        self.quotePersonLabel.setObjectName(u"quotePersonLabel")

        self.quoteForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.quotePersonLabel)

        self.quotePerson = QComboBox(self.quoteBox)
        self.quotePerson.setObjectName(u"quotePerson")

        self.quoteForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.quotePerson)

        self.quoteFreeLabel = QLabel(self.quoteBox)
        self.quoteFreeLabel.setObjectName(u"quoteFreeLabel")

        self.quoteForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.quoteFreeLabel)

        self.freeLayout = QHBoxLayout()
        self.freeLayout.setObjectName(u"freeLayout")
        self.quoteName = QLineEdit(self.quoteBox)
        self.quoteName.setObjectName(u"quoteName")

        self.freeLayout.addWidget(self.quoteName)

        self.quoteRole = QLineEdit(self.quoteBox)
        self.quoteRole.setObjectName(u"quoteRole")

        self.freeLayout.addWidget(self.quoteRole)

        self.quoteOrg = QLineEdit(self.quoteBox)
        self.quoteOrg.setObjectName(u"quoteOrg")

        self.freeLayout.addWidget(self.quoteOrg)


        self.quoteForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.freeLayout)

        self.quoteItemLabel = QLabel(self.quoteBox)
        self.quoteItemLabel.setObjectName(u"quoteItemLabel")

        self.quoteForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.quoteItemLabel)

        self.quoteItemLayout = QHBoxLayout()
        self.quoteItemLayout.setObjectName(u"quoteItemLayout")
        self.quoteItem = QComboBox(self.quoteBox)
        self.quoteItem.setObjectName(u"quoteItem")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(2)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.quoteItem.sizePolicy().hasHeightForWidth())
        self.quoteItem.setSizePolicy(sizePolicy2)

        self.quoteItemLayout.addWidget(self.quoteItem)

        self.quoteConsentLabel = QLabel(self.quoteBox)
        self.quoteConsentLabel.setObjectName(u"quoteConsentLabel")

        self.quoteItemLayout.addWidget(self.quoteConsentLabel)

        self.quoteConsent = QComboBox(self.quoteBox)
        self.quoteConsent.setObjectName(u"quoteConsent")

        self.quoteItemLayout.addWidget(self.quoteConsent)


        self.quoteForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.quoteItemLayout)

        self.quoteTranslationLabel = QLabel(self.quoteBox)
        self.quoteTranslationLabel.setObjectName(u"quoteTranslationLabel")

        self.quoteForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.quoteTranslationLabel)

        self.quoteTranslation = QLineEdit(self.quoteBox)
        self.quoteTranslation.setObjectName(u"quoteTranslation")

        self.quoteForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.quoteTranslation)

        self.quoteButtons = QHBoxLayout()
        self.quoteButtons.setObjectName(u"quoteButtons")
        self.quoteAttribution = QLabel(self.quoteBox)
        self.quoteAttribution.setObjectName(u"quoteAttribution")
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy3.setHorizontalStretch(1)
        sizePolicy3.setVerticalStretch(0)
        sizePolicy3.setHeightForWidth(self.quoteAttribution.sizePolicy().hasHeightForWidth())
        self.quoteAttribution.setSizePolicy(sizePolicy3)

        self.quoteButtons.addWidget(self.quoteAttribution)

        self.newQuoteButton = QPushButton(self.quoteBox)
        self.newQuoteButton.setObjectName(u"newQuoteButton")

        self.quoteButtons.addWidget(self.newQuoteButton)

        self.saveQuoteButton = QPushButton(self.quoteBox)
        self.saveQuoteButton.setObjectName(u"saveQuoteButton")

        self.quoteButtons.addWidget(self.saveQuoteButton)

        self.deleteQuoteButton = QPushButton(self.quoteBox)
        self.deleteQuoteButton.setObjectName(u"deleteQuoteButton")

        self.quoteButtons.addWidget(self.deleteQuoteButton)


        self.quoteForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.quoteButtons)


        self.quotesLayout.addWidget(self.quoteBox)

        self.quotesLayout.setStretch(0, 1)
        self.tabs.addTab(self.quotesTab, "")
        self.reactionsTab = QWidget()
        self.reactionsTab.setObjectName(u"reactionsTab")
        self.reactionsLayout = QVBoxLayout(self.reactionsTab)
        self.reactionsLayout.setObjectName(u"reactionsLayout")
        self.reactionsView = QTableView(self.reactionsTab)
        self.reactionsView.setObjectName(u"reactionsView")
        self.reactionsView.setAlternatingRowColors(True)
        self.reactionsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.reactionsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.reactionsView.setWordWrap(True)

        self.reactionsLayout.addWidget(self.reactionsView)

        self.reactionBox = QGroupBox(self.reactionsTab)
        self.reactionBox.setObjectName(u"reactionBox")
        self.reactionForm = QFormLayout(self.reactionBox)
        self.reactionForm.setObjectName(u"reactionForm")
        self.reactionTextLabel = QLabel(self.reactionBox)
        self.reactionTextLabel.setObjectName(u"reactionTextLabel")

        self.reactionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reactionTextLabel)

        self.reactionText = QPlainTextEdit(self.reactionBox)
        self.reactionText.setObjectName(u"reactionText")
        self.reactionText.setMaximumSize(QSize(16777215, 70))
        self.reactionText.setTabChangesFocus(True)

        self.reactionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reactionText)

        self.reactionPersonLabel = QLabel(self.reactionBox)
        self.reactionPersonLabel.setObjectName(u"reactionPersonLabel")

        self.reactionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reactionPersonLabel)

        self.reactionPersonLayout = QHBoxLayout()
        self.reactionPersonLayout.setObjectName(u"reactionPersonLayout")
        self.reactionPerson = QComboBox(self.reactionBox)
        self.reactionPerson.setObjectName(u"reactionPerson")
        sizePolicy2.setHeightForWidth(self.reactionPerson.sizePolicy().hasHeightForWidth())
        self.reactionPerson.setSizePolicy(sizePolicy2)

        self.reactionPersonLayout.addWidget(self.reactionPerson)

        self.reactionRatingLabel = QLabel(self.reactionBox)
        self.reactionRatingLabel.setObjectName(u"reactionRatingLabel")

        self.reactionPersonLayout.addWidget(self.reactionRatingLabel)

        self.reactionRating = QSpinBox(self.reactionBox)
        self.reactionRating.setObjectName(u"reactionRating")
        self.reactionRating.setMinimum(0)
        self.reactionRating.setMaximum(5)

        self.reactionPersonLayout.addWidget(self.reactionRating)


        self.reactionForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.reactionPersonLayout)

        self.reactionVerdictLabel = QLabel(self.reactionBox)
        self.reactionVerdictLabel.setObjectName(u"reactionVerdictLabel")

        self.reactionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reactionVerdictLabel)

        self.reactionVerdict = QLineEdit(self.reactionBox)
        self.reactionVerdict.setObjectName(u"reactionVerdict")

        self.reactionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reactionVerdict)

        self.reactionEnglishLabel = QLabel(self.reactionBox)
        self.reactionEnglishLabel.setObjectName(u"reactionEnglishLabel")

        self.reactionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reactionEnglishLabel)

        self.reactionEnglishLayout = QHBoxLayout()
        self.reactionEnglishLayout.setObjectName(u"reactionEnglishLayout")
        self.reactionTranslation = QLineEdit(self.reactionBox)
        self.reactionTranslation.setObjectName(u"reactionTranslation")

        self.reactionEnglishLayout.addWidget(self.reactionTranslation)

        self.reactionVerdictEn = QLineEdit(self.reactionBox)
        self.reactionVerdictEn.setObjectName(u"reactionVerdictEn")

        self.reactionEnglishLayout.addWidget(self.reactionVerdictEn)

        self.reactionEnglishLayout.setStretch(0, 3)
        self.reactionEnglishLayout.setStretch(1, 1)

        self.reactionForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.reactionEnglishLayout)

        self.reactionButtons = QHBoxLayout()
        self.reactionButtons.setObjectName(u"reactionButtons")
        self.reactionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reactionButtons.addItem(self.reactionSpacer)

        self.newReactionButton = QPushButton(self.reactionBox)
        self.newReactionButton.setObjectName(u"newReactionButton")

        self.reactionButtons.addWidget(self.newReactionButton)

        self.saveReactionButton = QPushButton(self.reactionBox)
        self.saveReactionButton.setObjectName(u"saveReactionButton")

        self.reactionButtons.addWidget(self.saveReactionButton)

        self.deleteReactionButton = QPushButton(self.reactionBox)
        self.deleteReactionButton.setObjectName(u"deleteReactionButton")

        self.reactionButtons.addWidget(self.deleteReactionButton)


        self.reactionForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.reactionButtons)


        self.reactionsLayout.addWidget(self.reactionBox)

        self.reactionsLayout.setStretch(0, 1)
        self.tabs.addTab(self.reactionsTab, "")
        self.searchTab = QWidget()
        self.searchTab.setObjectName(u"searchTab")
        self.searchLayout = QVBoxLayout(self.searchTab)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(self.searchTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.searchView = QTableView(self.searchTab)
        self.searchView.setObjectName(u"searchView")
        self.searchView.setAlternatingRowColors(True)
        self.searchView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.searchView.setWordWrap(True)

        self.searchLayout.addWidget(self.searchView)

        self.searchStatus = QLabel(self.searchTab)
        self.searchStatus.setObjectName(u"searchStatus")

        self.searchLayout.addWidget(self.searchStatus)

        self.tabs.addTab(self.searchTab, "")

        self.mainLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.eventLabel.setBuddy(self.eventCombo)
        self.itemLabel.setBuddy(self.itemCombo)
        self.noteHeadingLabel.setBuddy(self.noteHeading)
        self.notePositionLabel.setBuddy(self.notePosition)
        self.quoteTextLabel.setBuddy(self.quoteText)
        self.quotePersonLabel.setBuddy(self.quotePerson)
        self.quoteItemLabel.setBuddy(self.quoteItem)
        self.quoteConsentLabel.setBuddy(self.quoteConsent)
        self.quoteTranslationLabel.setBuddy(self.quoteTranslation)
        self.reactionTextLabel.setBuddy(self.reactionText)
        self.reactionPersonLabel.setBuddy(self.reactionPerson)
        self.reactionRatingLabel.setBuddy(self.reactionRating)
        self.reactionVerdictLabel.setBuddy(self.reactionVerdict)
        self.reactionEnglishLabel.setBuddy(self.reactionTranslation)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NotesScreen)

        self.tabs.setCurrentIndex(0)
        self.saveQuoteButton.setDefault(True)


        QMetaObject.connectSlotsByName(NotesScreen)
    # setupUi

    def retranslateUi(self, NotesScreen):
        self.eventLabel.setText(QCoreApplication.translate("NotesScreen", u"&Event:", None))
#if QT_CONFIG(accessibility)
        self.eventCombo.setAccessibleName(QCoreApplication.translate("NotesScreen", u"Event", None))
#endif // QT_CONFIG(accessibility)
        self.itemLabel.setText(QCoreApplication.translate("NotesScreen", u"&Part:", None))
#if QT_CONFIG(tooltip)
        self.itemCombo.setToolTip(QCoreApplication.translate("NotesScreen", u"Notes of the whole event or of one programme item", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.itemCombo.setAccessibleName(QCoreApplication.translate("NotesScreen", u"Programme item", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("NotesScreen", u"E&xport\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("NotesScreen", u"Draft article, attendance list, certificates, calendar, report\u2026", None))
#endif // QT_CONFIG(tooltip)
        self.noteHeadingLabel.setText(QCoreApplication.translate("NotesScreen", u"&Heading:", None))
        self.noteHeading.setPlaceholderText(QCoreApplication.translate("NotesScreen", u"optional: a heading opens a section of the article", None))
        self.notePositionLabel.setText(QCoreApplication.translate("NotesScreen", u"O&rder:", None))
#if QT_CONFIG(tooltip)
        self.notePosition.setToolTip(QCoreApplication.translate("NotesScreen", u"The article prints notes in this order (lowest first)", None))
#endif // QT_CONFIG(tooltip)
        self.noteEnglishButton.setText(QCoreApplication.translate("NotesScreen", u"In &English\u2026", None))
#if QT_CONFIG(tooltip)
        self.noteEnglishButton.setToolTip(QCoreApplication.translate("NotesScreen", u"The heading and text of this note in English, for the English draft", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("NotesScreen", u"Notes in Markdown", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("NotesScreen", u"Write notes in Markdown: ## heading, **bold**, - list item. They are saved as you type.", None))
#if QT_CONFIG(accessibility)
        self.notePreview.setAccessibleName(QCoreApplication.translate("NotesScreen", u"Preview", None))
#endif // QT_CONFIG(accessibility)
        self.noteHint.setText(QCoreApplication.translate("NotesScreen", u"Markdown on the left, preview on the right.", None))
        self.saveStatus.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.notesTab), QCoreApplication.translate("NotesScreen", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.figuresView.setAccessibleName(QCoreApplication.translate("NotesScreen", u"Key figures", None))
#endif // QT_CONFIG(accessibility)
        self.addFigureButton.setText(QCoreApplication.translate("NotesScreen", u"&Add figure", None))
        self.removeFigureButton.setText(QCoreApplication.translate("NotesScreen", u"&Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.figuresTab), QCoreApplication.translate("NotesScreen", u"Key &figures", None))
#if QT_CONFIG(accessibility)
        self.quotesView.setAccessibleName(QCoreApplication.translate("NotesScreen", u"Quotes", None))
#endif // QT_CONFIG(accessibility)
        self.quoteBox.setTitle(QCoreApplication.translate("NotesScreen", u"Quote", None))
        self.quoteTextLabel.setText(QCoreApplication.translate("NotesScreen", u"Te&xt:", None))
        self.quotePersonLabel.setText(QCoreApplication.translate("NotesScreen", u"Said &by:", None))
#if QT_CONFIG(tooltip)
        self.quotePerson.setToolTip(QCoreApplication.translate("NotesScreen", u"A person from the directory, or a free attribution", None))
#endif // QT_CONFIG(tooltip)
        self.quoteFreeLabel.setText(QCoreApplication.translate("NotesScreen", u"Free attribution:", None))
        self.quoteName.setPlaceholderText(QCoreApplication.translate("NotesScreen", u"Name (optional)", None))
#if QT_CONFIG(accessibility)
        self.quoteName.setAccessibleName(QCoreApplication.translate("NotesScreen", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.quoteRole.setPlaceholderText(QCoreApplication.translate("NotesScreen", u"Role, e.g. teacher", None))
#if QT_CONFIG(accessibility)
        self.quoteRole.setAccessibleName(QCoreApplication.translate("NotesScreen", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.quoteOrg.setPlaceholderText(QCoreApplication.translate("NotesScreen", u"Organisation", None))
#if QT_CONFIG(accessibility)
        self.quoteOrg.setAccessibleName(QCoreApplication.translate("NotesScreen", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.quoteItemLabel.setText(QCoreApplication.translate("NotesScreen", u"Programme &item:", None))
        self.quoteConsentLabel.setText(QCoreApplication.translate("NotesScreen", u"&Consent to publish:", None))
        self.quoteTranslationLabel.setText(QCoreApplication.translate("NotesScreen", u"In En&glish:", None))
        self.quoteTranslation.setPlaceholderText(QCoreApplication.translate("NotesScreen", u"for the English draft; the quote itself stays as said", None))
#if QT_CONFIG(accessibility)
        self.quoteTranslation.setAccessibleName(QCoreApplication.translate("NotesScreen", u"The quote in English", None))
#endif // QT_CONFIG(accessibility)
        self.quoteAttribution.setText("")
        self.newQuoteButton.setText(QCoreApplication.translate("NotesScreen", u"&New", None))
        self.saveQuoteButton.setText(QCoreApplication.translate("NotesScreen", u"&Save quote", None))
        self.deleteQuoteButton.setText(QCoreApplication.translate("NotesScreen", u"&Delete", None))
        self.tabs.setTabText(self.tabs.indexOf(self.quotesTab), QCoreApplication.translate("NotesScreen", u"&Quotes", None))
#if QT_CONFIG(accessibility)
        self.reactionsView.setAccessibleName(QCoreApplication.translate("NotesScreen", u"Reactions", None))
#endif // QT_CONFIG(accessibility)
        self.reactionBox.setTitle(QCoreApplication.translate("NotesScreen", u"Reaction", None))
        self.reactionTextLabel.setText(QCoreApplication.translate("NotesScreen", u"Te&xt:", None))
        self.reactionPersonLabel.setText(QCoreApplication.translate("NotesScreen", u"&Person:", None))
        self.reactionRatingLabel.setText(QCoreApplication.translate("NotesScreen", u"R&ating:", None))
        self.reactionRating.setSpecialValueText(QCoreApplication.translate("NotesScreen", u"\u2014", None))
#if QT_CONFIG(tooltip)
        self.reactionRating.setToolTip(QCoreApplication.translate("NotesScreen", u"1 to 5; leave at \u2014 for no rating", None))
#endif // QT_CONFIG(tooltip)
        self.reactionVerdictLabel.setText(QCoreApplication.translate("NotesScreen", u"&Verdict:", None))
        self.reactionVerdict.setPlaceholderText(QCoreApplication.translate("NotesScreen", u"one word on the meeting, e.g. surprising", None))
        self.reactionEnglishLabel.setText(QCoreApplication.translate("NotesScreen", u"In En&glish:", None))
        self.reactionTranslation.setPlaceholderText(QCoreApplication.translate("NotesScreen", u"the reaction, for the English draft", None))
#if QT_CONFIG(accessibility)
        self.reactionTranslation.setAccessibleName(QCoreApplication.translate("NotesScreen", u"The reaction in English", None))
#endif // QT_CONFIG(accessibility)
        self.reactionVerdictEn.setPlaceholderText(QCoreApplication.translate("NotesScreen", u"the word", None))
#if QT_CONFIG(accessibility)
        self.reactionVerdictEn.setAccessibleName(QCoreApplication.translate("NotesScreen", u"The verdict in English", None))
#endif // QT_CONFIG(accessibility)
        self.newReactionButton.setText(QCoreApplication.translate("NotesScreen", u"&New", None))
        self.saveReactionButton.setText(QCoreApplication.translate("NotesScreen", u"&Save reaction", None))
        self.deleteReactionButton.setText(QCoreApplication.translate("NotesScreen", u"&Delete", None))
        self.tabs.setTabText(self.tabs.indexOf(self.reactionsTab), QCoreApplication.translate("NotesScreen", u"&Reactions", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("NotesScreen", u"Search the notes, quotes and reactions of every event in this series", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("NotesScreen", u"Search", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchView.setAccessibleName(QCoreApplication.translate("NotesScreen", u"Search results", None))
#endif // QT_CONFIG(accessibility)
        self.searchStatus.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.searchTab), QCoreApplication.translate("NotesScreen", u"&Search series", None))
        pass
    # retranslateUi

