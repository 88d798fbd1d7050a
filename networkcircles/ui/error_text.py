"""A service's refusal in the user's language.

Services refuse a value with InvalidValue (networkcircles/values.py): a field, a kind code and
the values the reason mentions, plus an English sentence for the command line and the logs.
The window never shows that sentence: it words the kind and the field here, through
QCoreApplication.translate, so a German window says why in German. The lookups that find
nothing (UnknownEvent, UnknownContact, ...) and why a sync stopped (SyncError's kinds) are
worded here too.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication

from networkcircles.services.associations import UnknownOrganization
from networkcircles.services.circles import UnknownCircle
from networkcircles.services.contacts import UnknownContact
from networkcircles.services.errors import NotFound
from networkcircles.services.event_base import UnknownEvent
from networkcircles.sync.errors import (
    NoCollection,
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
