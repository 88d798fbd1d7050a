"""Start networkcircles (or, with --floor, a bare window) and report when it first painted.

Run by bench_scale.py in a fresh process: `python first_paint.py STARTED [--db PATH | --floor]`
where STARTED is time.time() just before the process was spawned. Prints one JSON line:
{"first_paint": seconds from STARTED to the end of the window's first paint,
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


def report(started: float, painted: float) -> None:
    print(json.dumps({"first_paint": painted - started, "rss_mib": rss_mib()}), flush=True)


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
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from networkcircles.ui import app as ui_app

    first = ui_app.after_first_paint
    ui_app._daily_backup = lambda path: None  # a benchmark's store needs no backups

    def after_first_paint(widget, *callbacks) -> None:
        painted = time.time()

        def finish() -> None:
            for callback in callbacks:  # the deferred work, so memory counts it
                callback()
            report(started, painted_at[0])
            QApplication.instance().quit()

        painted_at = [painted]

        def mark() -> None:
            painted_at[0] = time.time()
            QTimer.singleShot(0, finish)

        first(widget, mark)

    ui_app.after_first_paint = after_first_paint
    ui_app.run_window(db)


def main() -> None:
    started = float(sys.argv[1])
    if sys.argv[2] == "--floor":
        floor(started)
    else:
        networkcircles(started, Path(sys.argv[3]))


if __name__ == "__main__":
    main()
