"""How networkcircles copes with 10,000, 50,000 and 100,000 contacts, each figure measured in
the same run as its floor on this machine.

Run it on purpose (pytest collects only test_bench_quick.py from here, at 1,000 contacts):

    .venv/bin/python tests/benchmarks/bench_scale.py [--sizes 10000 50000 100000] [--quick]

It builds each network with `networkcircles demo --size N` in a temporary folder, then:

- start: a cold process, from its start to the end of the main window's first paint;
  floor: a bare QWidget window with peewee and qtawesome loaded (also a fresh process).
  Both with compiled bytecode, as installed.
- start, window complete: the same process, until the window says every panel in sight has
  filled in (MainWindow.start_up.finished); floor: the bare window's first paint.
- memory: resident MiB once the window shows and its deferred start-up work is done;
  floor: the bare window's.
- repaint, zoom step: the diagram at 1600x1200, offscreen; floor: the same dots at the same
  places and sizes drawn the simplest way (a plain widget copying one cached sprite per look).
- pan step, hover: floor: the same view over the same rings with no contacts.
- hit test: finding the dot under a click (a grid lookup); no floor.
- keystroke: typing a name into the contact search, list and diagram highlight updated and
  painted; floor: the same FTS5 query run with raw sqlite3, its answer made a set. The
  ratio is the median of each keystroke's time over its own letters' query.
- sort: each column of the list, the slowest one; floor: raw sqlite3 ORDER BY name.
- edit: moving one contact to another circle through the undo stack, and undoing it;
  also how many dots moved (goal 1: nothing else is re-seated); an edit from each panel
  (details, reliability flag, logged interaction) and its undo; 300 selected contacts moved
  as one step, and the queries that took.
- stall: the longest gap of a 5 ms heartbeat timer while the window imports 10,000 vCards
  (and reloads), undoes that import, exports every contact, or writes the whole-network
  PDF (no floor: the goal is an absolute budget, the work itself runs on a worker thread).

Medians of several runs; the machine is shared and noisy, so ratios to the floor measured
in the same run say more than the absolute times.
"""

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

VIEW_SIZE = (1600, 1200)

# figure: {size: goal}; ms unless the name says otherwise
GOALS: dict[str, dict[int, float]] = {
    # Start-up, repaint and zoom step have ratio goals only (RATIO_GOALS, issue 16): even the
    # sprite floor takes about 49 ms to repaint 10,000 dots at 1600x1200 offscreen.
    "memory (MiB)": {10_000: 150, 50_000: 220},  # issue 16's table
    "zoom step, slowest (ms)": {},  # the first visit to a zoom level: reported, no goal
    "pan step (ms)": {10_000: 16, 50_000: 16},  # one frame (issues 15 and 16)
    "hover (ms)": {10_000: 16, 50_000: 16},
    "hit test (ms)": {10_000: 1, 50_000: 1},
    "keystroke (ms)": {10_000: 50, 100_000: 150},
    "keystroke, slowest (ms)": {},
    "sort, slowest column (ms)": {10_000: 100},
    # The issue asks that an edit touch one row and one dot ("dots moved" checks that); in time
    # it must fit in one frame.
    "edit: list + diagram (ms)": {10_000: 16, 50_000: 16},
    "edit: dots moved": {10_000: 1, 50_000: 1},
    # The figure a user feels: one move and its undo through the whole window, every visible
    # panel brought up to date and painted: one frame at 10,000, two at 50,000.
    "edit: whole window, move + undo (ms)": {10_000: 16, 50_000: 33},
    # An edit made in a panel (the details form, the reliability flag, logging an
    # interaction) and its undo, through the whole window; the slowest of the three kinds.
    "edit: from a panel, slowest kind (ms)": {10_000: 16},
    # Moving 300 selected contacts to another circle: one undo step, set-based SQL.
    "edit: move 300 selected (ms)": {10_000: 50},
    "edit: move 300 selected, queries": {10_000: 10, 50_000: 10},
    # The longest the window went without handling its events (a 5 ms heartbeat timer) while
    # it imported 10,000 vCards (then reloaded), exported every contact, or wrote the
    # whole-network PDF.
    "stall: import 10k vCards (ms)": {10_000: 50},
    "stall: export vCards (ms)": {10_000: 50},
    "stall: whole-network PDF (ms)": {10_000: 50},
    "stall: undo the import (ms)": {10_000: 50},
}
# figure: {size: most times its floor measured in the same run}
RATIO_GOALS: dict[str, dict[int, float]] = {
    "start (s)": {10_000: 1.5, 50_000: 2.0},  # the diagram's first paint
    # until every panel in sight has filled in (MainWindow.start_up.finished)
    "start, window complete (s)": {10_000: 1.6, 50_000: 2.5},
    "repaint (ms)": {10_000: 2.0},
    "zoom step (ms)": {10_000: 2.0},
    "keystroke (ms)": {100_000: 1.5},
}
QUICK_SIZE = 1_000


@dataclass
class Figure:
    name: str
    size: int
    value: float
    floor: float | None = None
    # Where each sample has a floor of its own (a keystroke, its query): the median of the
    # samples' own ratios, which the ratio goal judges instead of value / floor.
    paired_ratio: float | None = None

    def _goal(self, table: dict[str, dict[int, float]]) -> float | None:
        goals = table.get(self.name, {})
        if self.size in goals:
            return goals[self.size]
        # The quick run borrows the smallest size's goal, to prove each figure is measured
        # and judged; a full-size run is judged only where the issue sets a goal (the
        # keystroke's 100k ratio says nothing about 10k).
        return goals[min(goals)] if goals and self.size <= QUICK_SIZE else None

    @property
    def goal(self) -> float | None:
        return self._goal(GOALS)

    @property
    def ratio_goal(self) -> float | None:
        return self._goal(RATIO_GOALS) if self.floor else None

    @property
    def ratio(self) -> float | None:
        if self.paired_ratio is not None:
            return self.paired_ratio
        return self.value / self.floor if self.floor else None

    @property
    def ok(self) -> bool | None:
        checks = []
        if self.goal is not None:
            checks.append(self.value <= self.goal)
        if self.ratio_goal is not None:
            checks.append(self.ratio <= self.ratio_goal)
        return all(checks) if checks else None


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def build_store(folder: Path, size: int) -> Path:
    path = folder / f"network-{size}.sqlite"
    if not path.exists():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "networkcircles",
                "demo",
                "--db",
                str(path),
                "--size",
                str(size),
            ],
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
    return path


# Start-up and memory: fresh processes.


def _start_process(args: list[str], home: Path) -> dict:
    env = dict(
        os.environ,
        # As installed, with compiled bytecode (a warm-up run writes it): a cold start that
        # compiles every module measures the machine's setting, not the app.
        PYTHONPYCACHEPREFIX=str(home / "pycache"),
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        HOME=str(home),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    script = str(Path(__file__).with_name("first_paint.py"))
    started = time.time()
    done = subprocess.run(
        [sys.executable, script, repr(started), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{script} {args} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure_start(store: Path, size: int, runs: int, home: Path) -> list[Figure]:
    _start_process(["--db", str(store)], home)  # once to open (and index) the file
    _start_process(["--floor"], home)  # and each compiles its modules once
    app = [_start_process(["--db", str(store)], home) for _ in range(runs)]
    bare = [_start_process(["--floor"], home) for _ in range(runs)]
    return [
        Figure(
            "start (s)",
            size,
            median([r["first_paint"] for r in app]),
            median([r["first_paint"] for r in bare]),
        ),
        Figure(
            "start, window complete (s)",
            size,
            median([r["filled"] for r in app]),
            median([r["first_paint"] for r in bare]),
        ),
        Figure(
            "memory (MiB)",
            size,
            median([r["rss_mib"] for r in app]),
            median([r["rss_mib"] for r in bare]),
        ),
    ]


# The diagram, offscreen.


def _timed(action, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _diagram_figures(rows, circles, today, repeat: int) -> dict[str, float]:
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from networkcircles.diagram.scene import CirclesScene
    from networkcircles.diagram.view import CirclesView

    app = QApplication.instance()
    scene = CirclesScene()
    scene.set_circles(circles)
    scene.set_contacts(rows, today)
    view = CirclesView(scene)
    view.resize(*VIEW_SIZE)
    view.show()
    app.processEvents()
    viewport = view.viewport()
    viewport.repaint()
    found: dict[str, float] = {}
    found["repaint (ms)"] = median(_timed(viewport.repaint, repeat))

    def step(zoom) -> None:
        zoom()
        viewport.repaint()

    zooms = []
    for _ in range(max(1, repeat // 4)):
        for action in [view.zoom_in] * 3 + [view.zoom_out] * 3:
            zooms += _timed(lambda action=action: step(action), 1)
    found["zoom step (ms)"] = median(zooms)
    found["zoom step, slowest (ms)"] = max(zooms)  # the first visit to a zoom level
    for _ in range(4):
        view.zoom_in()
    viewport.repaint()
    bar = view.horizontalScrollBar()

    def pan() -> None:
        bar.setValue(bar.value() + 40)
        app.processEvents()

    found["pan step (ms)"] = median(_timed(pan, repeat * 2))
    view.fit_all()
    viewport.repaint()

    if rows:
        targets = [row.id for row in rows[:: max(1, len(rows) // repeat)]][:repeat]

        def hover(contact_id: int) -> None:
            pos = view.mapFromScene(scene.dot_position(contact_id))
            event = QMouseEvent(
                QEvent.Type.MouseMove,
                QPointF(pos),
                QPointF(viewport.mapToGlobal(pos)),
                Qt.MouseButton.NoButton,
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(viewport, event)
            app.processEvents()

        found["hover (ms)"] = median([_timed(lambda c=c: hover(c), 1)[0] for c in targets])
        hits = []
        for contact_id in targets:
            point = scene.dot_position(contact_id) + QPointF(0.1, 0.1)
            hits += _timed(lambda p=point: scene._dot_at(p, viewport), 1)
        found["hit test (ms)"] = median(hits)
    if rows:
        found["floors"] = _sprite_floor(scene, view, repeat)
    view.close()
    return found


def _sprite_floor(scene, view, repeat: int) -> dict[str, float]:
    """The floor of a repaint and a zoom step: the same dots at the same places and pixel
    sizes, drawn the simplest way: a plain widget copying one cached sprite per look and
    size for every dot in sight. No items, no tiles, no rings, names or marks."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPainter, QPixmap
    from PySide6.QtWidgets import QApplication, QWidget

    from networkcircles.diagram.items import KNOWS, WARMTH_MASK

    view.fit_all()
    fitted = view.viewportTransform()
    dots = [
        (d.x, d.y, d.diameter, d.style & (WARMTH_MASK | KNOWS))
        for d in map(scene.dot, scene.contact_ids())
    ]
    colours = [QColor(c) for c in ("#2e7d32", "#f9a825", "#c62828", "#9e9e9e")]

    class Floor(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.scale, self.dx, self.dy = fitted.m11(), fitted.dx(), fitted.dy()
            self.sprites: dict[tuple[int, int], QPixmap] = {}

        def sprite(self, style: int, pixels: int) -> QPixmap:
            found = self.sprites.get((style, pixels))
            if found is None:
                found = QPixmap(pixels + 2, pixels + 2)
                found.fill(Qt.GlobalColor.transparent)
                painter = QPainter(found)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setBrush(colours[style & WARMTH_MASK])
                painter.setPen(Qt.GlobalColor.black if style & KNOWS else Qt.PenStyle.NoPen)
                painter.drawEllipse(1, 1, pixels, pixels)
                painter.end()
                self.sprites[(style, pixels)] = found
            return found

        def zoom(self, factor: float) -> None:
            # about the middle of the widget, as the view's buttons do
            cx, cy = self.width() / 2, self.height() / 2
            self.dx, self.dy = cx + (self.dx - cx) * factor, cy + (self.dy - cy) * factor
            self.scale *= factor

        def paintEvent(self, event) -> None:
            painter = QPainter(self)
            painter.fillRect(self.rect(), Qt.GlobalColor.white)
            scale, dx, dy, w, h = self.scale, self.dx, self.dy, self.width(), self.height()
            for x, y, diameter, style in dots:
                pixels = max(1, round(diameter * scale))
                left, top = x * scale + dx - pixels / 2, y * scale + dy - pixels / 2
                if -pixels <= left <= w and -pixels <= top <= h:
                    painter.drawPixmap(int(left), int(top), self.sprite(style, pixels))
            painter.end()

    app = QApplication.instance()
    floor = Floor()
    floor.resize(*VIEW_SIZE)
    floor.show()
    app.processEvents()
    floor.repaint()
    found = {"repaint (ms)": median(_timed(floor.repaint, repeat))}

    def step(factor: float) -> None:
        floor.zoom(factor)
        floor.repaint()

    zooms = []
    for _ in range(max(1, repeat // 4)):
        for factor in [1.25] * 3 + [1 / 1.25] * 3:
            zooms += _timed(lambda f=factor: step(f), 1)
    found["zoom step (ms)"] = median(zooms)
    found["zoom step, slowest (ms)"] = max(zooms)
    floor.close()
    return found


def measure_diagram(store: Path, size: int, repeat: int) -> list[Figure]:
    from datetime import date

    from networkcircles.store import queries
    from networkcircles.store.db import close_store, open_store

    open_store(store, read_only=True)
    try:
        rows, circles = queries.contact_rows(), queries.circles()
    finally:
        close_store()
    today = date.today()
    full = _diagram_figures(rows, circles, today, repeat)
    floors = _diagram_figures([], circles, today, repeat)  # pan: the same view, no contacts
    floors.update(full.pop("floors", {}))
    return [Figure(name, size, value, floors.get(name)) for name, value in full.items()]


# The list and edits, in a whole window.


def _raw_search_ids(raw: sqlite3.Connection, text: str) -> frozenset[int]:
    """The app's full-text query (search.query: every word a prefix, intersected, the ids
    as one text), run with raw sqlite3 and its answer made a set: the keystroke's floor."""
    from networkcircles.store import search

    found = search.words(text)
    if not found:
        return frozenset()
    sql, params = search.query(found)
    return search.parsed_ids(raw.execute(sql, params).fetchone()[0])


def measure_window(store: Path, size: int, repeat: int, home: Path) -> list[Figure]:
    import shiboken6
    from PySide6.QtCore import QEvent, QSettings, QStandardPaths, Qt
    from PySide6.QtWidgets import QApplication

    from networkcircles.store import queries, search
    from networkcircles.store.db import close_store, db, open_store
    from networkcircles.ui import collector
    from networkcircles.ui.main_window import MainWindow

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home))
    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance()
    open_store(store)
    figures: list[Figure] = []
    try:
        search.ensure(db)
        window = MainWindow(store)
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        # Measured from a complete window: the start-up work queued after the first paint
        # (its own figure, "start, window complete") must not land in the first keystroke.
        while not window.start_up.done:
            app.processEvents()
        panel = window.contact_list
        rows = queries.contact_rows()
        name = rows[len(rows) // 2].name  # a first name and a last name
        typed = [name[:n] for n in range(1, len(name) + 1)]

        def type_text() -> list[float]:
            samples = []
            for text in typed:
                samples += _timed(lambda t=text: (panel.search.setText(t), app.processEvents()), 1)
            panel.search.setText("")
            app.processEvents()
            return samples

        keys = type_text() + type_text()
        raw = sqlite3.connect(store)
        floor = []
        for text in typed:
            floor += _timed(lambda t=text: _raw_search_ids(raw, t), 1)
        # Judged keystroke by keystroke, each over its own query: a typed name mixes letters
        # that leave thousands of matches (a fast query), letters that leave a few (a slower
        # one) and letters that repaint the diagram, so the median keystroke and the median
        # query are often different letters, and their ratio followed whichever came out
        # in the middle rather than the keystrokes' cost over their queries.
        own = [key / query for key, query in zip(keys, floor + floor, strict=True)]
        figures.append(Figure("keystroke (ms)", size, median(keys), median(floor), median(own)))
        # The median hides the keystrokes whose diagram repaint lands in them (Qt paints
        # the scene's changes on a later turn of the event loop): the slowest one shows it.
        figures.append(Figure("keystroke, slowest (ms)", size, max(keys), max(floor)))

        worst = 0.0
        for column in range(panel.proxy.columnCount()):
            for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
                took = _timed(
                    lambda c=column, o=order: (panel.table.sortByColumn(c, o), app.processEvents()),
                    1,
                )[0]
                worst = max(worst, took)
        panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        sort_floor = median(
            _timed(
                lambda: raw.execute(
                    "SELECT id FROM contact ORDER BY name COLLATE NOCASE"
                ).fetchall(),
                3,
            )
        )
        raw.close()
        figures.append(Figure("sort, slowest column (ms)", size, worst, sort_floor))

        scene = window.scene
        placed = [row for row in rows if row.circle_key == "peers"][:repeat]
        edits, moved_counts = [], []
        for row in placed:
            before = {cid: scene.dot_position(cid) for cid in scene.contact_ids()}

            # Timed: the move and its undo, each painted; the dots that moved are counted
            # between the two, off the clock (10,000 positions compared cost the bench, not
            # the app, some 10 ms).
            def move(contact_id=row.id) -> None:
                window.move_contact(contact_id, "associations")
                app.processEvents()

            def undo() -> None:
                window.undo_stack.undo()
                app.processEvents()

            took = _timed(move, 1)[0]
            moved_counts.append(sum(scene.dot_position(c) != before[c] for c in before))
            edits.append(took + _timed(undo, 1)[0])
        # The list's and the diagram's share of an edit (the other panels refresh too).
        ours = []
        for row in placed:
            moved = row._replace(circle_key="associations")
            for shown in (moved, row):

                def update(r=shown) -> None:
                    window.contacts_model.update_contact(r)
                    scene.update_contact(r)
                    app.processEvents()

                ours += _timed(update, 1)
        figures.append(Figure("edit: list + diagram (ms)", size, median(ours)))
        figures.append(Figure("edit: dots moved", size, max(moved_counts)))
        figures.append(Figure("edit: whole window, move + undo (ms)", size, median(edits)))
        figures.append(
            Figure("edit: from a panel, slowest kind (ms)", size, _panel_edits(window, placed, app))
        )
        figures += _bulk_move(window, rows, size, app)
        figures += _stalls(window, size, app, Path(home))
        window.close()
        window.deleteLater()
        # processEvents() leaves deferred deletes alone: without this the window of each
        # size stayed alive (and its frozen objects with it) through the next size's figures.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        # As opening another network does (ui/collector.py): without it the next size's
        # window, several times this one's memory, set off the collector's growth settle (a
        # full collection, ~140 ms at 50k) in the middle of one of its timed steps.
        collector.settle()
        if shiboken6.isValid(window):
            raise RuntimeError("the window outlived its size's figures")
    finally:
        close_store()
    return figures


def _panel_edits(window, placed, app) -> float:
    """Each kind of panel edit and its undo, pushed on the window's stack as the panels do;
    the slowest kind's median."""
    from datetime import date

    from networkcircles.ui.commands import (
        EditContactCommand,
        EditContactExtrasCommand,
        LogInteractionCommand,
    )

    bridge, stack = window.bridge, window.undo_stack
    kinds = {
        "details": lambda row: EditContactCommand(
            bridge, row.id, {"role": row.role}, {"role": row.role + " (lead)"}
        ),
        "flag": lambda row: EditContactExtrasCommand(bridge, row.id, {"passes_gossip": True}),
        "interaction": lambda row: LogInteractionCommand(bridge, row.id, date.today(), "call"),
    }
    slowest = 0.0
    for make in kinds.values():
        samples = []
        for row in placed:
            window.select_contact(row.id)  # the panel shows the contact being edited
            app.processEvents()

            def edit_and_undo(row=row, make=make) -> None:
                stack.push(make(row))
                app.processEvents()
                stack.undo()
                app.processEvents()

            samples += _timed(edit_and_undo, 1)
        slowest = max(slowest, median(samples))
    window.select_contact(None)
    return slowest


def _bulk_move(window, rows, size: int, app) -> list[Figure]:
    """300 contacts of one circle moved to another as one undoable step, through the window."""
    from playhouse.test_utils import count_queries

    chosen = [row.id for row in rows if row.circle_key == "peers"][:300]
    samples, counts = [], []
    for _ in range(3):
        with count_queries() as counted:
            started = time.perf_counter()
            window.move_contacts(chosen, "acquaintances")
            app.processEvents()
            samples.append((time.perf_counter() - started) * 1000)
        counts.append(counted.count)
        window.undo_stack.undo()
        app.processEvents()
    return [
        Figure("edit: move 300 selected (ms)", size, median(samples)),
        Figure("edit: move 300 selected, queries", size, max(counts)),
    ]


def _longest_stall(app, action) -> float:
    """Run `action` with a 5 ms heartbeat timer beating: the longest gap between beats, ms."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    gaps, clock = [0], QElapsedTimer()
    beat = QTimer()
    beat.setInterval(5)
    beat.timeout.connect(lambda: gaps.append(clock.restart()))
    app.processEvents()
    clock.start()
    beat.start()
    action()
    app.processEvents()
    gaps.append(clock.elapsed())  # the time since the last beat counts too
    beat.stop()
    return float(max(gaps))


def _stalls(window, size: int, app, folder: Path) -> list[Figure]:
    """Import, export and print in the window, dialogs answered at once."""
    from networkcircles.ui.dialogs import print_summary
    from networkcircles.ui.dialogs.export_contacts import ExportChoice, ExportContactsDialog
    from networkcircles.ui.dialogs.import_preview import ImportPreviewDialog

    count = min(size, 10_000)
    cards = folder / "stall.vcf"
    with cards.open("w", encoding="utf-8", newline="") as out:
        for i in range(count):
            out.write(
                f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Stall{i};Test;;;\r\nFN:Test Stall{i}\r\n"
                f"EMAIL:stall{i}@example.com\r\nTEL:+1 555 {i:07d}\r\nEND:VCARD\r\n"
            )
    saved = (
        ImportPreviewDialog.ask,
        ExportContactsDialog.ask,
        print_summary.PrintSummaryDialog.ask_pdf_path,
    )
    ImportPreviewDialog.ask = classmethod(lambda cls, parent, plan: None)
    choice = ExportChoice(folder / "stall-export.vcf", "vcard", None)
    ExportContactsDialog.ask = classmethod(lambda cls, *args: choice)
    pdf = folder / "stall.pdf"
    print_summary.PrintSummaryDialog.ask_pdf_path = staticmethod(lambda *args: pdf)
    try:
        # The index, not count(): a push drops the steps undone before it (the edits above
        # leave some), so the count may not grow. The kept network stays as it was built.
        step = window.undo_stack.index()
        imported = _longest_stall(app, lambda: window.files.import_files([cards]))
        if window.undo_stack.index() != step + 1:
            raise RuntimeError("the import wrote nothing: does the kept network hold its contacts?")
        undone = _longest_stall(app, window.undo_stack.undo)
        exported = _longest_stall(app, window.files.export_contacts)
        dialog = print_summary.PrintSummaryDialog(window, "network")
        printed = _longest_stall(app, dialog.save_pdf)
        dialog.deleteLater()
    finally:
        (
            ImportPreviewDialog.ask,
            ExportContactsDialog.ask,
            print_summary.PrintSummaryDialog.ask_pdf_path,
        ) = saved
    return [
        Figure("stall: import 10k vCards (ms)", size, imported),
        Figure("stall: export vCards (ms)", size, exported),
        Figure("stall: whole-network PDF (ms)", size, printed),
        Figure("stall: undo the import (ms)", size, undone),
    ]


def measure(sizes: list[int], quick: bool = False, folder: Path | None = None) -> list[Figure]:
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    runs, repeat = (1, 4) if quick else (5, 12)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as name:
        work = folder or Path(name)
        home = Path(name) / "home"
        home.mkdir()
        for size in sizes:
            store = build_store(work, size)
            wanted = {
                figure
                for figure, goals in [*GOALS.items(), *RATIO_GOALS.items()]
                if size in goals or quick
            }
            if wanted & {"start (s)", "memory (MiB)"}:
                figures += measure_start(store, size, runs, home)
            if wanted & {"repaint (ms)", "zoom step (ms)", "pan step (ms)", "hover (ms)"}:
                figures += measure_diagram(store, size, repeat)
            figures += measure_window(store, size, repeat, home)
    return figures


def table(figures: list[Figure]) -> str:
    lines = [
        f"{'figure':<38} {'contacts':>8} {'goal':>8} {'measured':>9} {'floor':>8} "
        f"{'ratio':>6}  verdict"
    ]
    for f in figures:
        goals = ([] if f.goal is None else [f"{f.goal:g}"]) + (
            [] if f.ratio_goal is None else [f"{f.ratio_goal:g}x"]
        )
        goal = ", ".join(goals) or "—"
        floor = "—" if f.floor is None else f"{f.floor:.3g}"
        ratio = "—" if f.ratio is None else f"{f.ratio:.2f}"
        verdict = {True: "ok", False: "OVER", None: ""}[f.ok]
        lines.append(
            f"{f.name:<38} {f.size:>8,} {goal:>8} {f.value:>9.3g} {floor:>8} {ratio:>6}  {verdict}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    parser.add_argument("--quick", action="store_true", help="one run each, fewer repeats")
    parser.add_argument("--keep", type=Path, help="build (and reuse) the networks here")
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    figures = measure(args.sizes, args.quick, args.keep)
    print(table(figures))
    print("\nall within goal" if all(f.ok is not False for f in figures) else "\nSOME OVER GOAL")


if __name__ == "__main__":
    main()
