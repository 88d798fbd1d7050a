"""A service's refusal reaches the window in the user's language: each kind of refusal and
each field a service checks has its wording (ui/error_text.py), and a German window says
why a phone number was refused in German."""

import importlib
import re
from pathlib import Path

import pytest

from networkcircles import values
from networkcircles.services import contacts, events
from networkcircles.store import queries
from networkcircles.store.db import close_store
from networkcircles.store.queries import Labelled
from networkcircles.ui import error_text
from networkcircles.ui.panels.contact_details import ContactDetailsPanel

PACKAGE = Path(values.__file__).parent


def test_every_kind_of_refusal_has_a_wording():
    assert error_text.worded_kinds() == set(values.REASONS)


def test_every_kind_a_raise_site_names_is_known():
    """Each `Invalid…(field, "kind", …)` and `required="kind"` in the package names a kind of
    values.REASONS (an unknown one would fail only when that refusal happens). The store's
    errors have kinds of their own (store/errors.REASONS: tests/ui/test_store_error_text.py)."""
    named = re.compile(
        r"(?:Invalid\w*|super\(\).__init__)\(\s*[\w\"]+,\s*\"(\w+)\"|required=\"(\w+)\""
    )
    found = set()
    for path in PACKAGE.rglob("*.py"):
        if path == PACKAGE / "store" / "errors.py":
            continue
        for match in named.finditer(path.read_text(encoding="utf-8")):
            found.add(match.group(1) or match.group(2))
    assert len(found) > 25
    assert found <= set(values.REASONS), found - set(values.REASONS)


def test_every_field_a_service_checks_has_a_name():
    checked = set()
    for name in ("contacts", "contact_extras", "tips", "references", "associations", "events"):
        checked |= set(importlib.import_module(f"networkcircles.services.{name}")._CHECKS)
    checked |= {"circle", "emails", "phones", "introducer", "key", "colour", "occurrence"}
    assert checked <= error_text.worded_fields(), checked - error_text.worded_fields()


def test_a_refusal_keeps_its_english_reason_for_the_command_line():
    with pytest.raises(values.InvalidValue) as refused:
        values.checked_phone("phones", "abc")
    assert (refused.value.kind, refused.value.values) == ("not_phone", {"value": "abc"})
    assert str(refused.value) == "phones: 'abc' is not a phone number"
    assert error_text.refusal_text(refused.value) == "Phone: 'abc' is not a phone number."


def test_a_german_window_says_why_a_phone_number_was_refused_in_german(store, qtbot, german):
    contact_id = contacts.create("Ana Abbott", "family")
    panel = ContactDetailsPanel()
    qtbot.addWidget(panel)
    panel.set_circles(queries.circles())
    panel.show_contact(queries.contact_details(contact_id))
    panel.set_field("phones", (Labelled("abc"),))
    assert panel.save() is False
    problem = panel.problem("phones")
    assert "abc" in problem and "Telefonnummer" in problem and "phone" not in problem
    assert queries.contact_details(contact_id).phones == ()


def test_a_german_window_words_a_refusal_that_comes_from_saving(
    demo_store, qtbot, german, error_dialogs
):
    """The service refuses what the panel let through: the failed command's message (the
    crash handler's) says why in German, and nothing is written."""
    from networkcircles.ui.main_window import MainWindow

    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    try:
        before = {"phones": queries.contact_details(1).phones}
        window._save_contact(1, before, {"phones": (Labelled("abc"),)})
        assert len(error_dialogs) == 1
        why = error_dialogs.pop()[1].split("\n\n")[-1]
        assert why.startswith("Telefon") and "abc" in why and "Telefonnummer" in why
        assert queries.contact_details(1).phones == before["phones"]
        with pytest.raises(events.InvalidEvent) as refused:
            events.create_event("Job club", "2026-05-04T18:00", ends_at="2026-05-04T17:00")
        why = error_text.refusal_text(refused.value)
        assert why.startswith("Ende") and "ends before" not in why
    finally:
        window.close()
        close_store()


def test_why_a_sync_stopped_is_worded_by_its_kind(qapp):
    from networkcircles.sync.errors import NotAuthorized, ServerFailed

    url = "https://dav.example.org/"
    refused = NotAuthorized(url, "the server refused user 'alice' with this password")
    assert error_text.refusal_text(refused) == (
        f"{url}: the server refused this user name and password."
    )
    failed = ServerFailed(url, "PROPFIND", 503)
    assert error_text.refusal_text(failed) == (
        f"{url}: the server answered PROPFIND with status 503."
    )


def test_a_german_window_says_why_a_sync_stopped_in_german(qapp, german):
    from networkcircles.sync.errors import ServerUnreachable

    url = "https://dav.example.org/"
    gone = ServerUnreachable(url, "cannot reach the server (connection refused)")
    why = error_text.refusal_text(gone)
    assert why.startswith(url) and "Server" in why and "cannot reach" not in why
