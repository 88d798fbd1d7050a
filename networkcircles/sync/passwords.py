"""The sync password: the system keyring, or NETWORKCIRCLES_PASSWORD for scripts. Never stored
in the network file or the settings."""

import os

import keyring
from keyring.errors import KeyringError

from networkcircles.sync.dav import normal_url

# Defined with the other sync errors (the window words them without loading the keyring);
# this module is where the sync code and the window look for them.
from networkcircles.sync.errors import ENVIRONMENT as ENVIRONMENT
from networkcircles.sync.errors import NoPassword as NoPassword

SERVICE = "networkcircles"
# How a keyring says it cannot be used: its own errors, and what choosing a backend raises
# when the one named in PYTHON_KEYRING_BACKEND is missing or not viable here (a bundle
# without it, "libsecret required", "python-dbus not installed").
_UNUSABLE = (KeyringError, RuntimeError, ImportError, ValueError)


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
