"""The peewee models: circles, contacts and what hangs off them."""

from datetime import datetime

from peewee import (
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

from networkcircles.store.db import db


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class BaseModel(Model):
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


class ContactEmail(BaseModel):
    contact = ForeignKeyField(Contact, backref="emails", on_delete="CASCADE")
    address = CharField(index=True)
    label = CharField(default="")
    position = IntegerField(default=0)


class ContactPhone(BaseModel):
    contact = ForeignKeyField(Contact, backref="phones", on_delete="CASCADE")
    number = CharField()
    label = CharField(default="")
    position = IntegerField(default=0)


class Event(BaseModel):
    title = CharField()
    kind = CharField(default="networking")
    starts_at = DateTimeField()
    ends_at = DateTimeField(null=True)
    all_day = BooleanField(default=False)
    timezone = CharField(default="")  # IANA name; empty means floating local time
    recurrence = CharField(default="")  # an RFC 5545 RRULE value
    location = CharField(default="")
    organizer = ForeignKeyField(Organization, null=True, backref="events", on_delete="SET NULL")
    cost = FloatField(default=0.0)
    notes = TextField(default="")
    status = CharField(default="planned")  # planned | attended | skipped


class Attendance(BaseModel):
    """Who you met (or plan to meet) at an event."""

    event = ForeignKeyField(Event, backref="attendances", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, backref="attendances", on_delete="CASCADE")

    class Meta:
        indexes = ((("event", "contact"), True),)


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


ALL_MODELS = [
    Circle,
    Organization,
    Contact,
    ContactEmail,
    ContactPhone,
    Event,
    Attendance,
    Interaction,
    Referral,
    Lead,
]
