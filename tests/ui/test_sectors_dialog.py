"""Edit > Sectors…: the network renames a sector ("werkveld") and the article says it."""

from PySide6.QtCore import Qt


def test_rename_a_sector_and_the_article_uses_it(main_window, qtbot, qtmodeltester):
    from kcdesk.export.registry import preview

    dialog = main_window.sectors_dialog()
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model)
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "practice")
    assert model.setData(model.index(row, 1), "Werkveld", Qt.ItemDataRole.EditRole)
    assert model.index(row, 1).data() == "Werkveld"
    svc = main_window.services
    assert next(s for s in svc.people.sectors() if s.code == "practice").label_nl == "Werkveld"
    assert "uit beleid, onderwijs, werkveld en bewoners" in preview(svc, 1, "article", "md", "nl").text
    # an empty label is refused with a message, and nothing changes
    assert not model.setData(model.index(row, 2), "  ", Qt.ItemDataRole.EditRole)
    assert dialog.ui.error.text() and model.index(row, 2).data() == "Practice"
