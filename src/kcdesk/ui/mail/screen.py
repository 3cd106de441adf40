"""The Mail screen: choose a kind of mail and its recipients, preview, test, queue; the outbox; sending.

Sending runs on a worker thread over its own connection to the database
(``services.mail.send_on_own_connection``) with a progress bar and Stop; the
outbox table is a model over ``services.mail.outbox``. "N mails waiting" is
shown in the main window's status bar through :attr:`MailScreen.waiting_text`.
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, QThread, QUrl, Signal
from PySide6.QtGui import QIcon, QImage, QShowEvent, QTextDocument
from PySide6.QtWidgets import QFileDialog, QHeaderView, QInputDialog, QMessageBox, QWidget

from kcdesk.domain.errors import KcdeskError
from kcdesk.services import Services
from kcdesk.ui import icons
from kcdesk.ui.bridge import StoreBridge
from kcdesk.ui.forms.ui_mail_screen import Ui_MailScreen
from kcdesk.ui.mail.models import OutboxModel, kind_labels, status_labels
from kcdesk.ui.screen import Screen, fill_event_combo
from kcdesk.words.errors import translate_error

HAND_PICKED = "codes"


class SendWorker(QThread):
    """Sends the queued mails on its own database connection; Stop sets ``cancel``."""

    progress = Signal(int, int)
    done = Signal(object)  # SendResult
    failed = Signal(str)

    def __init__(self, services: Services, event_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.event_id = event_id
        self.cancel = threading.Event()

    def run(self) -> None:
        try:
            result = self.services.mail.send_on_own_connection(
                event_id=self.event_id, progress=lambda d, t: self.progress.emit(d, t), cancel=self.cancel
            )
        except KcdeskError as exc:
            self.failed.emit(translate_error(exc))
            return
        except OSError as exc:
            self.failed.emit(str(exc))
            return
        self.done.emit(result)


class MailScreen(Screen):
    #: waiting_text(text): "N mails waiting" for the status bar ("" when none)
    waiting_text = Signal(str)
    #: sending_finished(): a send run ended (tests wait for it)
    sending_finished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MailScreen()
        self.ui.setupUi(self)
        self.services: Services | None = None
        self.bridge: StoreBridge | None = None
        self._event_id: int | None = None
        self._recipients: list[Any] = []
        self._loading = False
        self._recipients_stale = self._outbox_stale = False
        self.worker: SendWorker | None = None

        for kind, label in kind_labels().items():
            self.ui.kindCombo.addItem(label, kind)
        for value, label in (
            ("", self.tr("usual recipients")),
            ("registered", self.tr("registered")),
            ("waitlisted", self.tr("waiting list")),
            ("attended", self.tr("attended")),
            ("no-show", self.tr("did not come")),
            (HAND_PICKED, self.tr("these codes:")),
        ):
            self.ui.audienceCombo.addItem(label, value)
        self.ui.statusCombo.addItem(self.tr("all mails"), None)
        for status, label in status_labels().items():
            self.ui.statusCombo.addItem(label, status)
        self.ui.codesEdit.setVisible(False)

        self.outbox = OutboxModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.outbox)
        view = self.ui.outboxView
        view.setModel(self.proxy)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 150, 70, 200, 220, 50, 110)):
            view.setColumnWidth(column, width)
        self.ui.splitter.setSizes([420, 560])
        self.ui.progressBar.setFormat("%v / %m")
        self.ui.progressBar.setTextVisible(False)

        self.ui.eventCombo.currentIndexChanged.connect(self._event_chosen)
        self.ui.kindCombo.currentIndexChanged.connect(self.refresh_recipients)
        self.ui.audienceCombo.currentIndexChanged.connect(self._audience_chosen)
        self.ui.codesEdit.editingFinished.connect(self.refresh_recipients)
        self.ui.recipientCombo.currentIndexChanged.connect(self.show_preview)
        self.ui.statusCombo.currentIndexChanged.connect(self.reload_outbox)
        self.ui.queueButton.clicked.connect(self.queue)
        self.ui.testButton.clicked.connect(self.send_test)
        self.ui.acceptButton.clicked.connect(lambda: self.record_answer(True))
        self.ui.declineButton.clicked.connect(lambda: self.record_answer(False))
        self.ui.retryButton.clicked.connect(lambda: self._move("retry"))
        self.ui.cancelMailButton.clicked.connect(lambda: self._move("cancel"))
        self.ui.arrivedButton.clicked.connect(lambda: self._move("mark_sent"))
        self.ui.sendButton.clicked.connect(self.send)
        self.ui.stopButton.clicked.connect(self.stop)
        self.ui.emlButton.clicked.connect(self.save_eml)
        self.ui.settingsButton.clicked.connect(self.edit_settings)
        self._set_enabled(False)

    # -- Screen ------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Mail")

    def icon(self) -> QIcon:
        return icons.icon("mail")

    def attach(self, services: Services, bridge: StoreBridge) -> None:
        self.services = services
        self.bridge = bridge
        bridge.changed.connect(self._on_change)
        self.reload_events()
        self.update_waiting()

    def detach(self) -> None:
        self.stop()
        if self.worker is not None:
            self.worker.wait()
        self.release_bridge(self._on_change)
        self.services = None
        self.outbox.set_filter(None, None, None)
        self.waiting_text.emit("")

    def _on_change(self, topic: str, info: dict) -> None:
        if topic == "events":
            self.reload_events()
        elif topic in ("mail", "registrations", "people", "settings"):
            if topic != "mail":
                self.refresh_recipients()
            self.reload_outbox()
            self.update_waiting()

    def _set_enabled(self, on: bool) -> None:
        for w in (
            self.ui.kindCombo,
            self.ui.audienceCombo,
            self.ui.codesEdit,
            self.ui.queueButton,
            self.ui.testButton,
            self.ui.recipientCombo,
            self.ui.emlButton,
        ):
            w.setEnabled(on)

    # -- event, kind, recipients -------------------------------------------------------------
    def reload_events(self) -> None:
        if self.services is None:
            return
        rows = self.services.event_list.summaries()
        combo = self.ui.eventCombo
        current = self._event_id
        self._loading = True
        fill_event_combo(combo, rows)
        self._loading = False
        if current not in (r["id"] for r in rows):
            today = dt.date.today().isoformat()
            coming = [r for r in reversed(rows) if r["date"] and r["date"] >= today]
            current = (coming[0] if coming else rows[0])["id"] if rows else None
        self.set_event(current)

    def set_event(self, event_id: int | None) -> None:
        index = self.ui.eventCombo.findData(event_id) if event_id is not None else -1
        if index >= 0 and index != self.ui.eventCombo.currentIndex():
            self.ui.eventCombo.setCurrentIndex(index)
        else:
            self._event_chosen(index)

    def _event_chosen(self, index: int) -> None:
        if self._loading:
            return
        self._event_id = self.ui.eventCombo.itemData(index) if index >= 0 else None
        self._set_enabled(self._event_id is not None and self.services is not None)
        self.refresh_recipients()
        self.reload_outbox()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._recipients_stale:
            self.refresh_recipients()
        if self._outbox_stale:
            self.reload_outbox()

    def _audience_chosen(self) -> None:
        self.ui.codesEdit.setVisible(self.ui.audienceCombo.currentData() == HAND_PICKED)
        self.refresh_recipients()

    def kind(self) -> str:
        return self.ui.kindCombo.currentData()

    def audience(self) -> str | list[str] | None:
        value = self.ui.audienceCombo.currentData()
        if value == HAND_PICKED:
            return [c.strip() for c in self.ui.codesEdit.text().replace(";", ",").split(",") if c.strip()]
        return value or None

    def refresh_recipients(self) -> None:
        """Who would get the chosen mail, and who is skipped (nothing is queued). A hidden page of
        the main window works this out (5,000 registrations at a big event) when it is shown."""
        if self.services is not None and self.parentWidget() is not None and not self.isVisible():
            self._recipients_stale = True
            return
        self._recipients_stale = False
        combo = self.ui.recipientCombo
        combo.blockSignals(True)
        combo.clear()
        self._recipients = []
        combo.blockSignals(False)
        if self.services is None or self._event_id is None:
            self.ui.summaryLabel.clear()
            self._show_text("", "")
            return
        offers = self.kind() == "waitlist-offer"
        try:  # offers: everyone with an open offer, mailed or not, so their answer can be recorded
            recipients, skipped = self.services.mail.recipients(
                self._event_id, self.kind(), self.audience(), resend=offers
            )
        except KcdeskError as exc:
            self.ui.summaryLabel.setText(translate_error(exc))
            self._show_text("", "")
            return
        self._recipients = recipients
        combo.blockSignals(True)
        for r in recipients:
            combo.addItem(f"{r.name} <{r.email}>", r.code)
        combo.blockSignals(False)
        self.ui.acceptButton.setVisible(offers)
        self.ui.declineButton.setVisible(offers)
        self.ui.acceptButton.setEnabled(offers and bool(recipients))
        self.ui.declineButton.setEnabled(offers and bool(recipients))
        if offers:
            summary = self.tr("%n open offer(s).", "", len(recipients))
        else:
            summary = self._summary(len(recipients), skipped)
        if self.services.mail.details_changed(self._event_id):
            summary = (
                self.tr("The date, time or venue changed after people were told: send them a change notice.")
                + " "
                + summary
            )
        self.ui.summaryLabel.setText(summary)
        self.ui.queueButton.setEnabled(bool(recipients) or offers)  # queueing offers the free seats
        self.ui.testButton.setEnabled(bool(recipients))
        self.show_preview()

    def _summary(self, n: int, skipped: list[dict[str, str]]) -> str:
        reasons = {
            "no-address": self.tr("no email address"),
            "invalid-address": self.tr("an email address that cannot be used"),
            "already-sent": self.tr("already had this mail"),
            "erased": self.tr("erased"),
            "unknown-code": self.tr("unknown code"),
            "not-attended": self.tr("did not attend"),
            "attended": self.tr("attended"),
            "cancelled": self.tr("cancelled"),
            "not-invitable": self.tr("cannot be invited"),
        }
        text = self.tr("%n recipient(s).", "", n)
        counts: dict[str, list[str]] = {}
        for s in skipped:
            counts.setdefault(s["reason"], []).append(s["code"])
        for reason, codes in counts.items():
            text += " " + self.tr("Not to %1 (%2): %3.").replace("%1", str(len(codes))).replace(
                "%2", reasons.get(reason, reason)
            ).replace("%3", ", ".join(c for c in codes[:8] if c) + (" …" if len(codes) > 8 else ""))
        return text

    def current_recipient(self):
        i = self.ui.recipientCombo.currentIndex()
        return self._recipients[i] if 0 <= i < len(self._recipients) else None

    def show_preview(self) -> None:
        recipient = self.current_recipient()
        if self.services is None or self._event_id is None or recipient is None:
            self._show_text("", self.tr("Nobody gets this mail with this choice."))
            return
        try:
            p = self.services.mail.preview(self._event_id, self.kind(), recipient=recipient)
        except KcdeskError as exc:
            self._show_text("", translate_error(exc))
            return
        doc = self.ui.previewBrowser.document()
        for cid, png in p.images.items():
            doc.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(f"cid:{cid}"), QImage.fromData(png)
            )
        self.ui.previewBrowser.setHtml(p.html)
        names = {
            "qr": self.tr("QR code"),
            "ics": self.tr("calendar invitation (.ics)"),
            "certificate": self.tr("certificate (PDF)"),
        }
        extra = ", ".join(names.get(a, a) for a in p.attachments)
        subject = self.tr("Subject: %1").replace("%1", p.subject)
        if extra:
            subject += "\n" + self.tr("With: %1").replace("%1", extra)
        self.ui.subjectLabel.setText(subject)

    def _show_text(self, subject: str, text: str) -> None:
        self.ui.subjectLabel.setText(subject)
        self.ui.previewBrowser.setPlainText(text)

    # -- actions -----------------------------------------------------------------------------
    def queue(self) -> None:
        if self.services is None or self._event_id is None:
            return
        n = len(self._recipients)
        question = (
            self.tr("Offer each free seat to the next person on the waiting list, and queue the offers?")
            if self.kind() == "waitlist-offer"
            else self.tr("Put %n mail(s) in the outbox? They are sent with Send now.", "", n)
        )
        answer = QMessageBox.question(self, self.tr("Queue mail"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.queue_now()

    def queue_now(self) -> int:
        assert self.services is not None and self._event_id is not None
        try:
            result = self.services.mail.queue(self._event_id, self.kind(), self.audience())
        except KcdeskError as exc:
            QMessageBox.warning(self, self.tr("Queue mail"), translate_error(exc))
            return 0
        self.refresh_recipients()
        self.ui.summaryLabel.setText(
            self.tr("%n mail(s) put in the outbox.", "", result.queued) + " " + self.ui.summaryLabel.text()
        )
        return result.queued

    def send_test(self) -> None:
        recipient = self.current_recipient()
        if self.services is None or self._event_id is None or recipient is None:
            return
        settings = self.services.mail.settings()
        to, ok = QInputDialog.getText(
            self, self.tr("Send a test"), self.tr("Send this mail as a test to:"), text=settings.sender
        )
        if not ok or not to.strip():
            return
        try:
            self.services.mail.send_test(self._event_id, self.kind(), None, to.strip(), recipient=recipient)
        except KcdeskError as exc:
            QMessageBox.warning(self, self.tr("Send a test"), translate_error(exc))
            return
        QMessageBox.information(
            self, self.tr("Send a test"), self.tr("The test was sent to %1.").replace("%1", to)
        )

    def record_answer(self, accept: bool) -> None:
        """The person offered a seat (the preview's recipient) said yes or no."""
        recipient = self.current_recipient()
        if self.services is None or self._event_id is None or recipient is None:
            return
        try:
            self.services.waitlist.answer(self._event_id, recipient.code, accept)
        except KcdeskError as exc:
            QMessageBox.warning(self, self.tr("Waitlist offer"), translate_error(exc))
            return
        done = self.tr("%1 takes the seat.") if accept else self.tr("%1 does not take the seat.")
        self.refresh_recipients()
        self.ui.summaryLabel.setText(done.replace("%1", recipient.name) + " " + self.ui.summaryLabel.text())

    def selected_ids(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.ui.outboxView.selectionModel().selectedRows()}
        return [self.outbox.rows[r]["id"] for r in sorted(rows)]

    def select_ids(self, ids: list[int]) -> None:
        sel = self.ui.outboxView.selectionModel()
        sel.clearSelection()
        for mail_id in ids:
            row = self.outbox.row_of(mail_id)
            if row >= 0:
                index = self.proxy.mapFromSource(self.outbox.index(row, 0))
                sel.select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                )

    def _move(self, action: str) -> None:
        ids = self.selected_ids()
        if self.services is None or not ids:
            return
        try:
            getattr(self.services.mail, action)(ids)
        except KcdeskError as exc:
            QMessageBox.warning(self, self.tr("Outbox"), translate_error(exc))

    def reload_outbox(self) -> None:
        if self.services is not None and self.parentWidget() is not None and not self.isVisible():
            self._outbox_stale = True  # a hidden page of the main window: when it is shown
            return
        self._outbox_stale = False
        status = self.ui.statusCombo.currentData()
        self.outbox.set_filter(self.services, self._event_id, status)
        if self.services is not None and self._event_id is not None:
            counts = self.services.mail.counts(self._event_id)
            labels = status_labels()
            self.ui.countsLabel.setText(
                ", ".join(f"{n} {labels.get(s, s)}" for s, n in sorted(counts.items()))
            )
        else:
            self.ui.countsLabel.clear()

    def update_waiting(self) -> None:
        n = self.services.mail.waiting() if self.services is not None else 0
        self.waiting_text.emit(self.tr("%n mail(s) waiting", "", n) if n else "")
        self.ui.sendButton.setEnabled(bool(n) and self.worker is None)

    # -- sending -----------------------------------------------------------------------------
    def send(self) -> None:
        if self.services is None or self.worker is not None:
            return
        self.worker = SendWorker(self.services, None, self)
        self.worker.progress.connect(self._progress)
        self.worker.done.connect(self._sent)
        self.worker.failed.connect(self._send_failed)
        self.worker.finished.connect(self._worker_finished)
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.setMaximum(max(1, self.services.mail.waiting()))
        self.ui.progressBar.setTextVisible(True)
        self.ui.stopButton.setEnabled(True)
        self.ui.sendButton.setEnabled(False)
        self.worker.start()

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.cancel.set()

    def _progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setMaximum(max(1, total))
        self.ui.progressBar.setValue(done)
        self.reload_outbox()

    def _sent(self, result) -> None:
        text = self.tr("Sent %1, failed %2, to try again later %3, to check %4.")
        for i, n in enumerate((result.sent, result.failed, result.retry_later, result.review), start=1):
            text = text.replace(f"%{i}", str(n))
        if result.cancelled:
            text += " " + self.tr("Stopped.")
        if result.stopped:
            text += " " + translate_error(result.stopped)
        self.ui.summaryLabel.setText(text)

    def _send_failed(self, message: str) -> None:
        self.ui.summaryLabel.setText(message)
        QMessageBox.warning(self, self.tr("Send mail"), message)

    def _worker_finished(self) -> None:
        self.worker = None
        self.ui.stopButton.setEnabled(False)
        if self.services is not None:
            self.services.mail.changed()
        self.update_waiting()
        self.sending_finished.emit()

    def save_eml(self) -> None:
        if self.services is None or self._event_id is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the waiting mails as .eml files in"))
        if not folder:
            return
        try:
            written = self.services.mail.save_eml(self._event_id, folder)
        except KcdeskError as exc:
            QMessageBox.warning(self, self.tr("Save as .eml files"), translate_error(exc))
            return
        except OSError as exc:
            from kcdesk.words.errors import file_error

            QMessageBox.warning(self, self.tr("Save as .eml files"), file_error(exc, folder))
            return
        self.ui.summaryLabel.setText(
            self.tr(
                "%n mail(s) saved as .eml files; open them in Outlook or Thunderbird to send.",
                "",
                len(written),
            )
        )

    def edit_settings(self) -> None:
        if self.services is None:
            return
        from kcdesk.ui.mail.settings_dialog import MailSettingsDialog

        MailSettingsDialog(self.services, self).exec()

    def screenshot_dialogs(self) -> list[tuple[str, QWidget]]:
        if self.services is None:
            return []
        from kcdesk.ui.mail.settings_dialog import MailSettingsDialog

        return [("mail-settings", MailSettingsDialog(self.services, self))]
