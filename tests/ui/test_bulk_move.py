"""Moving a multi-selection through the window: a few statements, one undo step."""

from playhouse.test_utils import count_queries

from networkcircles.services import contacts
from networkcircles.store import queries
from networkcircles.store.db import close_store, db
from networkcircles.ui.main_window import MainWindow


def test_moving_three_hundred_selected_contacts_is_one_step_of_few_queries(store, qtbot):
    with db.atomic():
        ids = [contacts.create(f"Person {n}", ("peers", "family", None)[n % 3]) for n in range(400)]
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    try:
        chosen = ids[:300]
        before = {row.id: row.circle_key for row in queries.contact_rows()}
        with count_queries() as counted:
            window.move_contacts(chosen, "associations")
        assert counted.count <= 10, [q.msg[0][:60] for q in counted.get_queries()]
        assert window.undo_stack.count() == 1
        after = {row.id: row.circle_key for row in queries.contact_rows()}
        assert all(after[i] == "associations" for i in chosen)
        assert all(after[i] == before[i] for i in ids[300:])
        assert {_shown(window, i) for i in chosen} == {"associations"}
        window.undo_stack.undo()
        assert {row.id: row.circle_key for row in queries.contact_rows()} == before
        assert _shown(window, chosen[0]) == before[chosen[0]]
    finally:
        window.close()
        close_store()


def _shown(window, contact_id: int) -> str | None:
    model = window.contacts_model
    return model.contact_at(model.row_of(contact_id)).circle_key
