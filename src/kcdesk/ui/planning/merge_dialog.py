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
from kcdesk.ui.models.labels import person_label, registration_status_label


class MergeDialog(QDialog):
    def __init__(self, services: Services, keep_id: int, drop_id: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge duplicates"))
        self.services = services
        self.keep_id, self.drop_id = keep_id, drop_id
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.view = QTextBrowser()
        self.undo_note = QLabel(self.tr("Edit > Undo brings the removed person back."))
        self.undo_note.setWordWrap(True)
        self.swap_button = QPushButton(self.tr("&Swap: keep the other"))
        self.swap_button.clicked.connect(self.swap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.undo_note)
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
        return person_label(name) + "".join(f", {x}" for x in (org, email) if x)

    def field_names(self) -> dict[str, str]:
        """The person fields a merge can fill in, as the user knows them."""
        return {
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "organisation": self.tr("Organisation"),
            "job_title": self.tr("Job title"),
            "sector": self.tr("Sector"),
            "particle": self.tr("Particle"),
            "notes": self.tr("Notes"),
        }

    def plan_html(self, plan: MergePlan) -> str:
        e = html.escape

        def heading(text: str) -> str:
            return "<h4>" + e(text) + "</h4>"

        def item(text: str) -> str:
            return "<li>" + e(text) + "</li>"

        out = [heading(self.tr("Registrations that move"))]
        if plan.move_registrations:
            out.append("<ul>")
            out += [
                item(f"{r['date'] or ''} {r['title']} ({registration_status_label(r['status'])})")
                for r in plan.move_registrations
            ]
            out.append("</ul>")
        else:
            out.append("<p>" + e(self.tr("none")) + "</p>")
        if plan.conflicting_registrations:
            out.append(heading(self.tr("Both registered; one registration stays")) + "<ul>")
            out += [item(r["title"]) for r in plan.conflicting_registrations]
            out.append("</ul>")
        out.append(heading(self.tr("Also moves")) + "<ul>")
        out.append(item(self.tr("Quotes: %1").replace("%1", str(plan.quotes))))
        out.append(item(self.tr("Reactions: %1").replace("%1", str(plan.reactions))))
        out.append(item(self.tr("Programme parts: %1").replace("%1", str(plan.programme_parts))))
        out.append("</ul>")
        if plan.filled_fields:
            names = self.field_names()
            out.append(heading(self.tr("Fields filled in from the removed person")) + "<ul>")
            out += [item(names.get(k, k) + ": " + v) for k, v in plan.filled_fields.items()]
            out.append("</ul>")
        return "".join(out)
