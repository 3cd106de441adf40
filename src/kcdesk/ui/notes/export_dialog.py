"""The export dialog: template, format and language, a live preview, progress, open the result."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QMessageBox, QWidget

from kcdesk.domain.errors import ExportCancelled, KcdeskError
from kcdesk.export import registry
from kcdesk.export.environment import user_dir
from kcdesk.services import Services
from kcdesk.ui.forms.ui_export_dialog import Ui_ExportDialog
from kcdesk.ui.notes.template_errors import describe
from kcdesk.words.errors import file_error

PREVIEW_MS = 200
NameRole = 0x0100 + 1


def template_title(name: str) -> str:
    return {
        "article": QCoreApplication.translate("ExportDialog", "Draft article"),
        "attendance": QCoreApplication.translate("ExportDialog", "Attendance list"),
        "signin-sheet": QCoreApplication.translate("ExportDialog", "Sign-in sheet (empty)"),
        "certificates": QCoreApplication.translate("ExportDialog", "Certificates of attendance"),
        "badges": QCoreApplication.translate("ExportDialog", "Name badges"),
        "participants": QCoreApplication.translate("ExportDialog", "Participants (spreadsheet)"),
        "calendar": QCoreApplication.translate("ExportDialog", "Calendar invitation"),
        "newsletter": QCoreApplication.translate("ExportDialog", "Newsletter snippet"),
        "report": QCoreApplication.translate("ExportDialog", "Report for funders"),
    }.get(name, name)


def template_description(info: registry.TemplateInfo) -> str:
    text = {
        "article": QCoreApplication.translate(
            "ExportDialog",
            "A draft news article in the style of the network's website: speakers, "
            "participants, table sessions, key figures, quotes with consent, reactions.",
        ),
        "attendance": QCoreApplication.translate(
            "ExportDialog", "Everyone who checked in, with organisation and time (presentielijst)."
        ),
        "signin-sheet": QCoreApplication.translate(
            "ExportDialog", "An empty list to sign on paper if the computer fails."
        ),
        "certificates": QCoreApplication.translate(
            "ExportDialog", "One page per checked-in participant, for professional registers."
        ),
        "badges": QCoreApplication.translate("ExportDialog", "Name badges with check-in QR codes."),
        "participants": QCoreApplication.translate(
            "ExportDialog", "All registrations; opens correctly in Excel."
        ),
        "calendar": QCoreApplication.translate(
            "ExportDialog", "An .ics invitation for Outlook, Google or Apple calendars."
        ),
        "newsletter": QCoreApplication.translate(
            "ExportDialog", "A short HTML block to paste into a newsletter."
        ),
        "report": QCoreApplication.translate(
            "ExportDialog",
            "Registered vs attended by sector, no-shows, first-time and returning "
            "participants across the series, with charts.",
        ),
    }.get(
        info.name, QCoreApplication.translate("ExportDialog", "Your own template from the templates folder.")
    )
    if info.overridden:
        text += " " + QCoreApplication.translate("ExportDialog", "Uses your version: %1").replace(
            "%1", ", ".join(info.files)
        )
    return text


def format_label(fmt: str) -> str:
    names = {
        "md": "Markdown",
        "html": "HTML",
        "docx": QCoreApplication.translate("ExportDialog", "Word"),
        "pdf": "PDF",
        "csv": QCoreApplication.translate("ExportDialog", "Spreadsheet (CSV)"),
        "ics": QCoreApplication.translate("ExportDialog", "Calendar"),
        "txt": QCoreApplication.translate("ExportDialog", "Text"),
        "xml": "XML",
    }
    return f"{names.get(fmt, fmt)} (.{fmt})"


#: How long closing the dialog waits for a cancelled preview to stop (ms).
STOP_WAIT_MS = 15_000


class PreviewJob(QThread):
    """Renders one preview off the GUI thread; ``cancelled`` stops it (Cancel, a newer choice)."""

    #: finished_with(preview or None, error or None), delivered on the GUI thread
    finished_with = Signal(object, object)

    def __init__(self, job: Callable[[], registry.Preview], cancelled: threading.Event, parent: QObject):
        super().__init__(parent)
        self.job = job
        self.cancelled = cancelled

    def run(self) -> None:
        try:
            result = self.job()
        except Exception as exc:  # noqa: BLE001 - reported in the dialog, never lost in a thread
            self.finished_with.emit(None, exc)
        else:
            self.finished_with.emit(result, None)


class ExportDialog(QDialog):
    #: exported(path): a file was written
    exported = Signal(str)

    def __init__(self, services: Services, event_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.services = services
        self.event_id = event_id
        self._cancel = False
        self._busy = False
        self._job: PreviewJob | None = None
        self.infos: dict[str, registry.TemplateInfo] = {}
        event = services.events.get(event_id)
        from kcdesk.words.dates import titled

        self.setWindowTitle(self.tr("Export — %1").replace("%1", titled(event.title, event.date)))
        self.slug = event.slug or "event"
        self.ui.languageCombo.addItem("Nederlands", "nl")
        self.ui.languageCombo.addItem("English", "en")
        self.ui.progress.hide()
        self.ui.cancelButton.hide()
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self.ui.templateList.currentRowChanged.connect(self._template_chosen)
        self.ui.formatCombo.currentIndexChanged.connect(lambda _i: self.schedule_preview())
        self.ui.languageCombo.currentIndexChanged.connect(lambda _i: self.schedule_preview())
        self.ui.exportButton.clicked.connect(self.export)
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.templatesFolderButton.clicked.connect(self.open_templates_folder)
        self.load_templates()

    # -- choices ------------------------------------------------------------------
    def load_templates(self) -> None:
        keep = self.template()
        self.ui.templateList.clear()
        self.infos = {t.name: t for t in registry.templates()}
        for info in self.infos.values():
            label = template_title(info.name)
            if not info.builtin:
                label += " " + self.tr("(yours)")
            elif info.overridden:
                label += " " + self.tr("(changed)")
            item = QListWidgetItem(label)
            item.setData(NameRole, info.name)
            item.setToolTip(", ".join(info.formats))
            self.ui.templateList.addItem(item)
        names = list(self.infos)
        self.ui.templateList.setCurrentRow(names.index(keep) if keep in names else 0)

    def template(self) -> str | None:
        item = self.ui.templateList.currentItem()
        return item.data(NameRole) if item else None

    def fmt(self) -> str:
        return self.ui.formatCombo.currentData() or ""

    def lang(self) -> str:
        return self.ui.languageCombo.currentData() or "nl"

    def choose(self, template: str, fmt: str | None = None, lang: str | None = None) -> None:
        """Select a template, format and language (tests, remembered choices)."""
        for row in range(self.ui.templateList.count()):
            if self.ui.templateList.item(row).data(NameRole) == template:
                self.ui.templateList.setCurrentRow(row)
        if fmt:
            self.ui.formatCombo.setCurrentIndex(self.ui.formatCombo.findData(fmt))
        if lang:
            self.ui.languageCombo.setCurrentIndex(self.ui.languageCombo.findData(lang))

    def _template_chosen(self, _row: int) -> None:
        info = self.infos.get(self.template() or "")
        combo = self.ui.formatCombo
        combo.blockSignals(True)
        combo.clear()
        if info:
            for f in info.formats:
                combo.addItem(format_label(f), f)
            self.ui.descriptionLabel.setText(template_description(info))
        combo.blockSignals(False)
        self.schedule_preview()

    # -- preview --------------------------------------------------------------------
    def schedule_preview(self) -> None:
        """Refresh the preview after a quiet moment (only while the dialog is shown)."""
        if self.isVisible():
            self._preview_timer.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.schedule_preview()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._preview_timer.stop()
        self.stop_preview(wait=True)
        super().hideEvent(event)

    @property
    def preview_busy(self) -> bool:
        """A preview is being rendered (on its own thread)."""
        return self._job is not None

    def update_preview(self) -> None:
        """Render the preview on a worker thread; the dialog stays responsive and Cancel stops it.

        The database is read here, on the GUI thread; only the rendering (where a
        user's template may be slow) runs on the worker.
        """
        self._preview_timer.stop()
        self.stop_preview()
        name = self.template()
        if not name:
            return
        cancelled = threading.Event()
        try:
            job = self.services.exports.preview_job(self.event_id, name, self.fmt(), self.lang(), cancelled)
        except KcdeskError as exc:
            self._show_preview_problem(exc)
            return
        worker = self._job = PreviewJob(job, cancelled, self)
        worker.finished_with.connect(self._on_preview_finished)  # queued to this (the GUI) thread
        worker.finished.connect(worker.deleteLater)
        self.ui.statusLabel.setText(self.tr("Making the preview…"))
        if not self._busy:
            self.ui.cancelButton.show()
        worker.start()

    def finish_preview(self) -> None:
        """Wait for the preview being made and show it (screenshots)."""
        job = self._job
        if job is not None:
            job.wait()
            QCoreApplication.sendPostedEvents(self)
            QCoreApplication.processEvents()

    def stop_preview(self, wait: bool = False) -> None:
        """Cancel the preview being made (its result is dropped); ``wait`` until its thread ends."""
        job, self._job = self._job, None
        if job is None:
            return
        job.cancelled.set()
        if not self._busy:
            self.ui.cancelButton.hide()
        if wait:
            job.wait(STOP_WAIT_MS)

    def _show_preview_problem(self, exc: KcdeskError) -> None:
        self.ui.preview.setPlainText(describe(exc))
        self.ui.statusLabel.setText(self.tr("This template has a problem; see the preview."))

    def _on_preview_finished(self, preview: registry.Preview | None, error: BaseException | None) -> None:
        if self.sender() is not self._job or self._job is None:
            return  # cancelled, or replaced by a newer choice
        self._job = None
        if not self._busy:
            self.ui.cancelButton.hide()
        if isinstance(error, ExportCancelled):
            self.ui.statusLabel.setText(self.tr("Preview stopped."))
            return
        if isinstance(error, KcdeskError):
            self._show_preview_problem(error)
            return
        if error is not None or preview is None:
            self.ui.preview.setPlainText(
                self.tr("The preview could not be made: %1").replace("%1", str(error))
            )
            self.ui.statusLabel.setText(self.tr("This template has a problem; see the preview."))
            return
        self._show_preview(preview)

    def _show_preview(self, preview: registry.Preview) -> None:
        browser = self.ui.preview
        self.ui.statusLabel.setText(self.naming_warning(self.template()))  # the database: this thread
        if preview.images:
            from kcdesk.export.pdf import svg_image

            for src, svg in preview.images.items():
                browser.document().addResource(
                    QTextDocument.ResourceType.ImageResource, QUrl(src), svg_image(svg, 1120)
                )
        if preview.kind == "html":
            browser.setHtml(preview.text)
        elif preview.kind == "markdown":
            browser.setMarkdown(preview.text)
        else:
            browser.setPlainText(preview.text)

    # -- consent ----------------------------------------------------------------------
    def named_without_consent(self, name: str | None) -> list[str]:
        """Names a publication's notes mention although those people did not consent to be named."""
        if name not in registry.PUBLICATIONS:
            return []
        return [p["name"] for p in self.services.authoring.named_without_consent(self.event_id)]

    def naming_warning(self, name: str | None) -> str:
        names = self.named_without_consent(name)
        if not names:
            return ""
        return self.tr("The notes name %1, who did not consent to be named.").replace("%1", ", ".join(names))

    def confirm_names(self, names: list[str]) -> bool:
        """Export anyway? (tests replace this)"""
        answer = QMessageBox.question(
            self,
            self.tr("Export"),
            self.tr(
                "The notes name %1, who did not consent to be named. "
                "Change the notes (or their consent) first, or export anyway?"
            ).replace("%1", ", ".join(names)),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- export ---------------------------------------------------------------------
    def suggested_name(self) -> str:
        from kcdesk.ui.models.labels import file_word

        return f"{self.slug}-{file_word(self.template())}.{self.fmt()}"

    def ask_path(self) -> Path | None:
        """Where to save (a file dialog; tests replace this)."""
        fmt = self.fmt()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), self.suggested_name(), f"{format_label(fmt)} (*.{fmt})"
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(f".{fmt}")

    def open_url(self, url: QUrl) -> bool:
        """Open a file or folder with the system (tests replace this); False when it could not."""
        return QDesktopServices.openUrl(url)

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Export"), message)

    def _progress(self, done: int, total: int) -> bool:
        if self.ui.progress.isHidden():
            self.ui.progress.show()
            self.ui.cancelButton.show()
        self.ui.progress.setMaximum(total)
        self.ui.progress.setValue(done)
        if done % 10 == 0 or done == total:
            QCoreApplication.processEvents()
        return not self._cancel

    def cancel(self) -> None:
        """Stop the export in progress, or the preview being made."""
        if self._busy:
            self._cancel = True
            return
        if self._job is not None:
            self.stop_preview()
            self.ui.statusLabel.setText(self.tr("Preview stopped."))

    def export(self, path: Path | None = None) -> Path | None:
        """Export to ``path`` (asked when not given); opens it when done if ticked."""
        name = self.template()
        if not name or self._busy:
            return None
        names = self.named_without_consent(name)
        if names and not self.confirm_names(names):  # flagged before anything is written
            self.ui.statusLabel.setText(self.tr("Not exported."))
            return None
        path = path or self.ask_path()
        if path is None:
            return None
        self.stop_preview()  # the export renders the template itself
        self._busy, self._cancel = True, False
        self.ui.exportButton.setEnabled(False)
        self.ui.statusLabel.setText(self.tr("Exporting…"))
        QCoreApplication.processEvents()
        try:
            registry.export(self.services, self.event_id, name, path, self.lang(), self.fmt(), self._progress)
        except ExportCancelled:
            self.ui.statusLabel.setText(self.tr("Stopped; no file was written."))
            return None
        except (KcdeskError, OSError) as exc:
            self.ui.statusLabel.setText(self.tr("Not exported."))
            self.show_error(file_error(exc, path) if isinstance(exc, OSError) else describe(exc))
            return None
        finally:
            self._busy = False
            self.ui.exportButton.setEnabled(True)
            self.ui.progress.hide()
            self.ui.cancelButton.hide()
        self.ui.statusLabel.setText(self.tr("Saved %1").replace("%1", path.name))
        self.exported.emit(str(path))
        if self.ui.openCheck.isChecked() and self.open_url(QUrl.fromLocalFile(str(path))) is False:
            # no program for this kind of file (or no desktop at all): say so, and where the file is
            self.ui.statusLabel.setText(
                self.tr("Saved %1, but it could not be opened: no program opens it here. It is in %2.")
                .replace("%1", path.name)
                .replace("%2", str(path.parent))
            )
        return path

    def open_templates_folder(self) -> None:
        folder = user_dir()
        self.open_url(QUrl.fromLocalFile(str(folder)))
        self.ui.statusLabel.setText(self.tr("Templates folder: %1").replace("%1", str(folder)))
