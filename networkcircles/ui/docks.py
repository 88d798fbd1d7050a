"""The side panels beyond the contact list and details: placed, built and connected here, so
the main window stays about the diagram and the contacts.

Each panel is built, and its module imported, when its dock is first shown or when code
first asks for it (`PanelDocks.activity`, …): at start-up only the docks in sight cost
anything, and the first paint waits for none of the others. The docks themselves exist
from the start, empty, so the View menu, the saved layout and Reset Layout know them all.
"""

from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea, QWidget

from networkcircles.store import queries
from networkcircles.ui.panels.lazy import bring_forward, follow, in_sight
from networkcircles.ui.text import plain_labels

if TYPE_CHECKING:
    from networkcircles.ui.bridge import StoreBridge
    from networkcircles.ui.panels.associations import AssociationsPanel
    from networkcircles.ui.panels.balance import BalancePanel
    from networkcircles.ui.panels.contact_activity import ContactActivityPanel
    from networkcircles.ui.panels.due import DuePanel
    from networkcircles.ui.panels.event_calendar import ContactEventsList, EventCalendarPanel
    from networkcircles.ui.panels.leads import LeadsPanel
    from networkcircles.ui.panels.reliability import ReliabilityPanel
    from networkcircles.ui.read_only import ReadOnlyState

LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea


def _focus_chain(window: QWidget) -> list[QWidget]:
    """The window's widgets that Tab can reach, in the order it reaches them."""
    chain = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


class OnePersonPanel(Protocol):
    """A panel about the selected contact (activity, events met, reliability)."""

    def show_contact(self, contact_id: int | None) -> None: ...


class NetworkPanel(Protocol):
    """A panel about the whole network that forgets it when another opens."""

    def reset(self) -> None: ...


class PanelsWindow(Protocol):
    """What the panels' docks need of the main window (MainWindow is one)."""

    bridge: "StoreBridge"
    undo_stack: QUndoStack
    read_only_state: "ReadOnlyState"
    network_replaced: SignalInstance
    list_dock: QDockWidget
    details_dock: QDockWidget

    def show_contact_details(self, contact_id: int) -> None: ...

    def select_contact(self, contact_id: int | None) -> None: ...


def _descriptions() -> dict[str, str]:
    def say(text: str) -> str:
        return QCoreApplication.translate("PanelDocks", text)

    return {
        "contactListDock": say("All your contacts and their circles; search or filter by circle"),
        "contactDetailsDock": say("The selected contact's details, to read and edit"),
        "triageDock": say("Give each unplaced person a circle, one by one"),
        "activityDock": say("The selected contact's interactions, follow-up and introductions"),
        "eventsMetDock": say("Events where you met the selected contact"),
        "reliabilityDock": say("Whether the selected acquaintance should hear about your search"),
        "dueDock": say("Follow-ups and events that are due, the most urgent first"),
        "leadsDock": say("Job leads and tips, and who shared them"),
        "eventCalendarDock": say("Networking events, career fairs, meetings and job clubs"),
        "associationsDock": say("Associations compared by cost and return"),
        "balanceDock": say("How recently each circle heard from you: the ones you neglect"),
    }


def describe_dock(dock: QDockWidget, descriptions: dict[str, str] | None = None) -> None:
    """What a screen reader says of the dock's panel: its title, and what it is for. A panel
    that describes itself (contact details: who is shown) keeps its own words."""
    shown = dock.widget()
    if shown is None:
        return  # not built yet: described when it is
    said = _descriptions() if descriptions is None else descriptions
    for widget in (shown, shown.widget() if isinstance(shown, QScrollArea) else None):
        if widget is None:
            continue
        if not widget.accessibleName():
            widget.setAccessibleName(dock.windowTitle())
        if not widget.accessibleDescription():
            widget.setAccessibleDescription(said.get(dock.objectName(), ""))


def describe_docks(window: QMainWindow) -> None:
    """describe_dock for every dock of the window whose panel is built."""
    said = _descriptions()
    for dock in window.findChildren(QDockWidget):
        describe_dock(dock, said)


def fill_dock(dock: QDockWidget, widget: QWidget, scroll: bool = False) -> None:
    """Put `widget` in `dock`, wherever the dock is."""
    plain_labels(widget)  # names from someone else's vCard are shown, never rendered
    if scroll:
        # A roomy panel scrolls rather than forcing its size on the docks tabbed with it.
        area_widget = QScrollArea()
        area_widget.setWidgetResizable(True)
        area_widget.setFrameShape(QFrame.Shape.NoFrame)
        area_widget.setWidget(widget)
        dock.setWidget(area_widget)
    else:
        dock.setWidget(widget)


def place_in_dock(
    window: QMainWindow,
    dock: QDockWidget,
    widget: QWidget,
    area: Qt.DockWidgetArea,
    scroll: bool = False,
) -> QDockWidget:
    fill_dock(dock, widget, scroll)
    window.addDockWidget(area, dock)
    return dock


def make_dock(
    window: QMainWindow,
    widget: QWidget,
    title: str,
    name: str,
    area: Qt.DockWidgetArea,
    scroll: bool = False,
) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)  # saveState() finds docks by name
    return place_in_dock(window, dock, widget, area, scroll)


class PanelDocks:
    """Activity, reliability, events met, due, leads, calendar, associations and balance."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.host = cast(PanelsWindow, window)  # the same window, by what it offers
        tr = window.tr

        def dock(title: str, name: str) -> QDockWidget:
            made = QDockWidget(title, window)
            made.setObjectName(name)  # saveState() finds docks by name
            return made

        self.activity_dock = dock(tr("Activity"), "activityDock")
        self.events_met_dock = dock(tr("Met at events"), "eventsMetDock")
        self.reliability_dock = dock(tr("Reliability"), "reliabilityDock")
        self.due_dock = dock(tr("Due"), "dueDock")
        self.leads_dock = dock(tr("Leads and tips"), "leadsDock")
        self.calendar_dock = dock(tr("Event calendar"), "eventCalendarDock")
        self.associations_dock = dock(tr("Associations"), "associationsDock")
        self.balance_dock = dock(tr("Mix it up"), "balanceDock")
        self._makers: dict[QDockWidget, Callable[[QDockWidget], QWidget]] = {
            self.activity_dock: self._make_activity,
            self.events_met_dock: self._make_events_met,
            self.reliability_dock: self._make_reliability,
            self.due_dock: self._make_due,
            self.leads_dock: self._make_leads,
            self.calendar_dock: self._make_calendar,
            self.associations_dock: self._make_associations,
            self.balance_dock: self._make_balance,
        }
        # Roomy panels scroll rather than forcing their size on the docks tabbed with them.
        self._scrolled = {
            self.reliability_dock,
            self.leads_dock,
            self.calendar_dock,
            self.associations_dock,
            self.balance_dock,
        }
        # Where Tab reaches each panel, after the contact details: the order it had when all
        # were built with the window (a panel in a scroll area came after the next one made).
        self._tab_order = [
            self.activity_dock,
            self.events_met_dock,
            self.due_dock,
            self.reliability_dock,
            self.leads_dock,
            self.calendar_dock,
            self.associations_dock,
            self.balance_dock,
        ]
        # The panels about the selected contact, in the order they are told of a new one.
        self._one_person = (self.activity_dock, self.reliability_dock, self.events_met_dock)
        # The panels that forget the old network when another is opened.
        self._network_wide = (
            self.calendar_dock,
            self.associations_dock,
            self.leads_dock,
            self.balance_dock,
        )
        self._built: dict[QDockWidget, QWidget] = {}
        self._contact_id: int | None = None  # who the one-person panels show, built or not
        # As the window first shows, the dock tabbed last in each group is in sight for a
        # moment before the window raises the first tabs, and arrange() shows every dock
        # as it places it: panels are built once the tabs have settled.
        self._window_shown = False
        self._arranging = False
        for made in self.docks():
            window.addDockWidget(LEFT if made in (self.due_dock, self.leads_dock) else RIGHT, made)
            follow(made)  # first: a panel built as its dock shows then knows it is in sight
            made.visibilityChanged.connect(lambda shown, d=made: self._shown(d, shown))
        self.arrange()
        self.host.network_replaced.connect(self.reset)

    # the panels, built on first use

    @property
    def activity(self) -> "ContactActivityPanel":
        return cast("ContactActivityPanel", self.panel(self.activity_dock))

    @property
    def events_met(self) -> "ContactEventsList":
        return cast("ContactEventsList", self.panel(self.events_met_dock))

    @property
    def reliability(self) -> "ReliabilityPanel":
        return cast("ReliabilityPanel", self.panel(self.reliability_dock))

    @property
    def due(self) -> "DuePanel":
        return cast("DuePanel", self.panel(self.due_dock))

    @property
    def leads(self) -> "LeadsPanel":
        return cast("LeadsPanel", self.panel(self.leads_dock))

    @property
    def calendar(self) -> "EventCalendarPanel":
        return cast("EventCalendarPanel", self.panel(self.calendar_dock))

    @property
    def associations(self) -> "AssociationsPanel":
        return cast("AssociationsPanel", self.panel(self.associations_dock))

    @property
    def balance(self) -> "BalancePanel":
        return cast("BalancePanel", self.panel(self.balance_dock))

    def window_shown(self) -> None:
        """The window has shown and settled on its front tabs: build the panels in sight,
        before its first paint, and from now on each panel as its dock is shown."""
        self._window_shown = True
        self._build_in_sight()

    def _build_in_sight(self) -> None:
        for dock in self.docks():
            if in_sight(dock):
                self.panel(dock)

    def _shown(self, dock: QDockWidget, shown: bool) -> None:
        if shown and self._window_shown and not self._arranging:
            self.panel(dock)

    def is_built(self, dock: QDockWidget) -> bool:
        return dock in self._built

    def panel(self, dock: QDockWidget) -> QWidget:
        """The dock's panel, built now if it was not."""
        panel = self._built.get(dock)
        if panel is not None:
            return panel
        panel = self._makers[dock](dock)
        if dock in self._one_person and self._contact_id is not None:
            cast(OnePersonPanel, panel).show_contact(self._contact_id)
        self._built[dock] = panel
        fill_dock(dock, panel, scroll=dock in self._scrolled)
        if dock.isVisible():
            dock.widget().show()  # now, not on the layout's next turn: the paint shows it
        describe_dock(dock)
        self._keep_tab_order(dock)
        return panel

    def _keep_tab_order(self, dock: QDockWidget) -> None:
        """A widget made later joins the end of the window's focus chain, so Tab would reach
        a panel built late after the docks' tab bars and the triage. Put it back where it
        was when every panel was built with the window: after the contact details and the
        panels before it."""
        chain = _focus_chain(self.window)
        order = self._tab_order
        anchor: QWidget | None = None
        for before in reversed([self.host.details_dock, *order[: order.index(dock)]]):
            inside = [widget for widget in chain if before.isAncestorOf(widget)]
            if inside:
                anchor = inside[-1]
                break
        for widget in (widget for widget in chain if dock.isAncestorOf(widget)):
            if anchor is not None:
                QWidget.setTabOrder(anchor, widget)
            anchor = widget

    def _make_activity(self, dock: QDockWidget) -> QWidget:
        from networkcircles.ui.panels.contact_activity import ContactActivityPanel

        panel = ContactActivityPanel(self.host.bridge, self.host.undo_stack, dock)
        self.host.read_only_state.guard_panel(panel)
        return panel

    def _make_events_met(self, dock: QDockWidget) -> QWidget:
        from networkcircles.ui.panels.event_calendar import ContactEventsList

        panel = ContactEventsList(dock)
        panel.event_activated.connect(self.show_event)
        return panel

    def _make_reliability(self, dock: QDockWidget) -> QWidget:
        from networkcircles.ui.panels.reliability import ReliabilityPanel

        panel = ReliabilityPanel(self.host.bridge, self.host.undo_stack, dock)
        self.host.read_only_state.guard_panel(panel)
        return panel

    def _make_due(self, dock: QDockWidget) -> QWidget:
        from networkcircles.ui.panels.due import DuePanel

        panel = DuePanel(self.host.bridge, None, dock)
        panel.contact_activated.connect(self.host.show_contact_details)
        panel.event_activated.connect(self.show_event)
        return panel

    def _make_leads(self, dock: QDockWidget) -> QWidget:
        from networkcircles.ui.panels.leads import LeadsPanel

        panel = LeadsPanel(self.host.bridge, self.host.undo_stack, dock)
        looks = [panel.kind_filter, panel.status_filter, panel.source_button]
        self.host.read_only_state.guard_panel(panel, spare=looks)  # the filters only look
        panel.contact_activated.connect(self.host.show_contact_details)
        return panel

    def _make_calendar(self, dock: QDockWidget) -> QWidget:
        from networkcircles.ui.panels.event_calendar import EventCalendarPanel

        panel = EventCalendarPanel(self.host.bridge, self.host.undo_stack, dock)
        self.host.read_only_state.guard_panel(panel)
        panel.contact_activated.connect(self.host.show_contact_details)
        return panel

    def _make_associations(self, dock: QDockWidget) -> QWidget:
        from networkcircles.ui.panels.associations import AssociationsPanel

        panel = AssociationsPanel(self.host.bridge, self.host.undo_stack, dock)
        self.host.read_only_state.guard_panel(panel)
        panel.contact_activated.connect(self.host.show_contact_details)
        panel.event_activated.connect(self.show_event)
        return panel

    def _make_balance(self, dock: QDockWidget) -> QWidget:
        from networkcircles.ui.panels.balance import BalancePanel

        return BalancePanel(self.host.bridge, None, dock)

    # the docks

    def arrange(self) -> None:
        """The default layout, also View ▸ Reset Layout: the diagram has the whole height and
        most of the width. Lists and the calendar tabbed on the left, one person's panels and
        the network-wide comparisons tabbed on the right; nothing below the diagram."""
        self._arranging = True
        try:
            self._place_groups()
        finally:
            self._arranging = False
        if self._window_shown:
            self._build_in_sight()

    def _place_groups(self) -> None:
        window = self.window
        groups = (
            (LEFT, [self.host.list_dock, self.due_dock, self.leads_dock, self.calendar_dock]),
            (
                RIGHT,
                [
                    self.host.details_dock,
                    self.activity_dock,
                    self.events_met_dock,
                    self.reliability_dock,
                    self.balance_dock,
                    self.associations_dock,
                ],
            ),
        )
        for area, group in groups:
            for dock in group:
                dock.setFloating(False)
                window.addDockWidget(area, dock)
                dock.show()
            for before, after in pairwise(group):
                window.tabifyDockWidget(before, after)
            group[0].raise_()

    def docks(self) -> list[QDockWidget]:
        return list(self._makers)

    def reset(self) -> None:
        """Another network is open: each panel forgets what it showed of the old one and
        reads the new one (a hidden panel when it is next shown; one not built yet has
        nothing to forget)."""
        self.show_contact(None)
        for dock in self._network_wide:
            if self.is_built(dock):
                cast(NetworkPanel, self._built[dock]).reset()
        if self.is_built(self.due_dock):
            self.due.refresh()

    def show_contact(self, contact_id: int | None) -> None:
        self._contact_id = contact_id  # a one-person panel built later starts with them
        for dock in self._one_person:
            if self.is_built(dock):
                cast(OnePersonPanel, self._built[dock]).show_contact(contact_id)
        row = queries.contact_row(contact_id) if contact_id is not None else None
        if row is not None and row.circle_key == "acquaintances":
            bring_forward(self.reliability_dock)  # the flag is what this circle needs most

    def show_event(self, event_id: int) -> None:
        bring_forward(self.calendar_dock)
        self.calendar.show_event(event_id)

    def remind_due(self) -> bool:
        """At start-up: bring the Due list forward when something is due. True if it did."""
        count = self.due.due_count()
        if count:
            bring_forward(self.due_dock)
            self.window.statusBar().showMessage(
                self.window.tr("One follow-up or event needs you: see the Due list")
                if count == 1
                else self.window.tr(
                    "%n follow-ups and events need you: see the Due list", "", count
                ),
                15000,
            )
        return bool(count)

    def log_interaction(self, contact_id: int) -> None:
        self.host.select_contact(contact_id)
        bring_forward(self.activity_dock)
        self.activity.log_interaction()
