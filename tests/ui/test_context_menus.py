"""The diagram's context menus take their actions from the registry (ui/actions.py), and each
action acts on the dot or the ring the menu was opened on."""

from networkcircles.store import circle_queries, queries
from networkcircles.ui.actions import ActionId
from networkcircles.ui.dialogs import questions


def _in(circle_key: str) -> list[queries.ContactRow]:
    return [row for row in queries.contact_rows() if row.circle_key == circle_key]


def test_every_context_menu_action_is_a_registry_action(window):
    registry = set(window.actions.values())
    dot = window.contact_menu(_in("peers")[0].id)
    ring = window.ring_menu("peers")
    for menu in (dot, ring):
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None:
                continue  # "Move to ▸": a circle per entry, built by add_circle_choices
            assert action in registry, action.text()
    assert window.actions[ActionId.DELETE_CONTACT] in dot.actions()
    assert window.actions[ActionId.RENAME_CIRCLE] in ring.actions()


def test_a_ring_action_acts_on_the_ring_last_right_clicked(window):
    window.ring_menu("peers")
    window.ring_menu("coworkers")
    window.actions[ActionId.SHOW_CIRCLE_ONLY].trigger()
    shown = {queries.contact_row(i).circle_key for i in window.contact_list.shown_ids()}
    assert shown == {"coworkers"}


def test_a_dot_action_acts_on_the_dot_right_clicked(window, monkeypatch):
    first, second = _in("acquaintances")[:2]
    asked = []
    monkeypatch.setattr(
        questions, "ask_follow_up", lambda parent, name, current: asked.append(name)
    )
    window.contact_menu(first.id)
    window.contact_menu(second.id)
    window.actions[ActionId.SET_FOLLOW_UP].trigger()
    assert asked == [second.name]


def test_the_gossip_flag_shows_and_changes_the_dots_own_state(window):
    flagged, plain = _in("acquaintances")[:2]
    window.contact_menu(flagged.id)
    if not window.actions[ActionId.FLAG_GOSSIP].isChecked():
        window.actions[ActionId.FLAG_GOSSIP].trigger()
    assert circle_queries.contact_extras(flagged.id).passes_gossip is True
    window.contact_menu(plain.id)
    if window.actions[ActionId.FLAG_GOSSIP].isChecked():
        window.actions[ActionId.FLAG_GOSSIP].trigger()
    assert circle_queries.contact_extras(plain.id).passes_gossip is not True
    window.contact_menu(flagged.id)
    assert window.actions[ActionId.FLAG_GOSSIP].isChecked()
    window.contact_menu(plain.id)
    assert not window.actions[ActionId.FLAG_GOSSIP].isChecked()
    assert circle_queries.contact_extras(flagged.id).passes_gossip is True  # untouched


def test_the_move_menu_greys_out_where_the_contact_is(window):
    target = _in("peers")[0]
    menu = window.contact_menu(target.id)
    move = next(a.menu() for a in menu.actions() if a.menu())
    enabled = {a.text(): a.isEnabled() for a in move.actions()}
    assert enabled.pop("Fellow job seekers") is False
    assert all(enabled.values())


def test_the_context_menus_speak_german(german, window):
    dot = window.contact_menu(_in("peers")[0].id)
    ring = window.ring_menu("peers")
    texts = {a.text() for a in (*dot.actions(), *ring.actions())}
    assert {"&Bearbeiten", "Kontakt &eintragen…", "Kreis &umbenennen…"} <= texts
