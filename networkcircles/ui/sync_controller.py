"""Sync in the window: the Sync Now action, File ▸ Sync Accounts and Sync Log, a sync every few
minutes while the window is open, progress and the last sync time in the status bar.

A sync runs on a QThread with its own database connection (peewee keeps one per thread), so
the window stays responsive; what it changed here is reloaded when it ends. A sync that
wrote here is one step on the undo stack (sync/undo.py): undo puts this network's rows back
as they were, and the next sync sends those values out as edits.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QProgressBar

from networkcircles.languages import counted
from networkcircles.ui import collector as gc_switch
from networkcircles.ui.actions import ActionId
from networkcircles.ui.commands import Command
from networkcircles.ui.error_text import refusal_text
from networkcircles.ui.text import isolate

if TYPE_CHECKING:
    from networkcircles.sync.twoway import Report
    from networkcircles.sync.undo import SyncUndo
    from networkcircles.ui.bridge import StoreBridge

PERIOD_MS = 5 * 60 * 1000  # a sync every five minutes while the window is open
RETRY_MS = 200  # how often a sync held back by a background job looks whether it is over


@dataclass
class Outcome:
    """What the worker hands back: a report, or why it stopped."""

    url: str
    user: str
    report: "Report | None" = None
    failure: str = ""
    too_many: tuple[int, int] | None = None
    undo: "SyncUndo | None" = None  # a sync that stopped part way: what it wrote here (SyncUndo)


class SyncCommand(Command):
    """A sync, already written when pushed; undo and redo swap its rows (same ids)."""

    def __init__(self, bridge: "StoreBridge", sync_undo: "SyncUndo", came_in: int | None) -> None:
        if came_in is None:  # stopped part way
            text = QCoreApplication.translate("undo", "Sync (stopped part way)")
        else:
            text = QCoreApplication.translate("undo", "Sync ({n} in)").format(n=came_in)
        super().__init__(text)
        self._bridge, self._undo, self._done = bridge, sync_undo, False

    def redo(self) -> None:
        if self._done:
            self._undo.redo()
            self._bridge.network_changed.emit()
        self._done = True

    def undo(self) -> None:
        self._undo.undo()
        self._bridge.network_changed.emit()


class SyncWorker(QThread):
    progressed = Signal(str, int, int)
    done = Signal(list)  # list[Outcome]

    def __init__(
        self, accounts: list[tuple[str, str]], allow_deletes: bool, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.allow_deletes = allow_deletes

    def run(self) -> None:
        from networkcircles.store.db import db
        from networkcircles.sync import engine, passwords
        from networkcircles.sync.errors import SyncError
        from networkcircles.sync.twoway import TooManyDeletions
        from networkcircles.sync.undo import Recorder

        outcomes = []
        db.connect(reuse_if_open=True)  # this thread's own connection
        try:
            for url, user in self.accounts:
                outcome = Outcome(url, user)
                recorder = Recorder.start()  # ours: it outlives a sync that stops part way
                try:
                    secret = passwords.password(url, user)
                    outcome.report = engine.sync(
                        url,
                        user,
                        secret,
                        self.allow_deletes,
                        self.progressed.emit,
                        collect_conflicts=True,
                        recorder=recorder,
                    )
                except passwords.NoPassword as missing:
                    outcome.failure = refusal_text(missing)  # translate() is thread-safe
                except TooManyDeletions as many:
                    outcome.too_many = (many.count, many.total)
                    outcome.undo = recorder.finish()  # an address book's, before the calendar's
                except SyncError as failed:
                    outcome.failure = refusal_text(failed)  # translate() is thread-safe
                    outcome.undo = recorder.finish()
                outcomes.append(outcome)
        finally:
            db.close()
        self.done.emit(outcomes)


class SyncController(QObject):
    """Owns the sync actions, the timer, the status-bar widgets and the log."""

    finished = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        # ui/main_window.MainWindow: its actions, toolbar, File menu, undo stack and bridge
        self.window: Any = cast(Any, window)
        self.worker: SyncWorker | None = None
        self.deciding = False  # the conflicts dialog is open: no other sync meanwhile
        self.log: list[str] = []
        registry = self.window.actions  # MainWindow's registry (shadows QWidget.actions())
        self.action = registry[ActionId.SYNC_NOW]
        self.action.triggered.connect(lambda: self.sync_now())
        self.window.toolbar.addSeparator()
        self.window.toolbar.addAction(self.action)
        menu = self.window.file_menu
        before = registry[ActionId.PRINT_SUMMARY]
        self.accounts_action = menu.addAction(self.tr("Sync &Accounts…"))
        self.accounts_action.setStatusTip(self.tr("Add or remove CardDAV/CalDAV accounts"))
        self.accounts_action.triggered.connect(self.show_accounts)
        self.log_action = menu.addAction(self.tr("Sync &Log…"))
        self.log_action.triggered.connect(self.show_log)
        for action in (self.action, self.accounts_action, self.log_action):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.hide()
        self.last_label = QLabel()
        window.statusBar().addPermanentWidget(self.progress)
        window.statusBar().addPermanentWidget(self.last_label)
        self._show_last_sync()
        self.timer = QTimer(self)
        self.timer.setInterval(PERIOD_MS)
        self.timer.timeout.connect(lambda: self.sync_now(quiet=True))
        self.timer.start()
        # A background job's wait loop (ui/background.py) still runs timers and queued
        # signals: a sync that falls due or ends meanwhile waits here until the job is over.
        self._due: tuple[bool, bool] | None = None  # (quiet, allow_deletes) of a held sync
        self._ended: list[Outcome] | None = None  # a sync's outcomes held back
        self._holding = False  # this controller holds the shared collector switch
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._after_the_job)
        window.installEventFilter(self)

    # --- running --------------------------------------------------------------------------

    def accounts(self) -> list[tuple[str, str]]:
        from networkcircles.sync import state

        return [(account.url, account.user) for account in state.accounts()]

    def is_running(self) -> bool:
        return self.worker is not None

    def sync_now(self, quiet: bool = False, allow_deletes: bool = False) -> bool:
        """Start a sync of every account; False when one is running or there is none, or
        when a background job is running (the sync then starts once the job is over)."""
        from networkcircles.store.db import is_read_only

        if self.worker is not None or self.deciding or is_read_only():
            return False
        if gc_switch.is_held_by(gc_switch.JOB):
            held = self._due or (True, False)
            self._due = (quiet and held[0], allow_deletes or held[1])
            self._retry.start()
            return False
        accounts = self.accounts()
        if not accounts:
            if not quiet:
                self.show_accounts()
            return False
        self.worker = SyncWorker(accounts, allow_deletes, self)
        self.worker.progressed.connect(self._progressed)
        self.worker.done.connect(self._done)
        self.action.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.window.statusBar().showMessage(self.tr("Syncing…"))
        # As in ui/background.py: no garbage collection on the worker's thread, where it could
        # destroy Qt objects of the GUI thread; the switch is shared with background jobs.
        gc_switch.hold(gc_switch.SYNC)
        self._holding = True
        self.worker.start()
        return True

    def _progressed(self, stage: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("in %v/%m") if stage == "in" else self.tr("out %v/%m"))

    def _let_go(self) -> None:
        if self._holding:
            self._holding = False
            gc_switch.release(gc_switch.SYNC)

    def _after_the_job(self) -> None:
        """A held-back sync's turn, once no background job runs."""
        if gc_switch.is_held_by(gc_switch.JOB):
            self._retry.start()
            return
        ended, self._ended = self._ended, None
        if ended is not None:
            self._finish(ended)
        due, self._due = self._due, None
        if due is not None:
            self.sync_now(*due)

    def _done(self, outcomes: list[Outcome]) -> None:
        if self.worker is not None:
            self.worker.wait()
        self._let_go()
        if gc_switch.is_held_by(gc_switch.JOB):
            # What the sync wrote goes on the undo stack and into the window once the job
            # (an import, or the undo of one) is over; no other sync starts meanwhile.
            self._ended = outcomes
            self._retry.start()
            return
        self._finish(outcomes)

    def _finish(self, outcomes: list[Outcome]) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        self.progress.hide()
        self.action.setEnabled(True)
        came_in = went_out = conflicts = 0
        stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
        problems: list[str] = []
        ask_deletes: list[tuple[int, int]] = []
        for outcome in outcomes:
            account = f"{outcome.user} @ {outcome.url}"
            if outcome.report is not None:
                report = outcome.report
                came_in += report.came_in
                went_out += report.went_out
                conflicts += report.conflicts
                self.log.append(
                    self.tr("{stamp} {account}: {i} in, {o} out, {conflicts}").format(
                        stamp=stamp,
                        account=account,
                        i=report.came_in,
                        o=report.went_out,
                        conflicts=self._conflicts(report.conflicts),
                    )
                )
                self.log += [f"    {line}" for line in report.log]
            elif outcome.too_many is not None:
                ask_deletes.append(outcome.too_many)
                self.log.append(
                    self.tr(
                        "{stamp} {account}: the server deleted {n} of {t} "
                        "contacts; waiting for your answer"
                    ).format(
                        stamp=stamp, account=account, n=outcome.too_many[0], t=outcome.too_many[1]
                    )
                )
            else:
                problems.append(outcome.failure)
                self.log.append(
                    self.tr("{stamp} {account}: failed: {why}").format(
                        stamp=stamp, account=account, why=outcome.failure
                    )
                )
        resend = self._decide(outcomes)
        stopped = False
        for outcome in outcomes:
            if outcome.report is not None and outcome.report.undo is not None:
                self.window.undo_stack.push(
                    SyncCommand(self.window.bridge, outcome.report.undo, outcome.report.came_in)
                )
            elif outcome.undo is not None:  # stopped part way: what it wrote is one step too
                self.window.undo_stack.push(SyncCommand(self.window.bridge, outcome.undo, None))
                stopped = True
        if came_in or resend or stopped:
            self.window.bridge.network_changed.emit()
        self._show_last_sync()
        if problems:
            self.window.statusBar().showMessage(
                self.tr("Sync failed: {why}").format(why=problems[0]), 15000
            )
        else:
            self.window.statusBar().showMessage(
                self.tr("Synced: {i} in, {o} out, {conflicts}").format(
                    i=came_in, o=went_out, conflicts=self._conflicts(conflicts)
                ),
                8000,
            )
        self.finished.emit()
        if ask_deletes and self._confirm_deletes(ask_deletes[0]):
            self.sync_now(allow_deletes=True)
        elif resend:  # the server's versions picked here: the next sync sends the result out
            self.sync_now(quiet=True)

    def _conflicts(self, n: int) -> str:
        return counted(self.tr("%n conflict(s)", "", n), n)

    def _decide(self, outcomes: list[Outcome]) -> bool:
        """Ask about the conflicts the syncs kept this network's version of, apply the
        choices as part of each sync's undo step; True when something changed here."""
        from networkcircles.sync import conflicts
        from networkcircles.ui.dialogs import sync_conflicts

        changed = 0
        for outcome in outcomes:
            report = outcome.report
            if report is None or not report.open_conflicts:
                continue
            self.deciding = True
            try:
                theirs = sync_conflicts.ask(self.window, report.open_conflicts)
            finally:
                self.deciding = False
            applied = conflicts.resolve_all(report.open_conflicts, theirs, report.recorder)
            for conflict, names in zip(report.open_conflicts, theirs, strict=True):
                if names:
                    fields = ", ".join(sync_conflicts.field_label(n) for n in sorted(names))
                    line = self.tr("decided {name}: the server's {fields}")
                    name = isolate(conflict.name)
                    self.log.append("    " + line.format(name=name, fields=fields))
            if applied and report.recorder is not None:
                report.undo = report.recorder.finish()  # the sync and the choices: one step
            changed += applied
        return changed > 0

    def _confirm_deletes(self, counts: tuple[int, int]) -> bool:
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete contacts?"),
            self.tr(
                "The server no longer has {n} of the {t} contacts synced with it (was the "
                "address book emptied?). Delete them here too?"
            ).format(n=counts[0], t=counts[1]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_last_sync(self) -> None:
        from networkcircles.sync import state

        stamps = [a.last_synced_at for a in state.accounts() if a.last_synced_at]
        if not stamps:
            self.last_label.setText("")
            return
        last = max(stamps)
        self.last_label.setText(
            self.tr("Last sync: {when}").format(
                when=last.strftime("%Y-%m-%d %H:%M") if hasattr(last, "strftime") else last
            )
        )

    # --- dialogs --------------------------------------------------------------------------

    def show_accounts(self) -> None:
        from networkcircles.ui.dialogs.sync_accounts import SyncAccountsDialog

        dialog = SyncAccountsDialog(self.window, self)
        dialog.exec()
        self._show_last_sync()

    def show_log(self) -> None:
        from networkcircles.ui.dialogs.sync_accounts import SyncLogDialog

        SyncLogDialog(self.window, self.log).exec()

    # --- closing --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.timer.stop()
            self._retry.stop()
            if self.worker is not None:
                self.worker.wait()  # a sync ends its batch; the window closes after it
            self._let_go()
        return False
