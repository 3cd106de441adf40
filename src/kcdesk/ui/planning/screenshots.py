"""The planning screen's dialogs, filled with the open (demo) database, for `kcdesk screenshots`."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kcdesk.services import Services

SAMPLE_CSV = """Voornaam;Tussenvoegsel;Achternaam;E-mail;Organisatie;Werkveld;Nieuwsbrief
Fatima;;El Amrani;f.elamrani@example.org;Gemeente Dordrecht;Beleid;ja
Joost;van;Leeuwen;joost@example;Hogeschool Merwede;Onderwijs;nee
;;;;Buurtteam Oost;Praktijk;ja
Marieke;de;Graaf;m.degraaf@example.org;Buurtteam Oost;Praktijk;ja
Sanne;;Kuipers;s.kuipers@example.org;GGD Zuid-Holland;Zorg;ja
"""


def sample_csv() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="kcdesk-shots-"))
    path = folder / "aanmeldingen.csv"
    path.write_text(SAMPLE_CSV, encoding="utf-8")
    return path


def planning_dialogs(
    screen: QWidget, s: Services | None, current_event_id: int | None
) -> list[tuple[str, QWidget]]:
    """The dialogs of the planning ``screen`` (their parent) over ``s``, for the chosen event."""
    if s is None:
        return []
    from kcdesk.domain.models import Person
    from kcdesk.ui.planning.event_editor import EventEditor
    from kcdesk.ui.planning.import_wizard import ImportWizard
    from kcdesk.ui.planning.merge_dialog import MergeDialog
    from kcdesk.ui.planning.person_dialog import PersonDialog
    from kcdesk.ui.planning.programme_panel import ItemDialog

    out: list[tuple[str, QWidget]] = []
    event_id = current_event_id or (s.event_list.summaries()[0]["id"] if s.event_list.summaries() else None)
    if event_id is None:
        return out
    editor = EventEditor(screen)
    editor.setWindowFlag(Qt.WindowType.Window)
    editor.set_event(s, event_id)
    editor.resize(780, 560)
    out.append(("planning-event-editor", editor))
    if s.accreditation.accreditations(event_id):  # the Accreditation tab, at an accredited event
        from kcdesk.ui.planning.accreditation_panel import AccreditationPanel

        panel = AccreditationPanel(screen)
        panel.setWindowFlag(Qt.WindowType.Window)
        panel.set_event(s, event_id)
        panel.resize(780, 360)
        out.append(("planning-accreditation", panel))
    items = s.events.programme(event_id)
    item = next((i for i in items if i.people), items[0] if items else None)
    if item is not None:
        out.append(("planning-programme-item", ItemDialog(s, item, screen)))
    regs = s.registrations.of_event(event_id)
    if regs:
        person = s.people.get(regs[0]["person_id"])
        out.append(("planning-person", PersonDialog(s, person, screen)))
    out.append(("planning-person-new", PersonDialog(s, Person(given_name=""), screen)))
    if len(regs) > 1:
        out.append(("planning-merge", MergeDialog(s, regs[0]["person_id"], regs[1]["person_id"], screen)))
    path = sample_csv()
    names = (
        "planning-import-file",
        "planning-import-columns",
        "planning-import-sectors",
        "planning-import-errors",
    )
    for n, name in enumerate(names):
        wizard = ImportWizard(s, event_id, screen)
        wizard.restart()
        wizard.file_page.path.setText(str(path))
        for _ in range(n):
            wizard.next()
        out.append((name, wizard))
    summary = ImportWizard(s, event_id, screen)
    summary.restart()
    summary.file_page.path.setText(str(path))
    for _ in range(3):
        summary.next()
    summary.import_result = summary.trial
    summary.setStartId(summary.SUMMARY)
    summary.restart()
    out.append(("planning-import-summary", summary))
    return out
