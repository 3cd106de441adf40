"""The quote and reaction forms under their tables on the notes screen.

Each editor binds the widgets of the screen's Designer form, fills them from
the selected row and saves through ``services.content``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject, Signal

from kcdesk.domain.enums import Consent
from kcdesk.domain.errors import KcdeskError
from kcdesk.domain.models import Person, ProgrammeItem, Quote, Reaction
from kcdesk.services.privacy import quote_by
from kcdesk.ui.models.labels import ui_lang
from kcdesk.ui.notes.models import QuotesModel, ReactionsModel, consent_label
from kcdesk.words.errors import translate_error

if TYPE_CHECKING:  # pragma: no cover
    from kcdesk.services import Services
    from kcdesk.ui.forms.ui_notes import Ui_NotesScreen


class NotesScreen(Protocol):
    """What the editors need of the notes screen (which imports them, not the other way round)."""

    services: Services | None
    ui: Ui_NotesScreen
    quotes: QuotesModel
    reactions: ReactionsModel

    def current_event_id(self) -> int | None: ...

    def show_error(self, message: str) -> None: ...

    def confirm(self, question: str) -> bool: ...


def _people_of_event(screen: NotesScreen) -> list[tuple[int, str]]:
    """(person id, "Name — Organisation") of everyone registered or on the programme."""
    svc, event_id = screen.services, screen.current_event_id()
    if svc is None or event_id is None:
        return []
    seen: dict[int, str] = {}
    for r in svc.registrations.of_event(event_id):
        if r["erased"]:
            continue  # an anonymous stub is nobody to quote
        name = r["name"]
        seen[r["person_id"]] = f"{name} — {r['organisation']}" if r["organisation"] else name
    ids = [pp.person_id for item in svc.events.programme(event_id) for pp in item.people]
    for q in svc.content.quotes(event_id):
        if q.person_id is not None:
            ids.append(q.person_id)
    for reaction in svc.content.reactions(event_id):
        if reaction.person_id is not None:
            ids.append(reaction.person_id)
    missing = [i for i in ids if i not in seen]
    for pid, p in svc.people.many(missing).items():
        if p.erased:
            continue
        seen[pid] = f"{p.name} — {p.organisation}" if p.organisation else p.name
    return sorted(seen.items(), key=lambda kv: kv[1].casefold())


class _FormEditor(QObject):
    """A form that edits one row: remembers typing not saved yet, and saves it before it goes.

    Subclasses call :meth:`watch` with the signals of their fields, set
    ``self._loading`` while they fill the form themselves, and implement
    ``_has_text()`` and ``_store()``.
    """

    def __init__(self, screen: NotesScreen):
        super().__init__(cast(QObject, screen))
        self.screen = screen
        self.ui = screen.ui
        self._dirty = False  # the form holds typing not yet saved
        self._loading = False

    def watch(self, *signals) -> None:
        for signal in signals:
            signal.connect(self._edited)

    def _edited(self, *_args) -> None:
        if not self._loading:
            self._dirty = True

    def _has_text(self) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

    def _store(self):  # pragma: no cover - overridden
        raise NotImplementedError

    def flush(self) -> None:
        """Save what was typed before the form shows something else (nothing typed is lost)."""
        if self._dirty and self._has_text():
            self._store()
        self._dirty = False


class QuoteEditor(_FormEditor):
    #: saved(quote_id): a quote was saved from the form
    saved = Signal(int)

    def __init__(self, screen: NotesScreen):
        super().__init__(screen)
        self.quote: Quote | None = None
        for consent in (Consent.ASK, Consent.YES, Consent.NO):
            self.ui.quoteConsent.addItem(consent_label(consent), str(consent))
        self.ui.quotesView.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show(cur.row()))
        self.ui.newQuoteButton.clicked.connect(self.clear)
        self.ui.saveQuoteButton.clicked.connect(self.save)
        self.ui.deleteQuoteButton.clicked.connect(self.delete)
        self.ui.quotePerson.currentIndexChanged.connect(self._who_changed)
        self.ui.quotePerson.activated.connect(lambda _i: self._person_chosen())  # the user's choice only
        for w in (self.ui.quoteName, self.ui.quoteRole, self.ui.quoteOrg):
            w.textChanged.connect(self._update_attribution)
        self.ui.quoteConsent.currentIndexChanged.connect(self._update_attribution)
        self.watch(
            self.ui.quoteText.textChanged,
            self.ui.quoteTranslation.textChanged,
            self.ui.quoteName.textChanged,
            self.ui.quoteRole.textChanged,
            self.ui.quoteOrg.textChanged,
            self.ui.quotePerson.currentIndexChanged,
            self.ui.quoteItem.currentIndexChanged,
            self.ui.quoteConsent.currentIndexChanged,
        )
        self.clear()

    def _has_text(self) -> bool:
        return bool(self.ui.quoteText.toPlainText().strip())

    def reload_people(self) -> None:
        combo = self.ui.quotePerson
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Free attribution (fill in below)"), None)
        for pid, label in _people_of_event(self.screen):
            combo.addItem(label, pid)
        combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
        combo.blockSignals(False)
        self._who_changed()

    def reload_items(self, items: list[ProgrammeItem]) -> None:
        combo = self.ui.quoteItem
        keep = combo.currentData()
        self._loading, loading = True, self._loading
        combo.clear()
        combo.addItem(self.tr("(whole event)"), None)
        for item in items:
            combo.addItem(item.title, item.id)
        combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
        self._loading = loading

    def _who_changed(self) -> None:
        pid = self.ui.quotePerson.currentData()
        free = pid is None
        for w in (self.ui.quoteName, self.ui.quoteRole, self.ui.quoteOrg):
            w.setEnabled(free)
        self._update_attribution()

    def _person_chosen(self) -> None:
        """The user chose who said it: the person's own consent to be quoted is where the choice
        starts, not "ask first" (a quote already marked yes or no keeps its answer)."""
        pid, svc = self.ui.quotePerson.currentData(), self.screen.services
        if pid is None or svc is None or self.ui.quoteConsent.currentData() != str(Consent.ASK):
            return
        try:
            consented = svc.people.get(pid).consent_quote
        except KcdeskError:
            return
        if consented:
            self.ui.quoteConsent.setCurrentIndex(self.ui.quoteConsent.findData(str(Consent.YES)))

    def _update_attribution(self) -> None:
        """Show how exports will attribute this quote, following consent."""
        lang = ui_lang()
        if self.ui.quoteConsent.currentData() != str(Consent.YES):
            self.ui.quoteAttribution.setText(self.tr("Not in exports until consent is “yes”."))
            return
        pid = self.ui.quotePerson.currentData()
        svc = self.screen.services
        person: Person | None = svc.people.get_or_none(pid) if pid is not None and svc is not None else None
        name, role, org = (w.text().strip() for w in (self.ui.quoteName, self.ui.quoteRole, self.ui.quoteOrg))
        free = Quote(0, "", attribution_name=name, attribution_role=role, attribution_org=org)
        by = quote_by(free, person, lang)[0]
        self.ui.quoteAttribution.setText(self.tr("In exports: “…” — %1").replace("%1", by))

    def show(self, row: int) -> None:
        quote = self.screen.quotes.row(row)
        if quote is None:
            return
        if self._dirty:
            if self.quote is not None and quote.id == self.quote.id:
                return  # the list was reloaded under an edit of this quote: keep the typing
            self.flush()  # another quote chosen: the edit is saved first
        self._loading = True
        self.quote = quote
        ui = self.ui
        ui.quoteText.setPlainText(quote.text)
        ui.quoteTranslation.setText(quote.translation)
        index = ui.quotePerson.findData(quote.person_id) if quote.person_id is not None else 0
        ui.quotePerson.setCurrentIndex(max(0, index))
        ui.quoteName.setText(quote.attribution_name)
        ui.quoteRole.setText(quote.attribution_role)
        ui.quoteOrg.setText(quote.attribution_org)
        ui.quoteItem.setCurrentIndex(max(0, ui.quoteItem.findData(quote.item_id)) if quote.item_id else 0)
        ui.quoteConsent.setCurrentIndex(max(0, ui.quoteConsent.findData(str(quote.consent))))
        ui.deleteQuoteButton.setEnabled(True)
        self._loading, self._dirty = False, False
        self._who_changed()

    def clear(self) -> None:
        self.flush()
        self._loading = True
        self.quote = None
        ui = self.ui
        ui.quotesView.clearSelection()
        ui.quotesView.selectionModel().clearCurrentIndex()  # choosing the quote shown before shows it again
        ui.quoteText.clear()
        ui.quoteTranslation.clear()
        ui.quotePerson.setCurrentIndex(0)
        for w in (ui.quoteName, ui.quoteRole, ui.quoteOrg):
            w.clear()
        ui.quoteItem.setCurrentIndex(0)
        ui.quoteConsent.setCurrentIndex(ui.quoteConsent.findData(str(Consent.ASK)))
        ui.deleteQuoteButton.setEnabled(False)
        self._loading, self._dirty = False, False
        self._who_changed()

    def save(self) -> Quote | None:
        quote = self._store()
        if quote is None:
            return None
        row = self.screen.quotes.row_of(quote.id)
        if row >= 0:
            self.ui.quotesView.selectRow(row)
        self.ui.deleteQuoteButton.setEnabled(True)
        self.saved.emit(quote.id or 0)
        return quote

    def _store(self) -> Quote | None:
        """Write the form to the database, without touching the list's selection."""
        svc, event_id = self.screen.services, self.screen.current_event_id()
        if svc is None or event_id is None:
            return None
        ui = self.ui
        quote = self.quote or Quote(event_id, "")
        quote.text = ui.quoteText.toPlainText().strip()
        quote.translation = ui.quoteTranslation.text().strip()
        quote.person_id = ui.quotePerson.currentData()
        free = quote.person_id is None
        quote.attribution_name = ui.quoteName.text().strip() if free else ""
        quote.attribution_role = ui.quoteRole.text().strip() if free else ""
        quote.attribution_org = ui.quoteOrg.text().strip() if free else ""
        quote.item_id = ui.quoteItem.currentData()
        quote.consent = Consent(ui.quoteConsent.currentData())
        self.quote, self._dirty = quote, False  # the reload this save causes shows it as saved
        try:
            svc.content.save_quote(quote)
        except KcdeskError as exc:
            self._dirty = True
            self.screen.show_error(translate_error(exc))
            return None
        return quote

    def delete(self) -> None:
        svc = self.screen.services
        if self.quote is None or self.quote.id is None or svc is None:
            return
        if not self.screen.confirm(self.tr("Delete this quote?")):
            return
        svc.content.delete_quote(self.quote.id, self.quote.event_id)
        self._dirty = False
        self.clear()


class ReactionEditor(_FormEditor):
    #: saved(reaction_id): a reaction was saved from the form
    saved = Signal(int)

    def __init__(self, screen: NotesScreen):
        super().__init__(screen)
        self.reaction: Reaction | None = None
        self.ui.reactionRating.setSuffix(self.tr(" of 5"))  # the scale, beside the number ("4 van 5")
        self.ui.reactionsView.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.show(cur.row())
        )
        self.ui.newReactionButton.clicked.connect(self.clear)
        self.ui.saveReactionButton.clicked.connect(self.save)
        self.ui.deleteReactionButton.clicked.connect(self.delete)
        self.watch(
            self.ui.reactionText.textChanged,
            self.ui.reactionPerson.currentIndexChanged,
            self.ui.reactionRating.valueChanged,
            self.ui.reactionVerdict.textChanged,
            self.ui.reactionTranslation.textChanged,
            self.ui.reactionVerdictEn.textChanged,
        )
        self.clear()

    def _has_text(self) -> bool:
        return bool(self.ui.reactionText.toPlainText().strip())

    def reload_people(self) -> None:
        combo = self.ui.reactionPerson
        keep = combo.currentData()
        self._loading, loading = True, self._loading
        combo.clear()
        combo.addItem(self.tr("(anonymous)"), None)
        for pid, label in _people_of_event(self.screen):
            combo.addItem(label, pid)
        combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
        self._loading = loading

    def show(self, row: int) -> None:
        reaction = self.screen.reactions.row(row)
        if reaction is None:
            return
        if self._dirty:
            if self.reaction is not None and reaction.id == self.reaction.id:
                return  # the list was reloaded under an edit of this reaction: keep the typing
            self.flush()
        self._loading = True
        self.reaction = reaction
        self.ui.reactionText.setPlainText(reaction.text)
        index = self.ui.reactionPerson.findData(reaction.person_id) if reaction.person_id is not None else 0
        self.ui.reactionPerson.setCurrentIndex(max(0, index))
        self.ui.reactionRating.setValue(reaction.rating or 0)
        self.ui.reactionVerdict.setText(reaction.verdict)
        self.ui.reactionTranslation.setText(reaction.translation)
        self.ui.reactionVerdictEn.setText(reaction.verdict_en)
        self.ui.deleteReactionButton.setEnabled(True)
        self._loading, self._dirty = False, False

    def clear(self) -> None:
        self.flush()
        self._loading = True
        self.reaction = None
        self.ui.reactionsView.clearSelection()
        self.ui.reactionsView.selectionModel().clearCurrentIndex()  # the reaction shown before can be chosen again
        self.ui.reactionText.clear()
        self.ui.reactionPerson.setCurrentIndex(0)
        self.ui.reactionRating.setValue(0)
        self.ui.reactionVerdict.clear()
        self.ui.reactionTranslation.clear()
        self.ui.reactionVerdictEn.clear()
        self.ui.deleteReactionButton.setEnabled(False)
        self._loading, self._dirty = False, False

    def _store(self) -> Reaction | None:
        """Write the form to the database, without touching the list's selection."""
        svc, event_id = self.screen.services, self.screen.current_event_id()
        if svc is None or event_id is None:
            return None
        reaction = self.reaction or Reaction(event_id, "")
        reaction.text = self.ui.reactionText.toPlainText().strip()
        reaction.person_id = self.ui.reactionPerson.currentData()
        reaction.rating = self.ui.reactionRating.value() or None
        reaction.verdict = self.ui.reactionVerdict.text().strip()
        reaction.translation = self.ui.reactionTranslation.text().strip()
        reaction.verdict_en = self.ui.reactionVerdictEn.text().strip()
        self.reaction, self._dirty = reaction, False
        try:
            svc.content.save_reaction(reaction)
        except KcdeskError as exc:
            self._dirty = True
            self.screen.show_error(translate_error(exc))
            return None
        return reaction

    def save(self) -> Reaction | None:
        reaction = self._store()
        if reaction is None:
            return None
        row = self.screen.reactions.row_of(reaction.id)
        if row >= 0:
            self.ui.reactionsView.selectRow(row)
        self.ui.deleteReactionButton.setEnabled(True)
        self.saved.emit(reaction.id or 0)
        return reaction

    def delete(self) -> None:
        svc = self.screen.services
        if self.reaction is None or self.reaction.id is None or svc is None:
            return
        if not self.screen.confirm(self.tr("Delete this reaction?")):
            return
        svc.content.delete_reaction(self.reaction.id, self.reaction.event_id)
        self._dirty = False
        self.clear()
