"""Settings read back as the type they were declared with, whatever the INI file holds."""

import pytest
from PySide6.QtCore import QByteArray, QSettings

from networkcircles.ui import settings

SHOW_LINES = settings.Setting("view/referral_lines", bool, True)
ZOOM = settings.Setting("view/zoom", int, 100)


def as_found_after_a_restart(**stored: str) -> None:
    """Values as an INI file gives them back at the next start: text, whatever was written
    (a key "view__zoom" stands for "view/zoom")."""
    for key, text in stored.items():
        QSettings().setValue(key.replace("__", "/"), text)


def test_a_switched_off_flag_stays_off_after_a_restart(qapp):
    settings.write(SHOW_LINES, False)
    assert settings.read(SHOW_LINES) is False
    as_found_after_a_restart(view__referral_lines="false")
    assert settings.read(SHOW_LINES) is False
    as_found_after_a_restart(view__referral_lines="true")
    assert settings.read(SHOW_LINES) is True


@pytest.mark.parametrize(
    ("stored", "expected"),
    [({"view__zoom": "150"}, 150), ({"view__zoom": "lots"}, 100), ({}, 100)],
    ids=["a number", "not a number", "missing"],
)
def test_a_number_is_a_number_or_the_default(qapp, stored, expected):
    as_found_after_a_restart(**stored)
    assert settings.read(ZOOM) == expected


def test_garbage_reads_as_the_default(qapp):
    as_found_after_a_restart(view__referral_lines="perhaps", window__geometry="not bytes")
    assert settings.read(SHOW_LINES) is True
    assert settings.read(settings.WINDOW_GEOMETRY) == QByteArray()


def test_a_lone_recent_file_is_a_list_and_the_default_is_not_shared(qapp):
    settings.remember_recent("/tmp/one.networkcircles")
    assert settings.read(settings.RECENT_FILES) == ["/tmp/one.networkcircles"]
    QSettings().remove(settings.RECENT_FILES.key)
    settings.read(settings.RECENT_FILES).append("changed by a caller")
    assert settings.read(settings.RECENT_FILES) == []


def test_a_setting_of_a_kind_without_a_reader_is_refused():
    with pytest.raises(TypeError, match="float"):
        settings.Setting("view/scale", float, 1.0)
