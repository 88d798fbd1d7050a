"""Start networkcircles (or, with --floor, a bare window) and report when it first painted.

Run by bench_scale.py in a fresh process: `python first_paint.py STARTED [--db PATH | --floor]`
where STARTED is time.time() just before the process was spawned. Prints one JSON line:
{"first_paint": seconds from STARTED to the end of the window's first paint,
 "cpu_first_paint": CPU seconds the process (every thread) had used by then,
 "main_cpu_first_paint": of which the main thread's (work on other threads is left out),
 "filled": seconds from STARTED until the window is complete: every panel in sight filled
 in and the deferred start-up work done (the bare window: its first paint),
 "rss_mib": resident memory once the window shows (and its deferred start-up work ran)}.
"""

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def cpu_now() -> tuple[float, float]:
    """CPU seconds used so far by the process and by the calling thread."""
    return time.process_time(), time.thread_time()


def report(
    started: float,
    painted: float,
    filled: float | None = None,
    cpu: tuple[float, float] | None = None,
) -> None:
    found = {"first_paint": painted - started, "rss_mib": rss_mib()}
    found["cpu_first_paint"], found["main_cpu_first_paint"] = cpu or cpu_now()
    found["filled"] = (filled if filled is not None else painted) - started
    print(json.dumps(found), flush=True)


def floor(started: float) -> None:
    """A bare QWidget window with peewee and qtawesome loaded (and one icon made)."""
    import peewee  # noqa: F401
    import qtawesome as qta
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([])
    window = QWidget()
    window.setWindowIcon(qta.icon("mdi6.magnify"))
    window.resize(1400, 900)
    painted: list[float] = []

    class Watch(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(0.0)
                QTimer.singleShot(0, done)
            return False

    def done() -> None:
        painted[0] = time.time()
        report(started, painted[0])
        app.quit()

    watch = Watch()
    window.installEventFilter(watch)
    window.show()
    app.exec()


def networkcircles(started: float, db: Path) -> None:
    """The app's own start (ui/app.run_window): the first paint's end, then the moment the
    window says it is complete (MainWindow.start_up.finished: the docks in sight filled in,
    the diagram's marks drawn, icons loaded)."""
    from PySide6.QtWidgets import QApplication

    from networkcircles.ui import app as ui_app
    from networkcircles.ui.first_paint import after_first_paint
    from networkcircles.ui.main_window import MainWindow

    ui_app._daily_backup = lambda path: None  # a benchmark's store needs no backups
    painted: list[float] = []
    cpu: list[tuple[float, float]] = []
    built = MainWindow.__init__

    def watched_init(window, *args, **kwargs) -> None:
        built(window, *args, **kwargs)
        # Installed after the window's own: runs first, when the first paint is done.
        after_first_paint(window, lambda: (painted.append(time.time()), cpu.append(cpu_now())))

        def complete() -> None:
            filled = time.time()
            report(started, painted[0], filled, cpu[0])
            QApplication.instance().quit()

        window.start_up.finished.connect(complete)

    MainWindow.__init__ = watched_init
    ui_app.run_window(db)


def main() -> None:
    started = float(sys.argv[1])
    if sys.argv[2] == "--floor":
        floor(started)
    else:
        networkcircles(started, Path(sys.argv[3]))


if __name__ == "__main__":
    main()
