"""The sync password: the system keyring, or NETWORKCIRCLES_PASSWORD for scripts. Never stored
in the network file or the settings."""

import os

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
    """No password for this account. `reason` says how to give one."""

    def __init__(self, url: str, user: str, reason: str) -> None:
        super().__init__(reason)
        self.url = url
        self.user = user
        self.reason = reason


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
        raise NoPassword(
            url,
            user,
            f"the system keyring cannot be used ({error}); set "
            f"{ENVIRONMENT} to the password instead",
        ) from None
    if not found:
        raise NoPassword(
            url,
            user,
            f"no password for {user} at {url} in the system keyring; "
            f"add the account in the window or set {ENVIRONMENT}",
        )
    return found


def remember(url: str, user: str, secret: str) -> None:
    """Keep the password in the keyring; NoPassword when there is no keyring to keep it in."""
    try:
        keyring.set_password(SERVICE, _key(url, user), secret)
    except _UNUSABLE as error:
        raise NoPassword(
            url,
            user,
            f"the system keyring cannot keep the password ({error}); "
            f"set {ENVIRONMENT} before starting networkcircles",
        ) from None
