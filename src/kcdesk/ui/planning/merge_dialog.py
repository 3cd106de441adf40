"""Merging two duplicate people: the plan is shown before anything happens."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from kcdesk.services import Services
from kcdesk.services.people import MergePlan
from kcdesk.ui.models.labels import registration_status_label


class MergeDialog(QDialog):
    def __init__(self, services: Services, keep_id: int, drop_id: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge duplicates"))
        self.services = services
        self.keep_id, self.drop_id = keep_id, drop_id
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.view = QTextBrowser()
        self.warning = QLabel(
            self.tr("Merging cannot be undone with Ctrl+Z; the daily backup keeps the state before.")
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: palette(mid);")
        self.swap_button = QPushButton(self.tr("&Swap: keep the other"))
        self.swap_button.clicked.connect(self.swap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.warning)
        row = QHBoxLayout()
        row.addWidget(self.swap_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.resize(560, 440)
        self.refresh()

    def swap(self) -> None:
        self.keep_id, self.drop_id = self.drop_id, self.keep_id
        self.refresh()

    def refresh(self) -> None:
        plan = self.services.people.merge_plan(self.keep_id, self.drop_id)
        self.plan = plan
        self.intro.setText(
            self.tr("<b>%1</b> is kept; <b>%2</b> is removed after everything below moves over.")
            .replace(
                "%1", html.escape(self.describe(plan.keep.name, plan.keep.organisation, plan.keep.email))
            )
            .replace(
                "%2", html.escape(self.describe(plan.drop.name, plan.drop.organisation, plan.drop.email))
            )
        )
        self.view.setHtml(self.plan_html(plan))

    @staticmethod
    def describe(name: str, org: str, email: str) -> str:
        return name + "".join(f", {x}" for x in (org, email) if x)

    def plan_html(self, plan: MergePlan) -> str:
        e = html.escape
        out = [f"<h4>{e(self.tr('Registrations that move'))}</h4>"]
        out.append(
            "<ul>"
            + "".join(
                f"<li>{e(r['date'] or '')} {e(r['title'])} ({e(registration_status_label(r['status']))})</li>"
                for r in plan.move_registrations
            )
            + "</ul>"
            if plan.move_registrations
            else f"<p>{e(self.tr('none'))}</p>"
        )
        if plan.conflicting_registrations:
            out.append(f"<h4>{e(self.tr('Both registered; one registration stays'))}</h4><ul>")
            out += [f"<li>{e(r['title'])}</li>" for r in plan.conflicting_registrations]
            out.append("</ul>")
        out.append(
            f"<h4>{e(self.tr('Also moves'))}</h4><ul>"
            f"<li>{e(self.tr('Quotes: %1').replace('%1', str(plan.quotes)))}</li>"
            f"<li>{e(self.tr('Reactions: %1').replace('%1', str(plan.reactions)))}</li>"
            f"<li>{e(self.tr('Programme parts: %1').replace('%1', str(plan.programme_parts)))}</li></ul>"
        )
        if plan.filled_fields:
            out.append(f"<h4>{e(self.tr('Fields filled in from the removed person'))}</h4><ul>")
            out += [f"<li>{e(k)}: {e(v)}</li>" for k, v in plan.filled_fields.items()]
            out.append("</ul>")
        return "".join(out)
