"""Start-up: what the window needs before its first paint, and nothing more."""

from fresh_process import run_fresh

# Readers and writers of files, printing, sync's vCards and the icon font: the first paint
# needs none of them, and together they cost a cold start hundreds of milliseconds. qtpy
# (under qtawesome) would make every enum of PySide6's modules.
NOT_BEFORE_FIRST_PAINT = {"icalendar", "vobject", "phonenumbers", "qtawesome", "qtpy", "keyring"}
# Dialogs the window offers but does not show at start: imported when first opened.
DIALOGS_NOT_BEFORE_FIRST_PAINT = {"networkcircles.ui.dialogs.restore_backup"}
# Side panels behind the contact list and details (ui/docks.py): imported when first shown.
PANELS_NOT_BEFORE_FIRST_PAINT = {
    f"networkcircles.ui.panels.{name}"
    for name in (
        "associations",
        "balance",
        "contact_activity",
        "due",
        "event_calendar",
        "leads",
        "reliability",
    )
}


def test_the_window_is_built_without_the_file_readers(tmp_path):
    """Build the main window over a small network as the app does before its first paint,
    in a fresh process: none of the heavy libraries is loaded yet."""
    probe = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from networkcircles.ui import app\n"
        "from networkcircles.store.db import open_store\n"
        "from networkcircles.ui.main_window import MainWindow\n"
        "qt = app.create_application(headless=True)\n"
        f"path = Path({str(tmp_path / 'start.sqlite')!r})\n"
        "open_store(path)\n"
        "window = MainWindow(path, marks_later=True)\n"
        "window.restore_layout()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules}))\n"
        "print(sorted(m for m in sys.modules if m.startswith('networkcircles.ui.dialogs.')))\n"
        "print(sorted(m for m in sys.modules if m.startswith('networkcircles.ui.panels.')))\n"
    )
    printed = run_fresh(probe, tmp_path)
    packages, dialogs, panels = (set(eval(line)) for line in printed.strip().splitlines()[-3:])
    assert "PySide6" in packages  # the probe did build the window
    assert not packages & NOT_BEFORE_FIRST_PAINT, packages & NOT_BEFORE_FIRST_PAINT
    assert not dialogs & DIALOGS_NOT_BEFORE_FIRST_PAINT, dialogs
    assert "networkcircles.ui.panels.contact_list" in panels  # in sight: imported
    assert not panels & PANELS_NOT_BEFORE_FIRST_PAINT, panels & PANELS_NOT_BEFORE_FIRST_PAINT


def test_start_up_work_runs_after_the_first_paint_a_piece_per_turn(qtbot):
    """The deferred start-up work waits for the first paint, then runs one piece per turn
    of the event loop (what the user does gets in between), and says when all is done."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from networkcircles.ui.first_paint import StartUpWork

    widget = QWidget()
    qtbot.addWidget(widget)
    work = StartUpWork(widget)
    seen: list[str] = []

    def first() -> None:
        seen.append("first")
        QTimer.singleShot(0, lambda: seen.append("a click"))  # input waiting meanwhile

    work.add(first, lambda: seen.append("second"))
    work.add(lambda: seen.append("third"))
    qtbot.wait(20)
    assert seen == [] and not work.done  # nothing before the window paints
    with qtbot.waitSignal(work.finished, timeout=5000):
        widget.show()
    assert seen == ["first", "a click", "second", "third"]
    assert work.done


def test_start_up_work_stops_with_its_window(qtbot):
    """A window deleted while its start-up work is under way runs none of the rest of it,
    and says nothing of being done."""
    from PySide6.QtWidgets import QWidget

    from networkcircles.ui.first_paint import StartUpWork

    widget = QWidget()
    work = StartUpWork(widget)
    seen: list[str] = []
    work.finished.connect(lambda: seen.append("finished"))
    work.add(lambda: (seen.append("first"), widget.deleteLater()), lambda: seen.append("second"))
    widget.show()
    qtbot.waitUntil(lambda: "first" in seen)
    qtbot.wait(50)
    assert seen == ["first"]


def test_the_window_says_when_its_start_up_is_complete(demo_store, qtbot):
    """MainWindow.start_up.finished comes once the window has painted and the docks in sight
    have filled in: the contact list holds every contact by then."""
    from networkcircles.store import queries
    from networkcircles.ui.main_window import MainWindow

    window = MainWindow(demo_store, marks_later=True)
    qtbot.addWidget(window)
    window.start_up.add(window.feeds.reload)
    with qtbot.waitSignal(window.start_up.finished, timeout=10000):
        window.show()
    assert window.start_up.done
    assert window.contacts_model.rowCount() == len(queries.contact_rows())
    window.close()


def _seats(window) -> dict[int, tuple]:
    """Where each dot sits, how big and in which style, group and tile."""
    scene = window.scene
    return {
        contact_id: (dot.x, dot.y, dot.diameter, dot.style, dot.group, dot.tile)
        for contact_id in scene.contact_ids()
        for dot in [scene.dot(contact_id)]
        if dot is not None
    }


def test_the_diagrams_association_markers_read_the_ties_once(window, monkeypatch):
    """The deferred start-up work (feeds.reload) asks the store for the associations' ties
    once, not once for the comparison and again for the groups."""
    from networkcircles.store import event_queries

    calls = []
    real = event_queries.association_ties
    monkeypatch.setattr(
        event_queries, "association_ties", lambda ids=None: (calls.append(ids), real(ids))[1]
    )
    window.feeds.reload()
    assert len(calls) == 1


def test_the_association_markers_read_the_ties_of_the_rings_members_only(window, monkeypatch):
    """The markers need the ties of the people on the associations ring only: those are
    read (not everyone's), and the ring is seated as everyone's ties would seat it."""
    from networkcircles.diagram.keys import ASSOCIATIONS
    from networkcircles.services import associations
    from networkcircles.store import event_queries

    members = sorted(window.scene.group_members(ASSOCIATIONS))
    everyone = window.scene.contact_ids()
    assert 0 < len(members) < len(everyone)
    read_for: list = []
    real = event_queries.association_ties
    monkeypatch.setattr(
        event_queries, "association_ties", lambda ids=None: (read_for.append(ids), real(ids))[1]
    )
    window.feeds.reload()
    assert read_for == [members]
    seats, markers = _seats(window), window.scene.association_markers()
    assert markers  # the demo's associations are drawn
    all_ties = real()
    names = [(f.organization_id, f.name) for f in associations.compare_associations(all_ties)]
    window.scene.set_associations(names, associations.association_groups(members, all_ties))
    assert _seats(window) == seats
    assert window.scene.association_markers() == markers


def test_the_marks_after_the_first_paint_move_no_dot(demo_store, qtbot, monkeypatch):
    """The app's way (marks_later: the people to meet are known as the dots are first
    seated, the rest of the marks come after the first paint) seats every dot as a window
    that reads everything at once; the marks read after the paint seat no group again but
    the associations ring, which they fill."""
    from networkcircles.diagram.keys import ASSOCIATIONS
    from networkcircles.diagram.scene import CirclesScene
    from networkcircles.store import circle_queries
    from networkcircles.ui.main_window import MainWindow

    assert circle_queries.wishes()  # the demo has people to meet, in their band

    at_once = MainWindow(demo_store)
    qtbot.addWidget(at_once)
    later = MainWindow(demo_store, marks_later=True)
    qtbot.addWidget(later)
    seated: list[str] = []
    real = CirclesScene._seat_group
    monkeypatch.setattr(
        CirclesScene,
        "_seat_group",
        lambda scene, key, spare=0: (seated.append(key), real(scene, key, spare))[1],
    )
    later.feeds.reload()
    assert seated == [ASSOCIATIONS]
    assert _seats(later) == _seats(at_once)
    assert all(
        later.scene.marks(contact_id) == at_once.scene.marks(contact_id)
        for contact_id in at_once.scene.contact_ids()
    )


def test_what_the_window_shows_is_out_of_the_collectors_sight_from_its_first_paint(tmp_path):
    """The app's own start (ui.app.run_window), in a fresh process: by the time the start-up
    work runs, the rows and dots the window was built with are frozen (gc.freeze), so the
    collections the work sets off do not walk them; the work still completes."""
    probe = (
        "import gc, os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from networkcircles.services.demo import create_demo\n"
        "from networkcircles.store.db import open_store, db\n"
        "from networkcircles.ui import app as ui_app\n"
        "from networkcircles.ui.main_window import MainWindow\n"
        f"path = Path({str(tmp_path / 'start.sqlite')!r})\n"
        "open_store(path)\n"
        "create_demo(size=300, seed=7)\n"
        "db.close()\n"
        "ui_app._daily_backup = lambda path: None\n"
        "built = MainWindow.__init__\n"
        "def watched(window, *args, **kwargs):\n"
        "    built(window, *args, **kwargs)\n"
        "    seen = {}\n"
        "    def first_piece():\n"
        "        dots = [window.scene.dot(i) for i in window.scene.contact_ids()]\n"
        "        seen['dots'] = len(dots)\n"
        "        seen['frozen'] = gc.get_freeze_count()\n"
        "        seen['tracked'] = sum(1 for dot in dots if gc.is_tracked(dot))\n"
        "    window.start_up._queue.insert(0, first_piece)\n"
        "    def complete():\n"
        "        print(seen['dots'], seen['tracked'], seen['frozen'])\n"
        "        ui_app.QApplication.instance().quit()\n"
        "    window.start_up.finished.connect(complete)\n"
        "MainWindow.__init__ = watched\n"
        "ui_app.run_window(path)\n"
    )
    printed = run_fresh(probe, tmp_path)
    dots, tracked, frozen = map(int, printed.split()[-3:])
    assert dots == 300 and tracked == dots  # the dots are objects the collector knows
    assert frozen > 10 * dots  # ...and by the first piece of work they were frozen


def test_the_recent_files_are_written_after_the_first_paint(tmp_path):
    """Remembering the file opened writes the settings file and syncs it to disk, twice:
    the app's own start (ui.app.run_window) does it once the window has painted, and File ▸
    Open Recent then lists the file first."""
    probe = (
        "import os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from networkcircles.services.demo import create_demo\n"
        "from networkcircles.store.db import open_store, db\n"
        "from networkcircles.ui import app as ui_app, settings\n"
        "from networkcircles.ui.first_paint import after_first_paint\n"
        "from networkcircles.ui.main_window import MainWindow\n"
        f"path = Path({str(tmp_path / 'start.sqlite')!r})\n"
        "open_store(path)\n"
        "create_demo(size=30, seed=7)\n"
        "db.close()\n"
        "ui_app._daily_backup = lambda path: None\n"
        "painted, seen = [], []\n"
        "real = settings.remember_recent\n"
        "settings.remember_recent = lambda p: (seen.append(bool(painted)), real(p))[1]\n"
        "built = MainWindow.__init__\n"
        "def watched(window, *args, **kwargs):\n"
        "    built(window, *args, **kwargs)\n"
        "    after_first_paint(window, lambda: painted.append(1))\n"
        "    def complete():\n"
        "        first = window.recent_menu.actions()[0].text()\n"
        "        print(seen, settings.read(settings.RECENT_FILES)[0] == str(path), first)\n"
        "        ui_app.QApplication.instance().quit()\n"
        "    window.start_up.finished.connect(complete)\n"
        "MainWindow.__init__ = watched\n"
        "ui_app.run_window(path)\n"
    )
    printed = run_fresh(probe, tmp_path).strip().splitlines()[-1]
    assert printed.startswith("[True] True "), printed
    assert printed.endswith("start.sqlite"), printed
