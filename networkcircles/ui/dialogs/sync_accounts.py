"""File ▸ Sync Accounts: add or remove a CardDAV/CalDAV account (server address, user,
password into the system keyring), sync now; and the sync log."""

from datetime import datetime
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class Controller(Protocol):
    """What the dialog asks of ui/sync_controller.SyncController."""

    @property
    def finished(self) -> SignalInstance: ...

    def show_log(self) -> None: ...

    def is_running(self) -> bool: ...

    def sync_now(self, quiet: bool = False, allow_deletes: bool = False) -> bool: ...


class SyncAccountsDialog(QDialog):
    def __init__(self, parent: QWidget, controller: Controller) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Sync Accounts"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Keep your contacts in step with the address book on your phone "
                "or mail account (Nextcloud, Fastmail, iCloud, Radicale…). Type "
                "your server's address; the address book is found from it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Accounts"))
        layout.addWidget(self.list)
        form = QFormLayout()
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://dav.example.com/")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Server &address:"), self.url)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add Account"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.sync_button = QPushButton(self.tr("&Sync Now"))
        self.log_button = QPushButton(self.tr("Show &Log"))
        for button in (self.add_button, self.remove_button, self.sync_button, self.log_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add_account)
        self.remove_button.clicked.connect(self.remove_account)
        self.sync_button.clicked.connect(self._sync)
        self.log_button.clicked.connect(controller.show_log)
        controller.finished.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        from networkcircles.sync import state

        self.list.clear()
        for account in state.accounts():
            stamp = account.last_synced_at
            if isinstance(stamp, datetime):
                when = stamp.strftime("%Y-%m-%d %H:%M")
            else:
                when = self.tr("never")
            item = QListWidgetItem(
                self.tr("{user} at {url} — last sync: {when}").format(
                    user=account.user, url=account.url, when=when
                )
            )
            item.setData(256, account.id)
            self.list.addItem(item)
        self.remove_button.setEnabled(self.list.count() > 0)
        self.sync_button.setEnabled(self.list.count() > 0 and not self.controller.is_running())

    def add_account(self) -> bool:
        from networkcircles.sync import passwords, state
        from networkcircles.sync.dav import normal_url

        url, user = self.url.text().strip(), self.user.text().strip()
        if not url.lower().startswith(("http://", "https://")):
            self.message.setText(self.tr("The server address starts with https:// (or http://)."))
            return False
        if not user:
            self.message.setText(self.tr("Type the user name of the account."))
            return False
        if self.password.text():
            try:
                passwords.remember(url, user, self.password.text())
            except passwords.NoPassword:
                self.message.setText(
                    self.tr(
                        "This system has no keyring to keep the password in. Set the environment "
                        "variable NETWORKCIRCLES_PASSWORD before starting networkcircles instead."
                    )
                )
                return False
        state.account(normal_url(url), user)
        self.password.clear()
        self.message.setText(
            self.tr("Added. Sync Now sends your network out and brings the server's contacts in.")
        )
        self._refresh()
        return True

    def remove_account(self) -> None:
        from networkcircles.sync import state

        item = self.list.currentItem() or self.list.item(0)
        if item is None:
            return
        state.remove_account(item.data(256))
        self._refresh()

    def _sync(self) -> None:
        if self.controller.sync_now():
            self.sync_button.setEnabled(False)
            self.message.setText(self.tr("Syncing…"))


class SyncLogDialog(QDialog):
    def __init__(self, parent: QWidget, lines: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync Log"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Sync log"))
        self.text.setPlainText("\n".join(lines) if lines else self.tr("No sync yet."))
        layout.addWidget(self.text)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
