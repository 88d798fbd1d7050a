"""A service's refusal in the user's language.

Services refuse a value with InvalidValue (networkcircles/values.py): a field, a kind code and
the values the reason mentions, plus an English sentence for the command line and the logs.
The window never shows that sentence: it words the kind and the field here, through
QCoreApplication.translate, so a German window says why in German. The lookups that find
nothing (UnknownEvent, UnknownContact, ...), why a sync stopped (SyncError's kinds), why a
network file cannot be opened (StoreError's kinds, store/errors.REASONS) and why there is no
sync password (NoPassword's kinds) are worded here too.
"""

import socket
from typing import Any

from PySide6.QtCore import QCoreApplication

from networkcircles.services.associations import UnknownOrganization
from networkcircles.services.circles import UnknownCircle
from networkcircles.services.contacts import UnknownContact
from networkcircles.services.errors import NotFound
from networkcircles.services.event_base import UnknownEvent
from networkcircles.store.errors import StoreError
from networkcircles.sync.errors import (
    ENVIRONMENT,
    NoCollection,
    NoPassword,
    NotAuthorized,
    ServerFailed,
    ServerUnreachable,
    SyncError,
)
from networkcircles.values import InvalidValue

CONTEXT = "ErrorText"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorText", text)  # CONTEXT (a literal for lupdate)


def _reasons() -> dict[str, str]:
    """Each kind of refusal (values.REASONS) worded for the user; {value} and the other names
    in braces are the refusal's values. A function, so each call asks the translators
    installed now."""
    return {
        "too_long": _tr("Keep it short: at most {max_chars} characters."),
        "not_day": _tr("'{value}' is not a date (YYYY-MM-DD)."),
        "day_needed": _tr("A date is needed."),
        "not_a_day": _tr("This is not a date."),
        "not_moment": _tr("'{value}' is not a date and time."),
        "not_yes_no": _tr("The answer is yes or no."),
        "not_yes_no_unknown": _tr("The answer is yes, no or not known."),
        "count_from": _tr("A whole number, {low} or more."),
        "count_between": _tr("A whole number from {low} to {high}."),
        "not_amount": _tr("'{value}' is not an amount."),
        "negative_amount": _tr("An amount cannot be negative."),
        "not_choice": _tr("'{value}' is not one of {choices}."),
        "not_email": _tr("'{value}' is not an e-mail address."),
        "not_phone": _tr("'{value}' is not a phone number."),
        "not_web_address": _tr("'{value}' is not a web address (http or https)."),
        "no_such_field": _tr("There is no such field."),
        "contact_needs_name": _tr("A contact needs a name."),
        "organisation_needs_name": _tr("An organisation needs a name."),
        "circle_needs_name": _tr("A circle needs a name."),
        "event_needs_title": _tr("An event needs a title."),
        "event_needs_start": _tr("An event needs a start."),
        "reference_needs_application": _tr("Say which application the reference is for."),
        "lead_needs_company": _tr("A job lead needs a company."),
        "tip_needs_name": _tr("A fair or a resource needs a name."),
        "self_introduction": _tr("Nobody introduces you to themselves."),
        "duplicate_referral": _tr("This introduction is already recorded."),
        "no_contact": _tr("This contact is no longer in the network."),
        "no_circle": _tr("There is no circle '{value}'."),
        "no_organisation": _tr("This organisation is no longer in the network."),
        "not_reliability_answer": _tr("This is not an answer to the reliability questions."),
        "not_colour": _tr("'{value}' is not a colour like #1971c2."),
        "not_time_zone": _tr("'{value}' is not a time zone (e.g. Europe/Paris)."),
        "ends_before_start": _tr("The event ends before it starts."),
        "not_repeating": _tr("Only a repeating event has occurrences to change."),
        "other_occurrence": _tr("The occurrence named is not the one changed."),
        "not_recurrence": _tr("'{value}' is not a repeat rule."),
        "too_frequent": _tr("'{value}' repeats more often than daily."),
    }


def _fields() -> dict[str, str]:
    """The names of the fields a service checks, as the user knows them."""
    return {
        # contacts
        "name": _tr("Name"),
        "how_known": _tr("How you know them"),
        "organization": _tr("Organisation"),
        "role": _tr("Role"),
        "address": _tr("Address"),
        "website": _tr("Website"),
        "linkedin": _tr("LinkedIn"),
        "notes": _tr("Notes"),
        "tags": _tr("Tags"),
        "knows_looking_on": _tr("Knows you are looking since"),
        "last_contacted": _tr("Last contacted"),
        "next_follow_up": _tr("Next follow-up"),
        "follow_up_note": _tr("Follow-up note"),
        "warmth": _tr("Warmth"),
        "circle": _tr("Circle"),
        "emails": _tr("E-mail"),
        "phones": _tr("Phone"),
        # circle details and reliability
        "possible_introducer": _tr("Who could introduce you"),
        "people_per_day": _tr("People met per day"),
        "heard_pitch_on": _tr("Heard your pitch on"),
        "vouch_note": _tr("What they can vouch for"),
        "vouches_work_ethic": _tr("Vouches for your work ethic"),
        "vouches_expertise": _tr("Vouches for your expertise"),
        "same_field": _tr("In your field"),
        "worked_where": _tr("Worked together where"),
        "worked_when": _tr("Worked together when"),
        "is_wish": _tr("Someone to meet"),
        "has_useful_contacts": _tr("Has useful contacts"),
        "can_convey": _tr("Can convey your situation"),
        "passes_gossip": _tr("Passes on gossip"),
        "useful_contacts_note": _tr("Their useful contacts"),
        # interactions, referrals, references
        "happened_on": _tr("Date"),
        "kind": _tr("Kind"),
        "note": _tr("Note"),
        "outcome": _tr("Outcome"),
        "introducer": _tr("Introduced by"),
        "introduced_on": _tr("Introduced on"),
        "application": _tr("Application"),
        "asked_on": _tr("Asked on"),
        "agreed": _tr("Agreed"),
        "given_on": _tr("Given on"),
        # leads and tips
        "company": _tr("Company"),
        "title": _tr("Title"),
        "link": _tr("Link"),
        "status": _tr("Status"),
        "source": _tr("Shared by"),
        "shared_on": _tr("Shared on"),
        "fair_on": _tr("Day of the fair"),
        # organisations
        "reach": _tr("Reach"),
        "dues": _tr("Dues"),
        "dues_period": _tr("Dues period"),
        "membership": _tr("Membership"),
        "has_job_board": _tr("Job board"),
        "has_mentoring": _tr("Mentoring"),
        "has_directory": _tr("Member directory"),
        "events_per_year": _tr("Events per year"),
        "expected_contacts": _tr("Expected contacts"),
        "expected_leads": _tr("Expected leads"),
        # events
        "starts_at": _tr("Start"),
        "ends_at": _tr("End"),
        "all_day": _tr("All day"),
        "timezone": _tr("Time zone"),
        "recurrence": _tr("Repeat"),
        "excluded": _tr("Skipped days"),
        "location": _tr("Location"),
        "organizer": _tr("Organiser"),
        "cost": _tr("Cost"),
        "uid": _tr("Identifier"),
        "attendance": _tr("Attendance"),
        "occurrence": _tr("Occurrence"),
        # circles and the profile
        "key": _tr("Circle"),
        "colour": _tr("Colour"),
        "description": _tr("Description"),
        "target_roles": _tr("Target roles"),
        "industries": _tr("Industries"),
        "locations": _tr("Locations"),
        "strengths": _tr("Strengths"),
        "pitch": _tr("Pitch"),
    }


def _store_reasons() -> dict[str, str]:
    """Why a network file cannot be opened or written, by StoreError kind (store/errors.REASONS),
    as a clause that follows "{path} cannot be opened:"; {detail} is what the system or SQLite
    said, in its own words."""
    return {
        "not_sqlite": _tr("it is not a networkcircles network (not an SQLite database)"),
        "header_cut_off": _tr("the file is damaged (cut off inside its header)"),
        "cut_off": _tr("the file is damaged (it is cut off)"),
        "other_program": _tr("it is a database of another program"),
        "damaged": _tr("the file is damaged ({detail})"),
        "no_schema_version": _tr("the file is damaged (it has no schema version)"),
        "bad_schema_version": _tr("the file is damaged (it says schema version {found})"),
        "tables_missing": _tr("the file is damaged (table {tables} is missing)"),
        "not_regular": _tr("it is not a regular file but a {what}"),
        "unreadable": _tr("it cannot be read ({detail})"),
        "backup_empty": _tr("the backup is empty"),
        "too_new": _tr(
            "it was written by a newer version of networkcircles (schema {found}; this "
            "version reads up to {supported}); it is left as it is"
        ),
        "no_store": _tr("there is no network there"),
        "write_protected": _tr("the file is write-protected, so it can only be read"),
        "other_owner": _tr("it belongs to another user, so it can only be read"),
        "read_only_place": _tr("its folder or disk is read-only, so it can only be read"),
        "disk_full_read_only": _tr("its disk is full, so it can only be read"),
        "locked_by_window": _tr(
            "it is open in another window ({holder}); try again when it is closed"
        ),
        "locked_by_command": _tr(
            "the command-line command “{role}” ({holder}) has it open; try again when it is done"
        ),
        "folder_not_made": _tr("its folder cannot be made ({detail})"),
        "lock_not_made": _tr("its lock file cannot be made ({detail})"),
        "not_created": _tr("it cannot be created ({detail})"),
        "empty_read_only": _tr("there is no network in it yet, so it cannot be opened read-only"),
        "needs_upgrade": _tr("it must be upgraded first, which cannot be done read-only"),
        "disk_full": _tr("the disk is full; nothing was changed"),
        "opened_read_only": _tr("it is open read-only, so nothing can be changed"),
        "busy": _tr("another program is writing to it; try again in a moment"),
        "io_error": _tr("the disk could not be read or written (I/O error); nothing was changed"),
        "database_failed": _tr("the database failed ({detail})"),
    }


def _file_kinds() -> dict[str, str]:
    """What a path that is not a regular file is (safe_files.kind_of)."""
    return {
        "folder": _tr("folder"),
        "pipe": _tr("pipe"),
        "device": _tr("device"),
        "socket": _tr("socket"),
        "special file": _tr("special file"),
    }


def holder_text(holder: object) -> str:
    """Who holds a network open for writing (store/lock.Holder), in the user's language; ""
    for anything else."""
    if not hasattr(holder, "pid") or not hasattr(holder, "hostname"):
        return ""
    if holder.pid is None:
        return _tr("another program")
    if holder.hostname in ("", socket.gethostname()):
        return _tr("pid {pid}").format(pid=holder.pid)
    return _tr("pid {pid} on {host}").format(pid=holder.pid, host=holder.hostname)


def worded_store_kinds() -> set[str]:
    """The kinds of StoreError this module words (a test holds it to store/errors.REASONS)."""
    return set(_store_reasons())


def store_reason(error: StoreError) -> str:
    """Why the store at `error.path` cannot be opened or written, in the user's language: a
    clause without the path (the sites put it after "{path} cannot be opened:")."""
    wording = _store_reasons().get(error.kind)
    if wording is None:  # a kind added to store/errors.REASONS but not here: English
        return error.reason
    values: dict[str, Any] = {key: "" if v is None else v for key, v in error.values.items()}
    if "what" in values:
        values["what"] = _file_kinds().get(str(values["what"]), values["what"])
    if "holder" in values:
        values["holder"] = holder_text(getattr(error, "holder", None)) or values["holder"]
    try:
        return wording.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return error.reason


def store_trouble(error: StoreError) -> str:
    """The path and why, as one line: "{path}: {reason}" in the user's language."""
    return _tr("{path}: {reason}").format(path=error.path, reason=store_reason(error))


def cannot_open(error: StoreError) -> str:
    """ "{path} cannot be opened: {reason}" in the user's language."""
    return _tr("{path} cannot be opened: {reason}").format(
        path=error.path, reason=store_reason(error)
    )


def password_text(error: NoPassword) -> str:
    """Why a sync account has no password, and how to give one, in the user's language."""
    if error.kind == "keyring_unusable":
        text = _tr(
            "The system keyring cannot be used ({detail}). Set the environment variable "
            "{variable} to the password of {user} at {url} instead."
        )
    elif error.kind == "not_in_keyring":
        text = _tr(
            "There is no password for {user} at {url} in the system keyring. Type it in "
            "File ▸ Sync Accounts, or set the environment variable {variable}."
        )
    elif error.kind == "keyring_cannot_keep":
        text = _tr(
            "The system keyring cannot keep the password ({detail}). Set the environment "
            "variable {variable} before starting networkcircles instead."
        )
    else:
        return error.reason
    return text.format(detail=error.detail, variable=ENVIRONMENT, user=error.user, url=error.url)


def worded_kinds() -> set[str]:
    """The kinds of refusal this module words (a test holds it to values.REASONS)."""
    return set(_reasons())


def worded_fields() -> set[str]:
    """The field names this module words."""
    return set(_fields())


def field_text(field: str) -> str:
    """A field's name in the user's language (a field not known here: its name, readable)."""
    return _fields().get(field) or field.replace("_", " ").capitalize()


def reason_text(error: InvalidValue) -> str:
    """Why `error` refused its value, in the user's language, without the field's name (for a
    message shown beside the field)."""
    wording = _reasons().get(error.kind)
    if wording is None:  # a kind added to values.REASONS but not here: English beats nothing
        return error.reason
    values: dict[str, Any] = {key: "" if v is None else v for key, v in error.values.items()}
    try:
        return wording.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return error.reason


def refusal_text(error: BaseException) -> str:
    """A service's refusal or failed lookup as one sentence in the user's language; anything
    else as its own text."""
    if isinstance(error, InvalidValue):
        return _tr("{field}: {reason}").format(
            field=field_text(error.field), reason=reason_text(error)
        )
    if isinstance(error, UnknownEvent):
        return _tr("This event is no longer in the network.")
    if isinstance(error, UnknownContact):
        return _tr("This contact is no longer in the network.")
    if isinstance(error, UnknownOrganization):
        return _tr("This organisation is no longer in the network.")
    if isinstance(error, UnknownCircle):
        return _tr("There is no circle '{key}'.").format(key=error.args[0] if error.args else "")
    if isinstance(error, NotFound):
        return _tr("This is no longer in the network.")
    if isinstance(error, SyncError):
        return _sync_failure(error)
    if isinstance(error, StoreError):
        return store_trouble(error)
    if isinstance(error, NoPassword):
        return password_text(error)
    return str(error)


def _sync_failure(error: SyncError) -> str:
    """Why a sync stopped; the technical detail stays in the English reason (the log)."""
    if isinstance(error, ServerUnreachable):
        text = _tr("{url}: cannot reach the server.")
    elif isinstance(error, NotAuthorized):
        text = _tr("{url}: the server refused this user name and password.")
    elif isinstance(error, ServerFailed):
        return _tr("{url}: the server answered {method} with status {status}.").format(
            url=error.url, method=error.method, status=error.status
        )
    elif isinstance(error, NoCollection):
        text = _tr("{url}: no address book or calendar was found here.")
    else:
        return str(error)
    return text.format(url=error.url)
