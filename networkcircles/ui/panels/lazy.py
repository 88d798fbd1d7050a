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
_HELD = "held_for_first_paint"  # dock property: came into sight while its window held
_WAITING = "waiting_refreshes"  # dock attribute: the refreshes waiting for it to be shown


def _dock_of(widget: QWidget) -> QDockWidget | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QDockWidget):
            return parent
        parent = parent.parentWidget()
    return None


def _main_window(dock: QDockWidget) -> QWidget:
    """The window the dock belongs to, floating or not."""
    parent = dock.parentWidget()
    return (parent or dock).window()


def _waiting(dock: QDockWidget) -> list[Callable[[], None]]:
    """The refreshes waiting for `dock` to be shown."""
    waiting: list[Callable[[], None]] = getattr(dock, _WAITING, [])
    return waiting


def _take_waiting(dock: QDockWidget) -> list[Callable[[], None]]:
    """The refreshes waiting for `dock`, which then has none left."""
    waiting = _waiting(dock)
    setattr(dock, _WAITING, [])
    return waiting


def follow(dock: QDockWidget) -> None:
    """Track whether the dock is in sight, and run the refreshes that waited for it. A
    panel built when its dock is first shown needs it followed from before: its first
    refresh then knows the dock is in sight."""
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
        if not shown:
            return
        if _main_window(dock).property(_HOLD):
            dock.setProperty(_HELD, True)  # its refreshes wait for the window's first paint
        else:
            # Next turn of the event loop: as a window opens every tabbed dock is shown for
            # an instant before its group settles on one tab, and the first paint comes first.
            QTimer.singleShot(0, catch_up)

    dock.visibilityChanged.connect(visibility_changed)


def in_sight(dock: QDockWidget) -> bool:
    """Whether the dock's last visibilityChanged said "shown" (follow() must watch it)."""
    return bool(dock.property(_IN_SIGHT))


def postponed(widget: QWidget, refresh: Callable[[], object]) -> bool:
    """True when `widget` sits in a dock that is hidden or behind another tab, or that came
    into sight as its window opened and the window has not painted yet (a panel built for
    the first paint): `refresh` then runs when the dock is next shown, or the window has
    painted, once, however many changes came meanwhile. A panel used on its own (tests,
    dialogs) is never postponed."""
    dock = _dock_of(widget)
    if dock is None:
        return False
    if dock.property(_IN_SIGHT) and not dock.property(_HELD):
        return False
    follow(dock)
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
    dock.setProperty(_HELD, False)
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
            dock.setProperty(_HELD, False)
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
