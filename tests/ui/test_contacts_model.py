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


def test_a_narrow_search_shows_the_rows_a_full_pass_would(demo_store, qtmodeltester):
    """A search matching a few of many rows is shown from its matches (no pass over every
    row): the same rows in the same order as the pass, for every sort, circle and verdict,
    ties in the sort column included."""
    rows = queries.contact_rows()
    twins = [row.id for row in rows[10:14]]
    for contact_id in twins:  # four people of one name: their order is the source order
        contacts.update(contact_id, {"name": "Sam Same"})
    model = ContactsTableModel()
    model.set_circles(queries.circles())
    model.set_contacts(queries.contact_rows())
    rows = model.rows()
    few = {rows[3].id, rows[40].id, rows[22].id, *twins, 999_999}  # one not in the model
    many = {row.id for row in rows[::2]}
    found: set[int] = set()
    proxy = ContactsFilterProxy(matcher=lambda _text, _rows: set(found))
    proxy.setSourceModel(model)
    circle = rows[3].circle_key
    held = {row.id for row in rows}

    def expected(column: int, order: Qt.SortOrder, circle_key, allowed) -> list[int]:
        key = model.sort_key(column)
        ordered = sorted(range(len(rows)), key=lambda n: key(rows[n]))
        shown = [
            rows[n].id
            for n in ordered
            if rows[n].id in found
            and (allowed is None or rows[n].id in allowed)
            and (circle_key is None or (rows[n].circle_key or UNPLACED) == circle_key)
        ]
        return shown[::-1] if order == Qt.SortOrder.DescendingOrder else shown

    for matches in (few, many):
        found.clear()
        found.update(matches)
        proxy.set_search_text("some words")
        for column in Column:
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                proxy.sort(column, order)
                for circle_key, allowed in (
                    (None, None),
                    (circle, None),
                    (UNPLACED, None),
                    (None, {rows[40].id, twins[2], rows[5].id}),
                ):
                    proxy.set_circle(circle_key)
                    proxy.set_allowed(allowed)
                    wanted = expected(column, order, circle_key, allowed)
                    assert proxy.shown_ids() == wanted, (column, order, circle_key)
                    assert proxy.shown_set() & held == set(wanted)
        qtmodeltester.check(proxy)
    proxy.set_circle(None)
    proxy.set_allowed(None)
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    found.clear()
    found.update(few)
    contacts.update(rows[3].id, {"name": "Aaron First"})  # an edit re-sorts: order rebuilt
    model.update_contact(queries.contact_row(rows[3].id))
    proxy.set_search_text("again")
    assert proxy.shown_ids() == expected(Column.NAME, Qt.SortOrder.DescendingOrder, None, None)


def test_the_proxy_passes_on_every_role_the_model_answers(demo_store, qtmodeltester):
    """The proxy answers roles outside ANSWERED_ROLES itself (None) without asking the
    model: the model must indeed answer none of them, and the proxy all of the others."""
    from networkcircles.ui.models.contacts_model import ANSWERED_ROLES

    model, proxy = _model(qtmodeltester)
    roles = [*range(0, 64), *range(Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 16)]
    for row in (0, 7, model.rowCount() - 1):
        for column in Column:
            source = model.index(row, column)
            shown = proxy.mapFromSource(source)
            for role in roles:
                answer = model.data(source, role)
                if role not in ANSWERED_ROLES:
                    assert answer is None, (role, column)
                assert proxy.data(shown, role) == answer, (role, column)


def test_typing_on_through_a_narrowed_name_leaves_the_list_as_it_is(demo_store, qtmodeltester):
    """Each letter that changes the rows shown resets the list once; a letter that leaves
    the same rows (the name already narrowed to its people) leaves the view alone, so
    typing on costs the query, not a relayout of the list. A changed source still resets."""
    model, proxy = _model(qtmodeltester)
    resets: list[list[int]] = []
    proxy.modelReset.connect(lambda: resets.append(proxy.shown_ids()))
    passes: list[int] = []  # the passes over the rows that work out which to show
    filtered = proxy._filtered
    proxy._filtered = lambda: passes.append(1) or filtered()  # type: ignore[method-assign]
    name = queries.contact_rows()[5].name
    shown, matches = proxy.shown_ids(), None
    for n in range(1, len(name) + 1):
        before, passed = len(resets), len(passes)
        proxy.set_search_text(name[:n])
        now = proxy.shown_ids()
        assert len(resets) == before + (now != shown), name[:n]
        # The same people as the letter before: not even a pass over the rows.
        assert len(passes) == passed + (proxy._matches != matches), name[:n]
        shown, matches = now, proxy._matches
    assert len(resets) < len(name)  # some letters changed nothing
    before = len(resets)
    proxy.set_circle(None)  # the same circle filter again: the same rows
    assert len(resets) == before
    model.set_contacts(queries.contact_rows())
    assert len(resets) == before + 1
    qtmodeltester.check(proxy)
