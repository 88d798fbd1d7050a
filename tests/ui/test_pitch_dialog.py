"""The pitch dialog: saves one undoable edit, refuses a pitch too long to repeat."""

from PySide6.QtGui import QUndoStack

from networkcircles.services import profile
from networkcircles.store.circle_queries import ProfileRow
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.dialogs.pitch import PitchDialog


def test_save_and_undo(store, qtbot):
    stack, bridge = QUndoStack(), StoreBridge()
    dialog = PitchDialog(bridge, stack)
    qtbot.addWidget(dialog)
    dialog.set_value("target_roles", "Project manager")
    dialog.set_value("pitch", "I get projects in on time.")
    with qtbot.waitSignal(bridge.profile_changed, timeout=1000):
        assert dialog.save()
    assert profile.get().pitch == "I get projects in on time."
    assert stack.count() == 1
    stack.undo()
    assert profile.get() == ProfileRow()


def test_too_long_is_refused(store, qtbot):
    stack = QUndoStack()
    dialog = PitchDialog(StoreBridge(), stack)
    qtbot.addWidget(dialog)
    dialog.set_value("pitch", "x" * (profile.PITCH_MAX_CHARS + 1))
    assert not dialog.save()
    assert dialog.error.isVisibleTo(dialog) and stack.count() == 0


def test_shows_the_stored_pitch(demo_store, qtbot):
    dialog = PitchDialog(StoreBridge(), QUndoStack())
    qtbot.addWidget(dialog)
    assert dialog.values()["pitch"].startswith("I'm a project manager")
    assert dialog.save() and dialog.result() == PitchDialog.DialogCode.Accepted
