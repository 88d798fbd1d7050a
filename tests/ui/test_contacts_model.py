"""The contacts table model and its search/circle proxy."""

from PySide6.QtCore import Qt

from networkcircles.services import contacts
from networkcircles.store import queries
from networkcircles.ui.models.contacts_model import (
    CONTACT_ID_ROLE,
    UNPLACED,
    Column,
    ContactsFilterProxy,
    ContactsTableModel,
)


def _model(qtmodeltester) -> tuple[ContactsTableModel, ContactsFilterProxy]:
    model = ContactsTableModel()
    model.set_circles(queries.circles())
    model.set_contacts(queries.contact_rows())
    proxy = ContactsFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    return model, proxy


def test_model_passes_the_model_tester_and_shows_fields(demo_store, qtmodeltester):
    model, _ = _model(qtmodeltester)
    assert model.rowCount() == 60
    first = queries.contact_rows()[0]
    assert model.index(0, Column.NAME).data() == first.name
    assert model.index(0, Column.NAME).data(CONTACT_ID_ROLE) == first.id
    assert model.headerData(Column.EMAIL, Qt.Orientation.Horizontal, 0) == "E-mail"


def test_single_row_updates(store, qtmodeltester):
    ana = contacts.create("Ana Abbott", "family")
    model, _ = _model(qtmodeltester)
    ben = contacts.create("Ben Baker", "peers", organization="Acme")
    model.update_contact(queries.contact_row(ben))
    assert model.rowCount() == 2
    contacts.move(ana, "coworkers")
    model.update_contact(queries.contact_row(ana))
    assert model.index(model.row_of(ana), Column.CIRCLE).data() == "Former co-workers and bosses"
    model.remove_contact(ana)
    assert model.rowCount() == 1
    assert model.row_of(ben) == 0


def test_search_matches_name_organisation_email_and_tags(store, qtmodeltester):
    contacts.create("Ana Abbott", "family", tags="mentor")
    contacts.create("Ben Baker", "peers", organization="Cobalt Software")
    contacts.create("Chloé Castillo", None, emails=["chloe@brightside.example"])
    _, proxy = _model(qtmodeltester)

    def shown(text: str) -> set[str]:
        proxy.set_search_text(text)
        return {proxy.index(n, 0).data() for n in range(proxy.rowCount())}

    assert shown("mentor") == {"Ana Abbott"}
    assert shown("cobalt") == {"Ben Baker"}
    assert shown("BRIGHTSIDE") == {"Chloé Castillo"}
    assert shown("ana abb") == {"Ana Abbott"}
    assert shown("") == {"Ana Abbott", "Ben Baker", "Chloé Castillo"}
    proxy.set_circle(UNPLACED)
    assert shown("") == {"Chloé Castillo"}
    proxy.set_circle("family")
    assert shown("") == {"Ana Abbott"}


def test_sorting_in_python_by_each_column(store, qtmodeltester):
    contacts.create("Cleo Zane", "peers", organization="Beta", emails=["a@z.example"])
    contacts.create("ana Young", "family", organization="gamma", emails=["c@y.example"])
    contacts.create("Bea Xu", None, organization="Alpha", emails=["b@x.example"])
    _, proxy = _model(qtmodeltester)

    def names() -> list[str]:
        return [proxy.index(n, 0).data() for n in range(proxy.rowCount())]

    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert names() == ["ana Young", "Bea Xu", "Cleo Zane"]  # case does not matter
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert names() == ["Cleo Zane", "Bea Xu", "ana Young"]
    proxy.sort(Column.ORGANIZATION, Qt.SortOrder.AscendingOrder)
    assert names() == ["Bea Xu", "Cleo Zane", "ana Young"]
    proxy.sort(Column.EMAIL, Qt.SortOrder.AscendingOrder)
    assert names() == ["Cleo Zane", "Bea Xu", "ana Young"]
    proxy.sort(Column.CIRCLE, Qt.SortOrder.AscendingOrder)  # ring order, unplaced last
    assert names() == ["ana Young", "Cleo Zane", "Bea Xu"]
    qtmodeltester.check(proxy)


def test_single_edits_move_single_rows(store, qtmodeltester, qtbot):
    ids = [contacts.create(name, "peers") for name in ("Ada", "Bob", "Cy", "Dee")]
    model, proxy = _model(qtmodeltester)
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    proxy.set_circle("peers")
    with qtbot.assertNotEmitted(proxy.modelReset):
        contacts.update(ids[0], {"name": "Zed"})
        model.update_contact(queries.contact_row(ids[0]))  # re-sorted: one row moves
        assert proxy.shown_ids() == [ids[1], ids[2], ids[3], ids[0]]
        contacts.move(ids[1], "family")
        model.update_contact(queries.contact_row(ids[1]))  # leaves the filtered circle
        assert proxy.shown_ids() == [ids[2], ids[3], ids[0]]
        new = contacts.create("Abe", "peers")
        model.update_contact(queries.contact_row(new))  # joins in its place
        assert proxy.shown_ids() == [new, ids[2], ids[3], ids[0]]
        model.remove_contact(ids[2])
        assert proxy.shown_ids() == [new, ids[3], ids[0]]
    qtmodeltester.check(proxy)


def test_screen_readers_hear_the_name_and_circle(store, qtmodeltester):
    contacts.create("Ana Abbott", "family")
    model, _ = _model(qtmodeltester)
    index = model.index(0, Column.NAME)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == "Ana Abbott"
    assert index.data(Qt.ItemDataRole.AccessibleDescriptionRole) == "Circle: Family and friends"
