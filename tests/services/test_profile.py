"""Your pitch: one profile row, saved and restored; who heard it."""

from datetime import date

import pytest

from networkcircles.services import contacts, profile
from networkcircles.services.errors import InvalidValue
from networkcircles.store import circle_queries
from networkcircles.store.circle_queries import ProfileRow
from networkcircles.store.models import Profile


def test_save_and_restore(store):
    assert profile.get() == ProfileRow()
    before = profile.save({"target_roles": "Project manager", "pitch": " I run projects. "})
    assert before is None
    assert profile.get().pitch == "I run projects."
    second = profile.save({"pitch": "Shorter."})
    assert second.pitch == "I run projects." and profile.get().target_roles == "Project manager"
    assert Profile.select().count() == 1
    profile.restore(second)
    assert profile.get().pitch == "I run projects."
    profile.restore(None)
    assert Profile.select().count() == 0


def test_refuses_unknown_fields_and_long_pitches(store):
    with pytest.raises(InvalidValue):
        profile.save({"salary": "lots"})
    with pytest.raises(InvalidValue) as error:
        profile.save({"pitch": "x" * (profile.PITCH_MAX_CHARS + 1)})
    assert error.value.field == "pitch"


def test_heard_pitch(store):
    ana = contacts.create("Ana", "acquaintances")
    assert profile.heard_pitch(ana, date(2026, 10, 1)) is None
    assert circle_queries.contact_extras(ana).heard_pitch_on == date(2026, 10, 1)
    assert profile.heard_pitch(ana, None) == date(2026, 10, 1)
