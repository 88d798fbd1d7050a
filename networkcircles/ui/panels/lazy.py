"""Panels in docks that nobody is looking at skip their refreshes and catch up when shown.

At 50,000 contacts every refresh of every side panel on each edit (and at start-up) costs
more than the edit itself; a hidden dock, or one behind another tab, need not pay it. A dock
behind another tab still reports isVisible(), so what counts is the dock's own
visibilityChanged signal, which follows its tab.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget

_IN_SIGHT = "in_sight"  # dock property: its last visibilityChanged said "shown"
_PENDING = "refresh_pending"  # panel property: a refresh waits for its dock to be shown
_HOLD = "refreshes_after_first_paint"  # window property: catch-ups wait for its first paint
_WAITING = "waiting_refreshes"  # dock attribute: the refreshes waiting for it to be shown


def _dock_of(widget: QWidget) -> QDockWidget | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QDockWidget):
            return parent
        parent = parent.parentWidget()
    return None


def _waiting(dock: QDockWidget) -> list[Callable[[], None]]:
    """The refreshes waiting for `dock` to be shown."""
    waiting: list[Callable[[], None]] = getattr(dock, _WAITING, [])
    return waiting


def _take_waiting(dock: QDockWidget) -> list[Callable[[], None]]:
    """The refreshes waiting for `dock`, which then has none left."""
    waiting = _waiting(dock)
    setattr(dock, _WAITING, [])
    return waiting


def _follow(dock: QDockWidget) -> None:
    """Track whether the dock is in sight, and run the refreshes that waited for it."""
    if dock.property("followed"):
        return
    dock.setProperty("followed", True)

    def catch_up() -> None:
        if not dock.property(_IN_SIGHT):
            return  # only in sight for a moment: a tab behind another as the window opened
        for run in _take_waiting(dock):
            run()

    def visibility_changed(shown: bool) -> None:
        dock.setProperty(_IN_SIGHT, shown)
        if shown and not dock.window().property(_HOLD):
            # Next turn of the event loop: as a window opens every tabbed dock is shown for
            # an instant before its group settles on one tab, and the first paint comes first.
            QTimer.singleShot(0, catch_up)

    dock.visibilityChanged.connect(visibility_changed)


def postponed(widget: QWidget, refresh: Callable[[], object]) -> bool:
    """True when `widget` sits in a dock that is hidden or behind another tab: `refresh`
    then runs when the dock is next shown, once, however many changes came meanwhile. A
    panel used on its own (tests, dialogs) is never postponed."""
    dock = _dock_of(widget)
    if dock is None or dock.property(_IN_SIGHT):
        return False
    _follow(dock)
    if not widget.property(_PENDING):
        widget.setProperty(_PENDING, True)

        def run() -> None:
            widget.setProperty(_PENDING, False)
            refresh()

        setattr(dock, _WAITING, [*_waiting(dock), run])
    return True


def bring_forward(dock: QDockWidget) -> None:
    """Show and raise a dock and bring its panel up to date now, not on the next turn of the
    event loop: for code that uses the panel straight after (the Due list at start-up, the
    triage after an import)."""
    dock.show()
    dock.raise_()
    dock.setProperty(_IN_SIGHT, True)
    for run in _take_waiting(dock):
        run()


def hold_until_painted(window: QWidget) -> None:
    """Docks in sight as the window opens catch up only once it has painted: the window
    appears first, its side panels fill in a moment later."""
    from networkcircles.ui.first_paint import after_first_paint

    window.setProperty(_HOLD, True)

    def release() -> None:
        window.setProperty(_HOLD, False)
        for dock in window.findChildren(QDockWidget):
            if dock.property(_IN_SIGHT):
                for run in _take_waiting(dock):
                    run()

    after_first_paint(window, release)


class RefreshCoalescer(QObject):
    """One refresh per turn of the event loop, however many changes asked for one: an edit
    that announces itself on two signals, or ten edits in a row, cost one recomputation.
    The refresh still waits while the panel's dock is out of sight (`postponed`)."""

    def __init__(self, widget: QWidget, refresh: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget, self._refresh = widget, refresh
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run)

    def request(self, *_args: object) -> None:
        """Ask for a refresh (signal arguments are ignored)."""
        if not self._timer.isActive():
            self._timer.start()

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Run an asked-for refresh now, for code that reads the panel straight after."""
        if self._timer.isActive():
            self._timer.stop()
            self._run()

    def _run(self) -> None:
        if not postponed(self._widget, self._refresh):
            self._refresh()
