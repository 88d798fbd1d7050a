"""The peewee models: circles, contacts and what hangs off them."""

from datetime import datetime

from peewee import (
    SQL,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)
from playhouse.sqlite_ext import AutoIncrementField

from networkcircles.store.connection import db


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class BaseModel(Model):
    # AUTOINCREMENT: an id is never handed out twice, even after its row is deleted, so an
    # undo that puts a row back under its old id cannot collide with a newer row.
    id = AutoIncrementField()

    class Meta:
        database = db
        legacy_table_names = False


class Circle(BaseModel):
    """One ring of the diagram. `key` is stable; name, colour and description are the user's."""

    key = CharField(unique=True)
    name = CharField()
    description = TextField(default="")
    colour = CharField(default="#888888")
    position = IntegerField()  # 1 = the centre ring


class Organization(BaseModel):
    """An employer, an association or any other body contacts belong to."""

    name = CharField(index=True)
    kind = CharField(default="other")  # employer | association | other
    website = CharField(default="")
    notes = TextField(default="")
    # Association fields (kind == "association"); SQL defaults because imports insert raw rows.
    reach = CharField(default="", constraints=[SQL("DEFAULT ''")])  # local | online | ""
    dues = FloatField(default=0, constraints=[SQL("DEFAULT 0")])
    dues_period = CharField(default="yearly", constraints=[SQL("DEFAULT 'yearly'")])  # or monthly
    membership = CharField(default="", constraints=[SQL("DEFAULT ''")])  # joined | considering
    has_job_board = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])
    has_mentoring = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])
    has_directory = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])
    events_per_year = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    # What the user expects of an association they are only considering, per year.
    expected_contacts = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    expected_leads = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])


class Contact(BaseModel):
    name = CharField(index=True)
    circle = ForeignKeyField(Circle, null=True, backref="contacts", on_delete="SET NULL")
    how_known = TextField(default="")
    organization = CharField(default="")  # free text: imports carry a company name, not an id
    role = CharField(default="")
    address = TextField(default="")
    website = CharField(default="")
    linkedin = CharField(default="")
    notes = TextField(default="")
    tags = CharField(default="")  # comma-separated, as people type them
    knows_looking_on = DateField(null=True)  # the day they were told you are looking
    last_contacted = DateField(null=True)
    next_follow_up = DateField(null=True)
    follow_up_note = TextField(default="")
    warmth = IntegerField(default=0)  # 0 unknown, 1 cold, 2 warm, 3 close
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    # Circle details (services/reliability, references, profile, wishes). Some code inserts
    # contact rows with raw SQL, so each of these is nullable or has an SQL default.
    has_useful_contacts = BooleanField(null=True)  # None: not answered yet
    useful_contacts_note = TextField(default="", constraints=[SQL("DEFAULT ''")])
    can_convey = BooleanField(null=True)
    passes_gossip = BooleanField(null=True)
    people_per_day = IntegerField(null=True)
    vouches_work_ethic = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])
    vouches_expertise = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])
    vouch_note = TextField(default="", constraints=[SQL("DEFAULT ''")])
    same_field = BooleanField(null=True)
    worked_where = TextField(default="", constraints=[SQL("DEFAULT ''")])
    worked_when = TextField(default="", constraints=[SQL("DEFAULT ''")])
    heard_pitch_on = DateField(null=True)
    is_wish = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])
    possible_introducer = ForeignKeyField(
        "self", null=True, backref="possible_introductions", on_delete="SET NULL"
    )


class ContactEmail(BaseModel):
    contact = ForeignKeyField(Contact, backref="emails", on_delete="CASCADE")
    address = CharField(index=True)
    label = CharField(default="")
    position = IntegerField(default=0)

    class Meta:
        # Covers "the first e-mail of each contact" in queries.contact_rows: no table lookups.
        indexes = ((("contact", "position", "id", "address"), False),)


class ContactPhone(BaseModel):
    contact = ForeignKeyField(Contact, backref="phones", on_delete="CASCADE")
    number = CharField()
    label = CharField(default="")
    position = IntegerField(default=0)

    class Meta:
        indexes = ((("contact", "position", "id", "number"), False),)


class Event(BaseModel):
    """Times are naive: UTC when `timezone` names a zone, wall time when it is empty
    (floating), midnight of the day for all-day events (`ends_at` then is the day after the
    last, as iCalendar has it). A recurring event is one row with its rule."""

    title = CharField()
    kind = CharField(default="networking")  # networking | career_fair | job_club | association
    # | webinar | other
    starts_at = DateTimeField()
    ends_at = DateTimeField(null=True)
    all_day = BooleanField(default=False)
    timezone = CharField(default="")  # IANA name; empty means floating local time
    recurrence = CharField(default="")  # an RFC 5545 RRULE value
    excluded = TextField(default="", constraints=[SQL("DEFAULT ''")])  # EXDATE starts, ISO, ","
    uid = CharField(default="", index=True, constraints=[SQL("DEFAULT ''")])  # iCalendar UID
    location = CharField(default="")
    organizer = ForeignKeyField(Organization, null=True, backref="events", on_delete="SET NULL")
    cost = FloatField(default=0.0)
    notes = TextField(default="")
    status = CharField(default="planned")  # planned | attended | skipped


class EventException(BaseModel):
    """One occurrence of a recurring event that differs from its rule (iCalendar's
    RECURRENCE-ID): moved (other times), changed (title, place, notes, status) or cancelled.
    `original_start` is the start the rule gives it, stored as the event's `starts_at` is;
    a None field takes the series' value. Deleting the series deletes its exceptions."""

    event = ForeignKeyField(Event, backref="exceptions", on_delete="CASCADE")
    original_start = DateTimeField()
    cancelled = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])
    starts_at = DateTimeField(null=True)
    ends_at = DateTimeField(null=True)
    title = CharField(null=True)
    location = CharField(null=True)
    notes = TextField(null=True)
    status = CharField(null=True)

    class Meta:
        indexes = ((("event", "original_start"), True),)


class Attendance(BaseModel):
    """Who you met (or plan to meet) at one occurrence of an event. `occurrence` is the
    original start of that occurrence (ISO, as models.Event stores times) for a recurring
    event and "" for a one-off event."""

    event = ForeignKeyField(Event, backref="attendances", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, backref="attendances", on_delete="CASCADE")
    status = CharField(default="met", constraints=[SQL("DEFAULT 'met'")])  # met | planned
    occurrence = CharField(default="", constraints=[SQL("DEFAULT ''")])

    class Meta:
        indexes = ((("event", "occurrence", "contact"), True),)


class Interaction(BaseModel):
    contact = ForeignKeyField(Contact, backref="interactions", on_delete="CASCADE")
    happened_on = DateField()
    kind = CharField(default="call")  # call | email | meeting | event | message
    note = TextField(default="")
    outcome = TextField(default="")


class Referral(BaseModel):
    """`introducer` introduced you to `introduced`."""

    introducer = ForeignKeyField(Contact, backref="introductions", on_delete="CASCADE")
    introduced = ForeignKeyField(Contact, backref="introduced_by", on_delete="CASCADE")
    introduced_on = DateField(null=True)
    note = TextField(default="")

    class Meta:
        indexes = ((("introducer", "introduced"), True),)


class Lead(BaseModel):
    company = CharField()
    role = CharField(default="")
    link = CharField(default="")
    source = ForeignKeyField(Contact, null=True, backref="leads", on_delete="SET NULL")
    status = CharField(default="heard")  # heard | applied | interviewing | offer | closed
    noted_on = DateField(null=True)
    notes = TextField(default="")
    # A tip from a peer: a job (company, role), a career fair or a resource (title, link).
    kind = CharField(default="job", constraints=[SQL("DEFAULT 'job'")])  # job | fair | resource
    title = CharField(default="", constraints=[SQL("DEFAULT ''")])
    shared_on = DateField(null=True)
    event = ForeignKeyField(Event, null=True, backref="tips", on_delete="SET NULL")


class ReferenceRequest(BaseModel):
    """A former co-worker asked to be a reference for one application."""

    contact = ForeignKeyField(Contact, backref="reference_requests", on_delete="CASCADE")
    application = CharField()
    asked_on = DateField()
    agreed = BooleanField(null=True)  # None: no answer yet
    given_on = DateField(null=True)
    note = TextField(default="")


class Profile(BaseModel):
    """The user's pitch: one row."""

    target_roles = TextField(default="")
    industries = TextField(default="")
    locations = TextField(default="")
    strengths = TextField(default="")
    pitch = TextField(default="")  # "what to tell people"


class SyncAccount(BaseModel):
    """A CardDAV/CalDAV account: where its collections are and how far the last sync got.
    The password is never stored here (the system keyring or NETWORKCIRCLES_PASSWORD)."""

    url = CharField()  # what the user typed: the server's address or a collection's
    user = CharField()
    addressbook_url = CharField(default="")
    calendar_url = CharField(default="")
    addressbook_token = CharField(default="")  # sync-token or ctag after the last sync
    calendar_token = CharField(default="")
    last_synced_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("url", "user"), True),)


class SyncItem(BaseModel):
    """One contact or event as last agreed with the server: its address there, its ETag and
    the text both sides held (the base of a three-way merge). A local delete sets the
    contact or event to NULL, which tells the next sync to delete it on the server."""

    account = ForeignKeyField(SyncAccount, backref="items", on_delete="CASCADE")
    kind = CharField()  # contact | event
    contact = ForeignKeyField(Contact, null=True, backref="sync_items", on_delete="SET NULL")
    event = ForeignKeyField(Event, null=True, backref="sync_items", on_delete="SET NULL")
    href = CharField()
    etag = CharField(default="")
    base = TextField(default="")  # the vCard / iCalendar text as last synced
    local_hash = CharField(default="")  # our own rendering at the last sync: local changes

    class Meta:
        indexes = ((("account", "href"), True),)


ALL_MODELS = [
    Circle,
    Organization,
    Contact,
    ContactEmail,
    ContactPhone,
    Event,
    EventException,
    Attendance,
    Interaction,
    Referral,
    Lead,
    ReferenceRequest,
    Profile,
    SyncAccount,
    SyncItem,
]
