"""The sync password: the system keyring, or NETWORKCIRCLES_PASSWORD for scripts. Never stored
in the network file or the settings."""

import os
from typing import ClassVar

import keyring
from keyring.errors import KeyringError

from networkcircles.sync.dav import normal_url

SERVICE = "networkcircles"
ENVIRONMENT = "NETWORKCIRCLES_PASSWORD"
# How a keyring says it cannot be used: its own errors, and what choosing a backend raises
# when the one named in PYTHON_KEYRING_BACKEND is missing or not viable here (a bundle
# without it, "libsecret required", "python-dbus not installed").
_UNUSABLE = (KeyringError, RuntimeError, ImportError, ValueError)


class NoPassword(Exception):
    """No password for this account. `kind` says why (a key of REASONS: the window words it),
    `reason` says how to give one, in English (the command line, the logs); `detail` is
    what the keyring said, if it failed."""

    REASONS: ClassVar[dict[str, str]] = {
        "keyring_unusable": (
            "the system keyring cannot be used ({detail}); set {variable} to the password instead"
        ),
        "not_in_keyring": (
            "no password for {user} at {url} in the system keyring; "
            "add the account in the window or set {variable}"
        ),
        "keyring_cannot_keep": (
            "the system keyring cannot keep the password ({detail}); "
            "set {variable} before starting networkcircles"
        ),
    }

    def __init__(self, url: str, user: str, kind: str, detail: str = "") -> None:
        self.url = url
        self.user = user
        self.kind = kind
        self.detail = detail
        self.reason = self.REASONS[kind].format(
            url=url, user=user, detail=detail, variable=ENVIRONMENT
        )
        super().__init__(self.reason)


def _key(url: str, user: str) -> str:
    return f"{user}@{normal_url(url)}"


def password(url: str, user: str) -> str:
    """The environment variable when set, else the keyring's entry for this account."""
    given = os.environ.get(ENVIRONMENT)
    if given:
        return given
    try:
        found = keyring.get_password(SERVICE, _key(url, user))
    except _UNUSABLE as error:
        raise NoPassword(url, user, "keyring_unusable", str(error)) from None
    if not found:
        raise NoPassword(url, user, "not_in_keyring")
    return found


def remember(url: str, user: str, secret: str) -> None:
    """Keep the password in the keyring; NoPassword when there is no keyring to keep it in."""
    try:
        keyring.set_password(SERVICE, _key(url, user), secret)
    except _UNUSABLE as error:
        raise NoPassword(url, user, "keyring_cannot_keep", str(error)) from None
