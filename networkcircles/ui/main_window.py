"""The main window: the diagram in the centre, the contact docks beside it, menus and undo."""

from collections.abc import Callable, Iterator
from datetime import date
from itertools import chain
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

from networkcircles.diagram.scene import CirclesScene
from networkcircles.diagram.view import CirclesView
from networkcircles.services import reliability
from networkcircles.store import circle_queries, queries
from networkcircles.store.db import is_read_only
from networkcircles.store.rows_ahead import ContactRowsAhead
from networkcircles.ui import collector as gc_switch
from networkcircles.ui import theme, window_layout
from networkcircles.ui.actions import (
    CIRCLE_ACTIONS,
    ActionId,
    add_circle_choices,
    build_actions,
    undo_redo_names,
)
from networkcircles.ui.background import run_in_background, run_in_slices
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.commands import (
    AddContactCommand,
    DeleteContactCommand,
    EditCircleCommand,
    EditContactCommand,
    EditContactExtrasCommand,
    MeetWishCommand,
    MoveContactCommand,
    MoveContactsCommand,
    SetFollowUpCommand,
)
from networkcircles.ui.crash_handler import CrashHandler
from networkcircles.ui.diagram_feeds import DiagramFeeds
from networkcircles.ui.dialogs import questions
from networkcircles.ui.dialogs.about import show_about
from networkcircles.ui.docks import PanelDocks, describe_docks, make_dock, place_in_dock
from networkcircles.ui.error_text import cannot_open, refusal_text
from networkcircles.ui.file_controller import NetworkFiles, importable
from networkcircles.ui.first_paint import StartUpWork
from networkcircles.ui.models.contacts_model import ContactsTableModel
from networkcircles.ui.network_read import NetworkRead, read_network
from networkcircles.ui.panels.contact_details import ContactDetailsPanel
from networkcircles.ui.panels.contact_list import ContactListPanel
from networkcircles.ui.panels.lazy import bring_forward, hold_until_painted
from networkcircles.ui.panels.triage import TriagePanel
from networkcircles.ui.read_only import ReadOnlyState
from networkcircles.ui.text import isolate, window_title
from networkcircles.ui.translation import add_missing_mnemonics, shown_circles


class MainWindow(QMainWindow):
    """Signals: network_replaced() once another network file (or a restored copy) fills the
    window and every panel has let go of the old one."""

    network_replaced = Signal()
    # The window's actions by id (build_actions). The name hides QWidget.actions(): the sync
    # controller and tests read the registry by it.
    actions: dict[ActionId, QAction]  # type: ignore[assignment]  # hides QWidget.actions()

    def __init__(
        self,
        store_path: Path,
        parent: QWidget | None = None,
        marks_later: bool = False,
        rows_ahead: ContactRowsAhead | None = None,
    ) -> None:
        """`marks_later`: the caller runs `feeds.reload()` after the first paint (start-up).
        `rows_ahead`: the contacts' rows, being read on another thread meanwhile (start-up)."""
        super().__init__(parent)
        self.store_path = store_path
        self.today = date.today()
        self.undo_stack = QUndoStack(self)
        self.read_only_state = ReadOnlyState(self, self.undo_stack)  # every edit observes it
        self.bridge = StoreBridge(self)
        self.crash_handler = CrashHandler(self)  # failed undo commands; app.py's takes the rest
        self.crash_handler.watch_commands(self.bridge, self.undo_stack, self.read_only_state)
        self.bridge.contacts_changed.connect(self._contacts_changed)
        self.bridge.network_changed.connect(self._network_changed)
        self.bridge.circles_changed.connect(self._circles_changed)
        self.tabifiedDockWidgetActivated.connect(lambda _dock: self._whole_tab_names())
        self.selected_id: int | None = None
        self._verdict_kind: str | None = None
        self.circles: list[queries.CircleRow] = []

        self.scene = CirclesScene(self)
        self.feeds = DiagramFeeds(self.scene, self.bridge)
        self.diagram_view = CirclesView(self.scene)
        self.diagram_view.setAccessibleName(self.tr("Network diagram"))
        self.setCentralWidget(self.diagram_view)

        self.contacts_model = ContactsTableModel(self)
        self.contact_list = ContactListPanel(self.contacts_model)
        self.contact_details = ContactDetailsPanel()
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.list_dock = make_dock(
            self, self.contact_list, self.tr("Contacts"), "contactListDock", left
        )
        self.details_dock = make_dock(
            self, self.contact_details, self.tr("Contact details"), "contactDetailsDock", right
        )
        self.panels = PanelDocks(self)  # before the triage tab: a split tab group adds a tab
        self.triage_dock = QDockWidget(self.tr("Sort unplaced people"), self)
        self.triage_dock.setObjectName("triageDock")
        self.triage = TriagePanel(self.triage_dock)  # reads the tray only once it is shown
        place_in_dock(self, self.triage_dock, self.triage, right)
        self.tabifyDockWidget(self.details_dock, self.triage_dock)
        self.triage_dock.hide()
        describe_docks(self)
        # Tab: the list's search and filters, its table, the diagram, then the person's details
        # (dock order would send it from the list to the panels in the dock area below).
        QWidget.setTabOrder(self.contact_list.table, self.diagram_view)
        QWidget.setTabOrder(self.diagram_view, self.contact_details.editor("name"))
        self.diagram_view.setAcceptDrops(False)  # dropped files go to the window: an import
        self.diagram_view.viewport().setAcceptDrops(False)
        self.setAcceptDrops(True)

        self.actions = build_actions(self, self.undo_stack)
        self._build_menus()
        self._connect()
        # Small enough for a 1366x768 laptop or a 1080p screen at 200 %, never above the screen.
        available = self.screen().availableSize()
        self.setMinimumSize(QSize(760, 500).boundedTo(available))
        self.resize(QSize(1400, 900).boundedTo(available))
        self._layout_settled = False  # docks get their first sizes when the window first shows
        # After the first paint: first the docks in sight catch up (hold_until_painted), then
        # what the app queues here, a piece per turn of the event loop; start_up.finished
        # says the window is complete.
        self.start_up = StartUpWork(self)
        hold_until_painted(self)
        if marks_later:
            # The people to meet go to their band as the dots are first seated: the marks
            # read after the first paint (feeds.reload) then move nobody, where seating
            # them there meant seating the tray and the band again (a few hundred ms).
            wishes = circle_queries.wishes()
            self.scene.set_wishes([(wish.contact_id, wish.introducer_name) for wish in wishes])
        self.reload(
            with_marks=not marks_later, rows=None if rows_ahead is None else rows_ahead.rows()
        )
        self._add_restore_action()
        from networkcircles.ui.sync_controller import SyncController

        self.sync = SyncController(self)  # Sync Now, File ▸ Sync Accounts, a sync every 5 min

    def _add_restore_action(self) -> None:
        """File ▸ Restore from Backup…; a read-only store gets a marked title and no edits."""
        from PySide6.QtGui import QAction

        def restore() -> None:
            from networkcircles.ui.dialogs.restore_backup import RestoreBackupDialog

            if RestoreBackupDialog.run(self, self.store_path):
                self.replace_network()

        self.restore_action = QAction(self.tr("Restore from &Backup…"), self)
        self.restore_action.setStatusTip(self.tr("Put back a copy of this network made earlier"))
        self.restore_action.triggered.connect(restore)
        after = self.file_menu.actions().index(self.recent_menu.menuAction()) + 1
        self.file_menu.insertAction(self.file_menu.actions()[after], self.restore_action)
        a = self.actions
        own_state = [a[ActionId.UNDO], a[ActionId.REDO], a[ActionId.DELETE_CONTACT]]
        context_edits = [
            a[ActionId.LOG_INTERACTION],
            a[ActionId.SET_FOLLOW_UP],
            a[ActionId.FLAG_GOSSIP],
            a[ActionId.ADD_CONTACT_HERE],
            a[ActionId.RENAME_CIRCLE],
            a[ActionId.RECOLOUR_CIRCLE],
        ]
        edits = [
            a[ActionId.IMPORT],
            a[ActionId.NEW_CONTACT],
            a[ActionId.SORT_UNPLACED],
            self.restore_action,
            *context_edits,
            *own_state,
        ]
        switched_off: set[QAction] = set()
        state = self.read_only_state  # the side panels' docks guard each panel as it is built
        state.guard([self.contact_details, self.triage])  # whole: each is only for editing
        state.refused.connect(self.is_editable)  # says why in the status bar

        def apply_read_only() -> None:
            read_only = state.read_only
            self.scene.drags_enabled = not read_only
            for action in edits:
                if read_only and action.isEnabled():
                    if action not in own_state:  # those follow the undo stack and selection
                        switched_off.add(action)
                    action.setEnabled(False)
                elif not read_only and action in switched_off:
                    switched_off.discard(action)
                    action.setEnabled(True)
            self.setAcceptDrops(not read_only)  # a dropped file would be imported

        state.changed.connect(lambda _read_only: apply_read_only())

        def reapply() -> None:
            if state.read_only:
                apply_read_only()

        for action in edits:  # selection and the undo stack switch some back on
            action.changed.connect(reapply)
        apply_read_only()

    # building

    def _build_menus(self) -> None:
        a = self.actions
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([a[ActionId.NEW_NETWORK], a[ActionId.OPEN_NETWORK]])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        file_menu.addSeparator()
        file_menu.addActions([a[ActionId.IMPORT], a[ActionId.EXPORT], a[ActionId.EXPORT_CALENDAR]])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.PRINT_SUMMARY])
        self.file_menu = file_menu
        self.file_end_separator = file_menu.addSeparator()
        file_menu.addAction(a[ActionId.QUIT])

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([a[ActionId.UNDO], a[ActionId.REDO]])
        edit_menu.addSeparator()
        edit_menu.addActions(
            [a[ActionId.NEW_CONTACT], a[ActionId.DELETE_CONTACT], a[ActionId.FIND]]
        )
        self.edit_menu = edit_menu

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions([a[ActionId.ZOOM_IN], a[ActionId.ZOOM_OUT], a[ActionId.FIT]])
        view_menu.addAction(a[ActionId.SHOW_INTRODUCTIONS])
        view_menu.addSeparator()
        view_menu.addAction(self.list_dock.toggleViewAction())
        view_menu.addAction(self.details_dock.toggleViewAction())
        for dock in self.panels.docks():
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        view_menu.addAction(a[ActionId.SORT_UNPLACED])
        view_menu.addAction(self.tr("&Reset Layout"), self.reset_layout)
        view_menu.addSeparator()
        self.theme_group = theme.add_theme_menu(view_menu, self)
        add_missing_mnemonics(view_menu)  # the docks' toggles, named after their titles
        self.view_menu = view_menu

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("Open the &Demo Network"), self.open_demo)
        help_menu.addAction(a[ActionId.ABOUT])

        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.addAction(a[ActionId.NEW_CONTACT])
        undo_name, redo_name = undo_redo_names()
        for action, text in ((a[ActionId.UNDO], undo_name), (a[ActionId.REDO], redo_name)):
            toolbar.addWidget(_steady_button(toolbar, action, text))
        toolbar.addSeparator()
        toolbar.addActions([a[ActionId.ZOOM_IN], a[ActionId.ZOOM_OUT], a[ActionId.FIT]])
        toolbar.addSeparator()
        toolbar.addAction(a[ActionId.FIND])
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        self.files = NetworkFiles(self, self.recent_menu)

    def _connect(self) -> None:
        a = self.actions
        a[ActionId.NEW_NETWORK].triggered.connect(self.files.new_network)
        a[ActionId.OPEN_NETWORK].triggered.connect(self.files.open_network)
        a[ActionId.IMPORT].triggered.connect(lambda: self.files.import_files())
        a[ActionId.EXPORT].triggered.connect(self.files.export_contacts)
        a[ActionId.EXPORT_CALENDAR].triggered.connect(self.files.export_calendar)
        a[ActionId.PRINT_SUMMARY].triggered.connect(lambda: self.files.print_summary())
        a[ActionId.SORT_UNPLACED].triggered.connect(self.show_triage)
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.NEW_CONTACT].triggered.connect(lambda: self.add_contact(None))
        a[ActionId.DELETE_CONTACT].triggered.connect(self.delete_selected)
        a[ActionId.FIND].triggered.connect(self._find)
        a[ActionId.ZOOM_IN].triggered.connect(self.diagram_view.zoom_in)
        a[ActionId.ZOOM_OUT].triggered.connect(self.diagram_view.zoom_out)
        a[ActionId.FIT].triggered.connect(self.diagram_view.fit_all)
        a[ActionId.SHOW_INTRODUCTIONS].toggled.connect(self.feeds.show_lines)
        a[ActionId.ABOUT].triggered.connect(lambda: show_about(self))
        self._connect_context_actions()

    def _connect_context_actions(self) -> None:
        """The context menus' actions: a dot's act on the selected contact, a ring's on the
        circle whose key ring_menu put in their data()."""
        a = self.actions

        def on_selected(action_id: ActionId, run: Callable[[int], object]) -> None:
            def triggered() -> None:
                if self.selected_id is not None:
                    run(self.selected_id)

            a[action_id].triggered.connect(triggered)

        def on_circle(action_id: ActionId, run: Callable[[str], object]) -> None:
            action = a[action_id]
            action.triggered.connect(lambda: action.data() and run(action.data()))

        on_selected(ActionId.EDIT_CONTACT, self._edit_contact)
        on_selected(ActionId.LOG_INTERACTION, self.panels.log_interaction)
        on_selected(ActionId.SET_FOLLOW_UP, self.set_follow_up)

        def flag_selected(on: bool) -> None:
            if self.selected_id is not None:
                self.flag_gossip(self.selected_id, on)

        a[ActionId.FLAG_GOSSIP].triggered.connect(flag_selected)
        on_circle(ActionId.SHOW_CIRCLE_ONLY, self.contact_list.set_circle_filter)
        on_circle(ActionId.ADD_CONTACT_HERE, self.add_contact)
        on_circle(ActionId.PRINT_CIRCLE, self.files.print_summary)
        on_circle(ActionId.RENAME_CIRCLE, self.rename_circle)
        on_circle(ActionId.RECOLOUR_CIRCLE, self.recolour_circle)

        self.scene.contact_clicked.connect(self.select_contact)
        self.scene.contact_double_clicked.connect(self._edit_contact)
        self.scene.ring_clicked.connect(self.contact_list.set_circle_filter)
        self.scene.centre_clicked.connect(lambda: self.contact_list.set_circle_filter(None))
        self.scene.centre_double_clicked.connect(self.edit_pitch)
        self.scene.ring_double_clicked.connect(self._ring_double_clicked)
        self.scene.contact_dropped.connect(self._contact_dropped)
        self.scene.contact_menu_requested.connect(self._contact_menu)
        self.scene.ring_menu_requested.connect(self._ring_menu)
        self.scene.contact_delete_requested.connect(self.delete_contact)
        self.contact_list.contact_selected.connect(self.select_contact)
        self.contact_list.move_requested.connect(self.move_contacts)
        self.contact_list.verdict_filter_changed.connect(self._verdict_filter_changed)
        self.triage.circle_chosen.connect(self._triage_chosen)
        self.network_replaced.connect(self.triage.reset)
        self.contact_list.search.textChanged.connect(self._search_changed)
        self.contact_details.save_requested.connect(self._save_contact)
        self.contact_details.delete_requested.connect(self.delete_contact)

    # loading

    def reload(
        self,
        with_marks: bool = True,
        read: NetworkRead | None = None,
        rows: list[queries.ContactRow] | None = None,
    ) -> None:
        """Show the whole network again (start-up, another file, bulk changes): `read` when
        it was read already (off the GUI thread: _network_changed), else read here; `rows`,
        the contacts' rows, when only those were (start-up: ContactRowsAhead)."""
        for _ in self._reload_in_steps(with_marks, read, rows):
            pass

    def _reload_in_steps(
        self,
        with_marks: bool = True,
        read: NetworkRead | None = None,
        rows: list[queries.ContactRow] | None = None,
    ) -> Iterator[None]:
        """reload, pausing where its work may be cut (_network_changed runs it a slice at
        a time with background.run_in_slices); the same steps in the same order, so the
        window ends as reload leaves it."""
        stored = queries.circles() if read is None else read.circles
        self.circles = shown_circles(stored)  # unrenamed circles in our language
        if read is not None:
            rows = read.rows
        elif rows is None:
            rows = queries.contact_rows()
        self.contacts_model.set_circles(self.circles)
        yield from self.contact_list.proxy.sort_ahead(rows)
        self.contacts_model.set_contacts(rows)
        yield
        self.contact_list.set_circles(self.circles)
        self.contact_details.set_circles(self.circles)
        if self.scene.circles() != self.circles:  # else set_contacts seats everyone once
            self.scene.set_circles(self.circles)
        warmths = None if read is None or read.today != self.today else read.warmths
        yield from self.scene.set_contacts_in_steps(rows, self.today, warmths)
        yield
        if with_marks:
            self.feeds.reload(None if read is None else read.feeds)
            yield
        self.select_contact(None)
        if read is None:
            self.triage.forget_tray()
            self.triage.refresh()  # postponed while its dock is hidden
        else:
            self.triage.refresh(read.tray)  # kept until its dock is shown
        if self._verdict_kind is not None:  # verdicts of people who came in since
            self._verdict_filter_changed(self._verdict_kind)
        else:
            self._search_changed(self.contact_list.search.text())  # newcomers not dimmed
        self.read_only_state.refresh()
        mark = self.tr(" (read-only)") if self.read_only_state.read_only else ""
        self.setWindowTitle(window_title(f"{isolate(self.store_path.stem)} — networkcircles{mark}"))
        self.setWindowFilePath(str(self.store_path))

    def _network_changed(self) -> None:
        """A bulk change (an import, its undo, a sync): the whole network is read on a worker
        thread while the window keeps painting, then applied a slice at a time (input held,
        the old picture shown until the last slice) and shown in one repaint."""
        lines_shown, today = self.feeds.lines_shown, self.today
        # Out of the collector's sight during the reload (ui/collector.py), a full collection
        # no longer walks what the window shows (100-250 ms at 10k plus an import of 10k).
        gc_switch.freeze()
        read = run_in_background(
            self,
            self.tr("Loading"),
            self.tr("Reading the network…"),
            lambda _progress: read_network(lines_shown, today),
            cancellable=False,
        ).result
        shown = chain(self._reload_in_steps(read=read), self.scene.prepare_paint_in_steps())
        run_in_slices(self, shown)
        gc_switch.freeze()  # the network as now shown

    def replace_network(self) -> None:
        """Another network file, or a restored copy of this one, is now open: nothing of the
        old one may stay. Ids mean other people now, so undo history, selection, search and
        filters go; every panel reads the new file."""
        self.undo_stack.clear()  # its commands hold ids of the other file
        self.contact_list.reset()  # before reading: the old search must not hide newcomers
        self._verdict_kind = None
        self.reload()
        self.diagram_view.fit_all()
        self.network_replaced.emit()  # the docks and the triage start over
        gc_switch.settle()  # the old network's objects collected, the new one's frozen

    def _circles_changed(self) -> None:
        self.circles = shown_circles(queries.circles())  # unrenamed circles in our language
        self.contacts_model.set_circles(self.circles)
        self.contact_list.set_circles(self.circles)
        self.contact_details.set_circles(self.circles)
        self.scene.set_circles(self.circles)

    def _contacts_changed(self, ids: list[int]) -> None:
        """After a write: refresh just those contacts in every view."""
        self.triage.forget_tray()  # a tray read before this write is out of date
        rows = queries.contact_rows_of(ids)
        changed = []
        for contact_id in ids:
            row = rows.get(contact_id)
            if row is None:
                self.contacts_model.remove_contact(contact_id)
                self.scene.remove_contact(contact_id)
                if contact_id == self.selected_id:
                    self.select_contact(None)
            else:
                changed.append(row)
        self.contacts_model.update_contacts(changed)  # the list told once, not per contact
        self.scene.update_contacts(changed)  # the ring titles counted once, not per contact
        self.feeds.contacts_changed(ids)
        if self._verdict_kind is not None:  # an answer may have changed someone's verdict
            self._verdict_filter_changed(self._verdict_kind)
        if self.selected_id in ids:
            self.contact_details.show_contact(queries.contact_details(self.selected_id))
        text = self.contact_list.search.text()
        if text.strip() or self._verdict_kind is not None:  # else nobody is dimmed already
            self._search_changed(text)

    # selection and search

    def select_contact(self, contact_id: int | None) -> None:
        self.selected_id = contact_id
        self.scene.select_contact(contact_id)
        if contact_id is not None:
            at = self.scene.dot_position(contact_id)
            if at is not None:
                self.diagram_view.bring_into_sight(at)  # chosen in a list: show where
        self.contact_list.select_contact(contact_id)
        details = queries.contact_details(contact_id) if contact_id is not None else None
        self.contact_details.show_contact(details)
        self.panels.show_contact(contact_id if details is not None else None)
        self.actions[ActionId.DELETE_CONTACT].setEnabled(details is not None)

    def _verdict_filter_changed(self, kind: str | None) -> None:
        """The list shows only people with that reliability verdict (None: anyone)."""
        self._verdict_kind = kind
        if kind is None:
            self.contact_list.proxy.set_allowed(None)
        else:
            found = reliability.verdicts()
            self.contact_list.proxy.set_allowed({i for i, v in found.items() if v.kind == kind})
        self._search_changed(self.contact_list.search.text())

    def _search_changed(self, text: str) -> None:
        """The diagram dims everyone the list's search or verdict filter leaves out."""
        narrowed = bool(text.strip()) or self._verdict_kind is not None
        self.scene.set_highlighted(self.contact_list.shown_set() if narrowed else None)

    def _find(self) -> None:
        self.list_dock.show()
        self.list_dock.raise_()
        self.contact_list.focus_search()

    def is_editable(self) -> bool:
        """False for a network opened read-only (open in another window): say so, change
        nothing."""
        if not is_read_only():
            return True
        self.statusBar().showMessage(self.read_only_state.reason(), 8000)
        return False

    def show_contact_details(self, contact_id: int) -> None:
        """Select a contact and bring their details forward (from the Due list, leads, …)."""
        self.select_contact(contact_id)
        self.details_dock.show()
        self.details_dock.raise_()

    def open_demo(self) -> None:
        """Help ▸ Open the Demo Network: a made-up network to try things on, in its own file."""
        from networkcircles.store.db import open_store
        from networkcircles.store.errors import StoreError
        from networkcircles.ui.store_files import open_demo_store

        try:
            demo = open_demo_store()  # made on first use
        except StoreError as error:
            open_store(self.store_path)  # the demo cannot be opened: stay where we were
            questions.show_error(self, self.tr("Cannot open the demo network"), cannot_open(error))
            return
        self.files.switch_to(demo)  # remembers it, fills the window, clears undo

    def edit_pitch(self) -> None:
        """Double-click "you": what to tell people about your search."""
        from networkcircles.ui.dialogs.pitch import PitchDialog

        if not self.is_editable():
            return
        PitchDialog.edit(self, self.bridge, self.undo_stack)

    def _edit_contact(self, contact_id: int) -> None:
        self.select_contact(contact_id)
        self.details_dock.show()
        self.details_dock.raise_()
        self.contact_details.editor("name").setFocus()

    # edits: each one an undo command

    def add_contact(self, circle_key: str | None, at: QPointF | None = None) -> int | None:
        if not self.is_editable():
            return None
        names: dict[str | None, str] = {c.key: c.name for c in self.circles}
        circle_name = names.get(circle_key, self.tr("the unplaced tray"))
        name = questions.ask_new_contact_name(self, circle_name)
        if name is None:
            return None
        command = AddContactCommand(self.bridge, name, circle_key)
        self.undo_stack.push(command)
        contact_id = command.contact_id
        if contact_id is None:  # the push (its redo) made it: never so
            return None
        self._edit_contact(contact_id)
        return contact_id

    def _ring_double_clicked(self, circle_key: str, at: QPointF) -> None:
        self.add_contact(circle_key or None, at)

    def move_contact(self, contact_id: int, circle_key: str | None) -> None:
        if not self.is_editable():
            return
        row = queries.contact_row(contact_id)
        if row is None or row.circle_key == circle_key:
            return
        self.undo_stack.push(
            MoveContactCommand(self.bridge, contact_id, row.circle_key, circle_key)
        )

    def move_contacts(self, contact_ids: list[int], circle_key: str | None) -> None:
        if not self.is_editable():
            return
        circles = circle_queries.contact_circles(contact_ids)  # the circles only: light
        before = {i: key for i, key in circles.items() if key != circle_key}
        if before:
            self.undo_stack.push(MoveContactsCommand(self.bridge, before, circle_key))

    def _contact_dropped(self, contact_id: int, circle_key: str) -> None:
        if not self.is_editable():
            row = queries.contact_row(contact_id)
            if row is not None:
                self.scene.update_contact(row)  # back to its seat: nothing was moved
            return
        if self.feeds.is_wish(contact_id) and circle_key:
            # Met someone you wanted to meet: they leave the "possible" band for the ring.
            self.undo_stack.push(MeetWishCommand(self.bridge, contact_id, circle_key))
        else:
            self.move_contact(contact_id, circle_key or None)

    def _save_contact(
        self, contact_id: int, before: dict[str, object], after: dict[str, object]
    ) -> None:
        if not self.is_editable():
            return
        try:
            self.undo_stack.push(EditContactCommand(self.bridge, contact_id, before, after))
        except ValueError as error:  # refused by the service after all: show, keep the form
            questions.show_error(self, self.tr("Contact not saved"), refusal_text(error))

    def delete_contact(self, contact_id: int) -> None:
        if not self.is_editable():
            return
        row = queries.contact_row(contact_id)
        if row is None or not questions.confirm_delete(self, row.name):
            return
        self.undo_stack.push(DeleteContactCommand(self.bridge, contact_id))

    def delete_selected(self) -> None:
        if self.selected_id is not None:
            self.delete_contact(self.selected_id)

    def set_follow_up(self, contact_id: int) -> None:
        if not self.is_editable():
            return
        row = queries.contact_row(contact_id)
        if row is None:  # deleted meanwhile
            return
        answer = questions.ask_follow_up(self, row.name, row.next_follow_up)
        if answer is not None:
            day, note = answer
            self.undo_stack.push(SetFollowUpCommand(self.bridge, contact_id, day, note))

    def flag_gossip(self, contact_id: int, gossip: bool) -> None:
        """The dot menu's flag: someone who only passes along gossip is left out."""
        if not self.is_editable():
            return
        text = self.tr("Flag as gossip") if gossip else self.tr("Unflag gossip")
        self.undo_stack.push(
            EditContactExtrasCommand(self.bridge, contact_id, {"passes_gossip": gossip}, text)
        )

    def _contact_menu(self, contact_id: int, screen_pos: QPoint) -> None:
        self.contact_menu(contact_id).exec(screen_pos)

    def contact_menu(self, contact_id: int) -> QMenu:
        """The dot's right-click menu: Edit, Move to ▸, Delete. Selects the contact: the
        registry's contact actions act on the selection."""
        self.select_contact(contact_id)
        row = queries.contact_row(contact_id)
        a = self.actions
        extras = circle_queries.contact_extras(contact_id)
        a[ActionId.FLAG_GOSSIP].setChecked(extras is not None and extras.passes_gossip is True)
        menu = QMenu(self)
        menu.addActions(
            [
                a[ActionId.EDIT_CONTACT],
                a[ActionId.LOG_INTERACTION],
                a[ActionId.SET_FOLLOW_UP],
                a[ActionId.FLAG_GOSSIP],
            ]
        )
        move_menu = menu.addMenu(self.tr("&Move to"))
        everywhere = [None, *(circle.key for circle in self.circles)]
        add_circle_choices(
            move_menu,
            [(circle.key, circle.name) for circle in self.circles],
            lambda key: self.move_contact(contact_id, key),
            greyed=[row.circle_key] if row is not None else everywhere,
        )
        menu.addSeparator()
        menu.addAction(a[ActionId.DELETE_CONTACT])
        move_menu.setEnabled(not self.read_only_state.read_only)  # the registry's follow it too
        return menu

    def _ring_menu(self, circle_key: str, screen_pos: QPoint) -> None:
        self.ring_menu(circle_key).exec(screen_pos)

    def ring_menu(self, circle_key: str) -> QMenu:
        """A ring's right-click menu: show it in the list, add someone, rename, recolour."""
        a = self.actions
        for action_id in CIRCLE_ACTIONS:
            a[action_id].setData(circle_key)
        menu = QMenu(self)
        menu.addActions(
            [a[ActionId.SHOW_CIRCLE_ONLY], a[ActionId.ADD_CONTACT_HERE], a[ActionId.PRINT_CIRCLE]]
        )
        menu.addSeparator()
        menu.addActions([a[ActionId.RENAME_CIRCLE], a[ActionId.RECOLOUR_CIRCLE]])
        return menu

    def _circle(self, key: str) -> queries.CircleRow:
        return next(c for c in self.circles if c.key == key)

    def rename_circle(self, key: str) -> None:
        if not self.is_editable():
            return
        circle = self._circle(key)
        name = questions.ask_circle_name(self, circle.name)
        if name is not None:
            command = EditCircleCommand(
                self.bridge, key, (circle.name, circle.colour), (name, circle.colour)
            )
            self.undo_stack.push(command)

    def recolour_circle(self, key: str) -> None:
        if not self.is_editable():
            return
        circle = self._circle(key)
        colour = questions.ask_colour(self, circle.colour)
        if colour is not None:
            command = EditCircleCommand(
                self.bridge, key, (circle.name, circle.colour), (circle.name, colour)
            )
            self.undo_stack.push(command)

    # sorting the unplaced tray

    def show_triage(self) -> None:
        self.triage.refresh()
        bring_forward(self.triage_dock)
        self.triage.setFocus()
        self.select_contact(self.triage.current_id())

    def _triage_chosen(self, contact_id: int, circle_key: str) -> None:
        self.move_contact(contact_id, circle_key)
        self.triage.refresh()
        self.select_contact(self.triage.current_id())  # the diagram shows who is next

    # files dropped on the window are imported

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if importable(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = importable(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.files.import_files(paths)

    # window state

    def restore_layout(self) -> None:
        if window_layout.restore(self):
            self._layout_settled = True  # the user's own dock sizes

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt's name)
        super().setVisible(visible)
        if visible:
            self._drop_retired_tab_bars()  # as the window shows, before its first paint

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._layout_settled:
            self._layout_settled = True
            self._size_docks()
        else:
            self._whole_tab_names()  # a restored layout's tab bars are new: "As…", "So…"
        self.panels.window_shown()  # the side panels in sight, built for the first paint

    def _size_docks(self) -> None:
        """The diagram is the point of the window: the two dock columns start narrow."""
        width = max(260, min(330, self.width() // 5))
        self.resizeDocks(
            [self.list_dock, self.details_dock], [width, width], Qt.Orientation.Horizontal
        )
        for front in (self.details_dock, self.list_dock):
            front.raise_()  # the first tab of each group; raise_() before a show is lost
        self._whole_tab_names()

    def _drop_retired_tab_bars(self) -> None:
        """The docks' tab bars of arrangements that no longer hold (the default layout
        built, then the saved one restored, all before the window shows) are only deleted
        on a later turn of the event loop, and show with the window until then: a stray
        "Contact details / Activity" or "As… / So…" bar over the diagram, in the first
        paint. Qt marks them for deletion as the window shows; delete them now."""
        for bar in self._dock_tab_bars():
            QCoreApplication.sendPostedEvents(bar, QEvent.Type.DeferredDelete.value)

    def _whole_tab_names(self) -> None:
        """Docks' tabs keep their whole titles and scroll, instead of "Co…" and "Ac…"."""
        for bar in self._dock_tab_bars():
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)

    def _dock_tab_bars(self) -> list[QTabBar]:
        """The dock areas' tab bars: the window's own children, not the panels' own tabs (a
        search of every widget took 3-11 ms, each time a dock's tab came forward)."""
        return self.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)

    def reset_layout(self) -> None:
        """View ▸ Reset Layout: every panel back in its place, the diagram wide again."""
        self.triage_dock.hide()
        self.panels.arrange()
        self.tabifyDockWidget(self.details_dock, self.triage_dock)
        self.triage_dock.hide()
        self._size_docks()

    def closeEvent(self, event: QCloseEvent) -> None:
        window_layout.save(self)
        super().closeEvent(event)


def _steady_button(toolbar: QToolBar, action: QAction, text: str) -> QToolButton:
    """A toolbar button for undo or redo that keeps one text. The undo stack's actions change
    their text ("Undo Move …") and redo its enabled state at every edit, and a toolbar lays
    itself out again at every change of an action it holds (some 1.5 ms an edit); this
    button only follows the action's enabled state, which repaints it and nothing else. The
    menu keeps the action itself, with the words of what it undoes."""
    button = QToolButton(toolbar)
    button.setIcon(action.icon())
    button.setIconSize(toolbar.iconSize())
    toolbar.iconSizeChanged.connect(button.setIconSize)
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    button.setToolTip(f"{text} ({shortcut})" if shortcut else text)
    button.setAccessibleName(text)
    button.setEnabled(action.isEnabled())
    action.enabledChanged.connect(button.setEnabled)
    button.clicked.connect(action.trigger)
    return button
