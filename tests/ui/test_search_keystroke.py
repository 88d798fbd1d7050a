"""A keystroke in the search box: the list and the diagram follow the matches, and a letter
that leaves the matches as they were costs neither of them anything."""

from networkcircles.store import queries


def test_letters_that_keep_the_matches_leave_list_and_diagram_alone(window):
    name = queries.contact_rows()[5].name
    veil = window.scene._veil
    kept = 0
    for n in range(1, len(name) + 1):
        shown, serial = window.contact_list.shown_set(), veil.serial
        window.contact_list.search.setText(name[:n])
        now = window.contact_list.shown_set()
        if now is shown:  # the search gave back the very same matches
            kept += 1
            assert veil.serial == serial, name[:n]  # no tile works out its matches again
        for row in queries.contact_rows():
            assert window.scene.is_dimmed(row.id) == (row.id not in now), (name[:n], row.id)
    assert kept > 0  # typing on through a name narrowed to its people
    window.contact_list.search.setText("")
    assert not any(window.scene.is_dimmed(row.id) for row in queries.contact_rows())
