"""The contact details panel: shows every field, validates inline, asks to save the changes."""

from datetime import date

from networkcircles.services import contacts
from networkcircles.store import queries
from networkcircles.store.queries import Labelled
from networkcircles.ui.panels.contact_details import ContactDetailsPanel, text_to_labelled


def _panel(qtbot, contact_id: int) -> ContactDetailsPanel:
    panel = ContactDetailsPanel()
    qtbot.addWidget(panel)
    panel.set_circles(queries.circles())
    panel.show_contact(queries.contact_details(contact_id))
    return panel


def test_shows_every_field(store, qtbot):
    contact_id = contacts.create(
        "Ana Abbott",
        "coworkers",
        emails=[Labelled("ana@example.com", "work")],
        phones=["+1 555 0100"],
        role="Team lead",
        last_contacted=date(2026, 11, 1),
    )
    panel = _panel(qtbot, contact_id)
    values = panel.form_values()
    assert values["name"] == "Ana Abbott"
    assert values["circle_key"] == "coworkers"
    assert values["emails"] == (Labelled("ana@example.com", "work"),)
    assert values["phones"] == (Labelled("+1 555 0100"),)
    assert values["last_contacted"] == "2026-11-01"
    assert panel.changes() == ({}, {})


def test_enter_in_a_field_asks_to_save_only_what_changed(store, qtbot):
    contact_id = contacts.create("Ana Abbott", "family")
    panel = _panel(qtbot, contact_id)
    panel.set_field("role", "Nurse")
    with qtbot.waitSignal(panel.save_requested, timeout=1000) as blocker:
        panel.editor("role").returnPressed.emit()
    assert blocker.args == [contact_id, {"role": ""}, {"role": "Nurse"}]


def test_bad_values_show_inline_and_nothing_is_asked(store, qtbot):
    contact_id = contacts.create("Ana Abbott", "family")
    panel = _panel(qtbot, contact_id)
    panel.set_field("name", "  ")
    panel.set_field("emails", (Labelled("ana-at-example"),))
    panel.set_field("next_follow_up", "next tuesday")
    with qtbot.assertNotEmitted(panel.save_requested):
        assert panel.save() is False
    assert panel.problem("name") == "A contact needs a name."
    assert "not an e-mail address" in panel.problem("emails")
    assert "not a date" in panel.problem("next_follow_up")
    assert queries.contact_details(contact_id).name == "Ana Abbott"
    panel.revert()
    assert panel.form_values()["name"] == "Ana Abbott"
    assert panel.problem("name") == ""


def test_delete_button_asks_for_the_contact(store, qtbot):
    contact_id = contacts.create("Ana Abbott", "family")
    panel = _panel(qtbot, contact_id)
    with qtbot.waitSignal(panel.delete_requested, timeout=1000) as blocker:
        panel.delete_button.click()
    assert blocker.args == [contact_id]


def test_labels_parse_from_text():
    assert text_to_labelled("work: a@b.com\n\n c@d.com ") == (
        Labelled("a@b.com", "work"),
        Labelled("c@d.com"),
    )


def test_an_edit_elsewhere_leaves_the_unchanged_fields_alone(store, qtbot):
    """Logging a call changes "last contacted": the panel shows it, and the other fields
    (being read, or with the cursor in them) are not written again."""
    contact_id = contacts.create("Ana Abbott", "family", notes="Met at the fair", role="Lead")
    panel = _panel(qtbot, contact_id)
    rewritten = []
    for name in ("notes", "role", "name"):
        panel.editor(name).textChanged.connect(lambda *_a, n=name: rewritten.append(n))
    contacts.update(contact_id, {"last_contacted": date(2026, 11, 3)})
    panel.show_contact(queries.contact_details(contact_id))
    assert panel.form_values()["last_contacted"] == "2026-11-03"
    assert rewritten == []
    assert panel.changes() == ({}, {})
