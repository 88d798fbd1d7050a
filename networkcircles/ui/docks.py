"""The side panels beyond the contact list and details: built, placed and connected here, so
the main window stays about the diagram and the contacts."""

from itertools import pairwise
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea, QWidget

from networkcircles.store import queries
from networkcircles.ui.panels.associations import AssociationsPanel
from networkcircles.ui.panels.balance import BalancePanel
from networkcircles.ui.panels.contact_activity import ContactActivityPanel
from networkcircles.ui.panels.due import DuePanel
from networkcircles.ui.panels.event_calendar import ContactEventsList, EventCalendarPanel
from networkcircles.ui.panels.lazy import bring_forward
from networkcircles.ui.panels.leads import LeadsPanel
from networkcircles.ui.panels.reliability import ReliabilityPanel
from networkcircles.ui.text import plain_labels

if TYPE_CHECKING:
    from networkcircles.ui.bridge import StoreBridge

LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea


class PanelsWindow(Protocol):
    """What the panels' docks need of the main window (MainWindow is one)."""

    bridge: "StoreBridge"
    undo_stack: QUndoStack
    network_replaced: SignalInstance
    list_dock: QDockWidget
    details_dock: QDockWidget

    def show_contact_details(self, contact_id: int) -> None: ...

    def select_contact(self, contact_id: int | None) -> None: ...


def describe_docks(window: QMainWindow) -> None:
    """What a screen reader says of each dock's panel: its title, and what it is for. A panel
    that describes itself (contact details: who is shown) keeps its own words."""

    def say(text: str) -> str:
        return QCoreApplication.translate("PanelDocks", text)

    descriptions = {
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
    for dock in window.findChildren(QDockWidget):
        shown = dock.widget()
        widgets = [shown, shown.widget() if isinstance(shown, QScrollArea) else None]
        for widget in widgets:
            if widget is None:
                continue
            if not widget.accessibleName():
                widget.setAccessibleName(dock.windowTitle())
            if not widget.accessibleDescription():
                widget.setAccessibleDescription(descriptions.get(dock.objectName(), ""))


def place_in_dock(
    window: QMainWindow,
    dock: QDockWidget,
    widget: QWidget,
    area: Qt.DockWidgetArea,
    scroll: bool = False,
) -> QDockWidget:
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
        bridge, stack = self.host.bridge, self.host.undo_stack
        tr = window.tr

        def dock(title: str, name: str) -> QDockWidget:
            made = QDockWidget(title, window)
            made.setObjectName(name)
            return made

        # Docks first, panels as their children: a panel out of sight then postpones its
        # first read of the store until it is shown (panels/lazy.py), even at start-up.
        self.activity_dock = dock(tr("Activity"), "activityDock")
        self.events_met_dock = dock(tr("Met at events"), "eventsMetDock")
        self.reliability_dock = dock(tr("Reliability"), "reliabilityDock")
        self.due_dock = dock(tr("Due"), "dueDock")
        self.leads_dock = dock(tr("Leads and tips"), "leadsDock")
        self.calendar_dock = dock(tr("Event calendar"), "eventCalendarDock")
        self.associations_dock = dock(tr("Associations"), "associationsDock")
        self.balance_dock = dock(tr("Mix it up"), "balanceDock")
        self.activity = ContactActivityPanel(bridge, stack, self.activity_dock)
        self.reliability = ReliabilityPanel(bridge, stack, self.reliability_dock)
        self.events_met = ContactEventsList(self.events_met_dock)
        self.due = DuePanel(bridge, None, self.due_dock)
        self.leads = LeadsPanel(bridge, stack, self.leads_dock)
        self.calendar = EventCalendarPanel(bridge, stack, self.calendar_dock)
        self.associations = AssociationsPanel(bridge, stack, self.associations_dock)
        self.balance = BalancePanel(bridge, None, self.balance_dock)
        place_in_dock(window, self.activity_dock, self.activity, RIGHT)
        place_in_dock(window, self.events_met_dock, self.events_met, RIGHT)
        place_in_dock(window, self.reliability_dock, self.reliability, RIGHT, scroll=True)
        place_in_dock(window, self.due_dock, self.due, LEFT)
        place_in_dock(window, self.leads_dock, self.leads, LEFT, scroll=True)
        place_in_dock(window, self.calendar_dock, self.calendar, RIGHT, scroll=True)
        place_in_dock(window, self.associations_dock, self.associations, RIGHT, scroll=True)
        place_in_dock(window, self.balance_dock, self.balance, RIGHT, scroll=True)

        self.arrange()

        for panel in (self.due, self.leads, self.calendar, self.associations):
            panel.contact_activated.connect(self.host.show_contact_details)
        for source in (self.due, self.associations, self.events_met):
            source.event_activated.connect(self.show_event)
        self.host.network_replaced.connect(self.reset)

    def arrange(self) -> None:
        """The default layout, also View ▸ Reset Layout: the diagram has the whole height and
        most of the width. Lists and the calendar tabbed on the left, one person's panels and
        the network-wide comparisons tabbed on the right; nothing below the diagram."""
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
        return [
            self.activity_dock,
            self.events_met_dock,
            self.reliability_dock,
            self.due_dock,
            self.leads_dock,
            self.calendar_dock,
            self.associations_dock,
            self.balance_dock,
        ]

    def reset(self) -> None:
        """Another network is open: each panel forgets what it showed of the old one and
        reads the new one (a hidden panel when it is next shown)."""
        self.show_contact(None)
        for panel in (self.calendar, self.associations, self.leads, self.balance):
            panel.reset()
        self.due.refresh()

    def show_contact(self, contact_id: int | None) -> None:
        self.activity.show_contact(contact_id)
        self.reliability.show_contact(contact_id)
        self.events_met.show_contact(contact_id)
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
