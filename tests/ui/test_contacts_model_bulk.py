"""A bulk change reaches the contact list as one update, and the list shows what a fresh
filter and sort would."""

from PySide6.QtCore import Qt

from networkcircles.services import contacts
from networkcircles.store import queries
from networkcircles.ui.models.contacts_model import (
    UNPLACED,
    Column,
    ContactsFilterProxy,
    ContactsTableModel,
)

_CIRCLES = ("family", "peers", "coworkers", None)


def _network() -> list[int]:
    names = ["Ada", "bob", "Cy", "Dee", "Eve", "fay", "Gus", "Hal", "Ivy", "Jo", "Kim", "Lou"]
    return [
        contacts.create(f"{name} {n}", _CIRCLES[n % 4], organization=f"Org {(n * 7) % 5}")
        for n in range(40)
        for name in names[n % len(names) : n % len(names) + 1]
    ]


def _proxy(model: ContactsTableModel, column: int, order, circle) -> ContactsFilterProxy:
    proxy = ContactsFilterProxy(matcher=lambda _text, _rows: None)
    proxy.setSourceModel(model)
    proxy.sort(column, order)
    proxy.set_circle(circle)
    return proxy


def test_a_bulk_move_and_its_undo_show_what_a_fresh_list_shows(store, qtmodeltester):
    ids = _network()
    model = ContactsTableModel()
    model.set_circles(queries.circles())
    model.set_contacts(queries.contact_rows())
    before = {row.id: row.circle_key for row in queries.contact_rows()}
    chosen = ids[::3]
    for column in (Column.NAME, Column.CIRCLE, Column.ORGANIZATION):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            for circle in (None, "peers", UNPLACED):
                proxy = _proxy(model, column, order, circle)
                if circle == "peers" and column == Column.CIRCLE:
                    qtmodeltester.check(proxy)  # the tester is slow: once in each order
                for moves in ({i: "peers" for i in chosen}, {i: None for i in chosen}, before):
                    contacts.move_many({i: moves[i] for i in chosen})
                    model.update_contacts(list(queries.contact_rows_of(chosen).values()))
                    fresh = _proxy(model, column, order, circle)
                    assert proxy.shown_ids() == fresh.shown_ids(), (column, order, circle)
                    assert proxy.rowCount() == fresh.rowCount()
                proxy.setSourceModel(ContactsTableModel())  # let go of the shared model


def test_a_bulk_move_that_keeps_every_row_in_place_is_one_signal(store, qtbot):
    ids = _network()
    model = ContactsTableModel()
    model.set_circles(queries.circles())
    model.set_contacts(queries.contact_rows())
    proxy = _proxy(model, Column.NAME, Qt.SortOrder.AscendingOrder, None)
    chosen = ids[:30]
    contacts.move_many(dict.fromkeys(chosen, "associations"))
    seen = []
    proxy.dataChanged.connect(lambda top, bottom: seen.append((top.row(), bottom.row())))
    with qtbot.assertNotEmitted(proxy.modelReset), qtbot.assertNotEmitted(proxy.layoutChanged):
        model.update_contacts(list(queries.contact_rows_of(chosen).values()))
    assert len(seen) == 1
    shown = proxy.shown_ids()
    rows = {shown.index(i) for i in chosen}
    assert seen[0] == (min(rows), max(rows))
    assert len({proxy.index(n, Column.CIRCLE).data() for n in rows}) == 1  # associations


def test_a_bulk_update_adds_new_contacts_once(store, qtmodeltester):
    _network()
    model = ContactsTableModel()
    model.set_circles(queries.circles())
    model.set_contacts(queries.contact_rows())
    proxy = _proxy(model, Column.NAME, Qt.SortOrder.AscendingOrder, "family")
    qtmodeltester.check(proxy)
    new = [contacts.create(f"Aaron {n}", "family") for n in range(3)]
    model.update_contacts(list(queries.contact_rows_of(new).values()))
    assert model.rowCount() == 43
    fresh = _proxy(model, Column.NAME, Qt.SortOrder.AscendingOrder, "family")
    assert proxy.shown_ids() == fresh.shown_ids()
    assert proxy.shown_ids()[:3] == new
