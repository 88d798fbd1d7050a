"""A job's input filter does not make PySide create its types in the middle of the job."""

from fresh_process import run_fresh

# In a fresh process, as a user's first job: a line edit whose cursor blinks is in the
# window; while the job runs, its line control (a class PySide has no binding for) is
# handed to Python, as the job's input filter is handed every event's receiver. The
# number of enum types PySide creates then is printed.
CODE = """
import enum, time
from pathlib import Path
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from networkcircles.store.db import open_store
from networkcircles.ui import background

app = QApplication([])
open_store(Path.home() / "network.sqlite")  # the worker opens its own connection to it
edit = QLineEdit()
edit.show()
app.processEvents()
made = []
create = enum.EnumType._create_

def counted(cls, *args, **kwargs):
    made.append(args[0])
    return create(cls, *args, **kwargs)

enum.EnumType._create_ = counted
seen = []

def blink():
    before = len(made)
    edit.findChildren(QObject)
    seen.append(len(made) - before)

QTimer.singleShot(0, blink)
background.run_in_background(None, "Work", "Working...", lambda progress: time.sleep(0.2))
print(seen)
"""


def test_the_types_of_every_qobject_are_known_before_a_job_starts(tmp_path):
    """Before: some 65 enum types (15 ms) created at the first blink of a cursor during a
    job, where it met the progress dialog's showing; now before the job starts."""
    assert run_fresh(CODE, tmp_path).strip() == "[0]"
