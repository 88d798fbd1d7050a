"""A made-up network to explore the app with, the same every time for a given seed and size."""

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from peewee import Model

from networkcircles.services.demo_words import Say, Words
from networkcircles.store import search
from networkcircles.store.db import db
from networkcircles.store.ids import next_free_id
from networkcircles.store.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    Event,
    Interaction,
    Lead,
    Organization,
    Profile,
    ReferenceRequest,
    Referral,
)
from networkcircles.store.queries import circles

FIRST_NAMES = (
    "Ana",
    "Ben",
    "Chloé",
    "Dmitri",
    "Elif",
    "Farah",
    "George",
    "Hana",
    "Ivan",
    "José",
    "Kwame",
    "Lena",
    "Marta",
    "Noah",
    "Olu",
    "Priya",
    "Quinn",
    "Rosa",
    "Sven",
    "Tomás",
    "Uma",
    "Victor",
    "Wen",
    "Xavier",
    "Yara",
    "Zoë",
    "Анна",
    "王芳",
    "Mei",
    "Samir",
)
LAST_NAMES = (
    "Abbott",
    "Baker",
    "Castillo",
    "Dubois",
    "Eriksen",
    "Fischer",
    "García",
    "Huang",
    "Ito",
    "Jensen",
    "Kowalski",
    "Larsen",
    "Moreau",
    "Núñez",
    "Okafor",
    "Petrov",
    "Quispe",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Ulloa",
    "Varga",
    "Walsh",
    "Ødegaard",
    "Young",
    "Zhang",
)
COMPANIES = (
    "Acme Logistics",
    "Brightside Health",
    "Cobalt Software",
    "Delta Print",
    "Evergreen Bank",
    "Fjord Analytics",
    "Greenleaf Foods",
    "Harbor Insurance",
    "Ironwood Build",
    "Juniper Labs",
)
ROLES = (
    "Engineer",
    "Project manager",
    "Recruiter",
    "Designer",
    "Analyst",
    "Team lead",
    "Sales director",
    "Accountant",
    "Nurse",
    "Teacher",
)
HOW_KNOWN = {
    "family": ("Cousin", "Sister", "School friend", "Neighbour", "Uncle", "Friend from college"),
    "coworkers": ("Former boss at {org}", "Worked together at {org}", "Ex-colleague at {org}"),
    "peers": ("Met at the job club", "Career fair last spring", "Networking breakfast"),
    "associations": ("Member of the {assoc}", "Met at the {assoc} meeting"),
    "acquaintances": (
        "Hair stylist",
        "Yoga instructor",
        "Mail carrier",
        "Barista",
        "Dentist",
        "Gym trainer",
        "Dog walker",
    ),
}
ASSOCIATIONS = ("Regional Project Management Institute", "Women in Tech Network", "Data Guild")
TAGS = ("", "", "hiring", "mentor", "referral", "tech", "health", "finance")


def _pick_circle(rng: random.Random, keys: list[str | None]) -> str | None:
    # Weights keep every ring populated and a few people unplaced.
    return rng.choices(keys, weights=[12, 22, 18, 14, 22, 6])[0]


def create_demo(
    size: int = 60, seed: int = 7, today: date | None = None, language: str = "en"
) -> None:
    """Fill an empty store with `size` contacts, their interactions, referrals and leads,
    in one transaction: all of it or nothing. Notes, titles, tags and tips are in `language`
    ("de"; English when the demo does not speak it, services/demo_words.py); the same seed
    and size give the same network in each language."""
    today = today or date.today()
    say = Words(language)
    rng = random.Random(seed)
    circle_ids = {row.key: row.id for row in circles()}
    keys: list[str | None] = [*circle_ids, None]
    with db.atomic():
        first_id = next_free_id(db, "contact")
        organizations = [
            {"name": name, "kind": "association", "website": f"https://example.org/{i}"}
            for i, name in enumerate(ASSOCIATIONS)
        ] + [{"name": name, "kind": "employer"} for name in COMPANIES[:4]]
        Organization.insert_many(organizations).execute()
        rows = _DemoRows(say)
        for offset in range(size):
            circle_key = keys[offset] if offset < len(keys) else _pick_circle(rng, keys)
            rows.add_contact(rng, today, first_id + offset, offset, circle_key, circle_ids)
        rows.insert()
        _demo_referrals(rng, today, first_id, size)
        _demo_leads(rng, today, first_id, size, say)
        # Inside the same transaction: a kill mid-way leaves no half-built network.
        _demo_circle_details(random.Random(seed * 1_009 + 1), today, first_id, size, say)
        _demo_events_and_associations(random.Random(seed * 7_919 + 3), today, first_id, size, say)
        # The search index, built now: left queued, the first search after
        # `networkcircles demo --size 100000` took seconds to build it.
        if search.exists(db):
            search.catch_up(db)


Row = dict[str, Any]


@dataclass
class _DemoRows:
    """The demo's contacts and what hangs off each, gathered to be inserted in batches."""

    say: Say  # the demo's texts in its language
    contacts: list[Row] = field(default_factory=list)
    emails: list[Row] = field(default_factory=list)
    phones: list[Row] = field(default_factory=list)
    interactions: list[Row] = field(default_factory=list)

    def add_contact(
        self,
        rng: random.Random,
        today: date,
        contact_id: int,
        offset: int,
        circle_key: str | None,
        circle_ids: dict[str, int],
    ) -> None:
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        org = rng.choice(COMPANIES)
        how = self.say(rng.choice(HOW_KNOWN.get(circle_key or "", ("Imported from my phone",))))
        last_contacted = today - timedelta(days=rng.randint(0, 120)) if rng.random() < 0.8 else None
        follow_up = today + timedelta(days=rng.randint(-20, 40)) if rng.random() < 0.4 else None
        knows = (
            today - timedelta(days=rng.randint(1, 60))
            if circle_key == "family" and rng.random() < 0.6
            else None
        )
        self.contacts.append(
            {
                "id": contact_id,
                "name": f"{first} {last}",
                "circle": circle_ids.get(circle_key) if circle_key else None,
                "how_known": how.format(org=org, assoc=rng.choice(ASSOCIATIONS)),
                "organization": org if circle_key != "acquaintances" else "",
                "role": self.say(rng.choice(ROLES)),
                "tags": self.say(rng.choice(TAGS)),
                "last_contacted": last_contacted,
                "next_follow_up": follow_up,
                "follow_up_note": self.say("Ask about openings on their team") if follow_up else "",
                "knows_looking_on": knows,
                "warmth": rng.randint(0, 3),
            }
        )
        # "Chloé" writes chloe@, not chlo@: accents come off before the address is made ASCII.
        handle = unicodedata.normalize("NFKD", f"{first}.{last}.{contact_id}".lower())
        handle = handle.encode("ascii", "ignore").decode()
        self.emails.append({"contact": contact_id, "address": f"{handle}@example.com"})
        number = f"+1 555 {rng.randint(100, 999)} {offset:04d}"
        self.phones.append({"contact": contact_id, "number": number, "label": "mobile"})
        if last_contacted:
            self.interactions.append(
                {
                    "contact": contact_id,
                    "happened_on": last_contacted,
                    "kind": rng.choice(("call", "email", "meeting", "message")),
                    "note": self.say("Caught up about my search"),
                }
            )

    def insert(self) -> None:
        for model, rows in (
            (Contact, self.contacts),
            (ContactEmail, self.emails),
            (ContactPhone, self.phones),
            (Interaction, self.interactions),
        ):
            _insert_batches(model, rows)


def _insert_batches(model: type[Model], rows: list[Row]) -> None:
    for start in range(0, len(rows), 500):
        model.insert_many(rows[start : start + 500]).execute()


def _demo_referrals(rng: random.Random, today: date, first_id: int, size: int) -> None:
    referrals = set()
    for _ in range(max(1, size // 8)):
        a, b = rng.sample(range(first_id, first_id + size), 2) if size > 1 else (0, 0)
        if a and (a, b) not in referrals:
            referrals.add((a, b))
    if referrals:
        Referral.insert_many(
            [{"introducer": a, "introduced": b, "introduced_on": today} for a, b in referrals]
        ).execute()


def _demo_leads(rng: random.Random, today: date, first_id: int, size: int, say: Say) -> None:
    if not size:
        return
    leads = [
        {
            "company": rng.choice(COMPANIES),
            "role": say(rng.choice(ROLES)),
            "source": rng.randint(first_id, first_id + size - 1),
            "noted_on": today,
            "status": rng.choice(("heard", "applied", "interviewing")),
        }
        for _ in range(max(1, size // 12))
    ]
    Lead.insert_many(leads).execute()


# The circle details (reliability, references, tips, pitch, interactions, wishes): a separate
# step with its own random stream, so the contacts above stay exactly as they were.

_TELL_NOTES = (
    "Knows half the managers at {org}",
    "Her clients include two recruiters",
    "Coaches the local chamber of commerce",
    "Used to work in HR at {org}",
)
_JOB_TIPS = (
    ("Juniper Labs", "Project manager", "https://example.com/jobs/juniper-pm"),
    ("Harbor Insurance", "Data analyst", "https://example.com/jobs/harbor"),
    ("Fjord Analytics", "Team lead", ""),
)
_RESOURCE_TIPS = (
    ("Free résumé review at the public library", "https://example.org/resume"),
    ("Salary comparison website", "https://example.org/salaries"),
)
_PITCH = {
    "target_roles": "Project manager, Programme coordinator",
    "industries": "Logistics, Health care, Software",
    "locations": "Within 30 minutes of downtown, or remote",
    "strengths": "Keeps complex projects on schedule; calm with clients; budgets and vendors",
    "pitch": "I'm a project manager with ten years in logistics, looking for my next role "
    "leading delivery teams. If you hear of a company that needs someone to get projects "
    "in on time, I'd love an introduction.",
}


def _demo_circle_details(
    rng: random.Random, today: date, first_id: int, size: int, say: Say
) -> None:
    if size == 0:
        return
    by_circle = _by_circle(first_id, size)
    with db.atomic():
        Profile.create(**{name: say(text) for name, text in _PITCH.items()})
        _demo_acquaintances(rng, today, by_circle.get("acquaintances", []), say)
        coworkers = by_circle.get("coworkers", [])
        _demo_coworkers(rng, today, coworkers, _organizations_of(first_id, size), say)
        _demo_interactions(rng, first_id, size, say)
        ids = range(first_id, first_id + size)
        peers = by_circle.get("peers", []) or list(ids)
        family = by_circle.get("family", [])
        _demo_tips(today, family, coworkers, peers, say)
        # family: who has heard the pitch
        for contact_id in family[:2]:
            Contact.update(heard_pitch_on=today - timedelta(days=rng.randint(5, 40))).where(
                Contact.id == contact_id
            ).execute()
        # wishes: unplaced people you want to meet, with who might introduce you
        helpers = coworkers + peers
        for n, contact_id in enumerate(by_circle.get(None, [])[:2]):
            Contact.update(is_wish=True, possible_introducer=helpers[n % len(helpers)]).where(
                Contact.id == contact_id
            ).execute()


def _by_circle(first_id: int, size: int) -> dict[str | None, list[int]]:
    """The demo's contacts by circle key (None: unplaced), in id order."""
    by_circle: dict[str | None, list[int]] = {}
    for contact_id, key in db.execute_sql(
        "SELECT c.id, ci.key FROM contact c LEFT JOIN circle ci ON ci.id = c.circle_id "
        "WHERE c.id BETWEEN ? AND ? ORDER BY c.id",
        (first_id, first_id + size - 1),
    ).fetchall():
        by_circle.setdefault(key, []).append(contact_id)
    return by_circle


def _organizations_of(first_id: int, size: int) -> dict[int, str]:
    return dict(
        db.execute_sql(
            "SELECT id, organization FROM contact WHERE id BETWEEN ? AND ?",
            (first_id, first_id + size - 1),
        ).fetchall()
    )


def _demo_acquaintances(
    rng: random.Random, today: date, acquaintances: list[int], say: Say
) -> None:
    """Every third a gossip, every third one to tell, the rest half answered."""
    for n, contact_id in enumerate(acquaintances):
        people = rng.choice((5, 15, 30, 60, 120))
        values: dict[str, Any]
        if n % 3 == 0:
            values = {
                "passes_gossip": True,
                "can_convey": rng.choice((False, None)),
                "has_useful_contacts": True,
                "people_per_day": people,
            }
        elif n % 3 == 1:
            note = say(rng.choice(_TELL_NOTES)).format(org=rng.choice(COMPANIES))
            values = {
                "passes_gossip": False,
                "can_convey": True,
                "has_useful_contacts": True,
                "useful_contacts_note": note,
                "people_per_day": people,
                "heard_pitch_on": today - timedelta(days=rng.randint(2, 30)),
            }
        else:
            values = {"has_useful_contacts": True, "people_per_day": people}
        Contact.update(values).where(Contact.id == contact_id).execute()


def _demo_coworkers(
    rng: random.Random, today: date, coworkers: list[int], orgs: dict[int, str], say: Say
) -> None:
    """What each can vouch for; one reference agreed and given, one pending; and the
    neglected circle: nobody contacted for 24 days or more."""
    for n, contact_id in enumerate(coworkers):
        Contact.update(
            vouches_work_ethic=n % 2 == 0 or n % 3 == 0,
            vouches_expertise=n % 2 == 1 or n % 3 == 0,
            same_field=rng.choice((True, True, False, None)),
            worked_where=orgs.get(contact_id) or rng.choice(COMPANIES),
            worked_when=say("{start} to {end}").format(start=2015 + n % 6, end=2019 + n % 6),
            vouch_note=say("Led the warehouse migration with me") if n == 0 else "",
        ).where(Contact.id == contact_id).execute()
    if coworkers:
        ReferenceRequest.create(
            contact=coworkers[0],
            application=say("Project manager at Juniper Labs"),
            asked_on=today - timedelta(days=26),
            agreed=True,
            given_on=today - timedelta(days=22),
            note=say("Called the hiring manager"),
        )
    if len(coworkers) > 1:
        ReferenceRequest.create(
            contact=coworkers[1],
            application=say("Team lead at Fjord Analytics"),
            asked_on=today - timedelta(days=25),
        )
    quiet_since = today - timedelta(days=24)
    for contact_id in coworkers:
        Interaction.update(happened_on=quiet_since).where(
            (Interaction.contact == contact_id) & (Interaction.happened_on > quiet_since)
        ).execute()
        Contact.update(last_contacted=quiet_since).where(
            (Contact.id == contact_id) & (Contact.last_contacted > quiet_since)
        ).execute()


def _demo_interactions(rng: random.Random, first_id: int, size: int, say: Say) -> None:
    """Interactions over the last weeks, never after anyone's last contact."""
    last = dict(
        db.execute_sql(
            "SELECT id, last_contacted FROM contact WHERE id BETWEEN ? AND ? "
            "AND last_contacted IS NOT NULL",
            (first_id, first_id + size - 1),
        ).fetchall()
    )
    extra = []
    for contact_id in range(first_id, first_id + size):
        if contact_id not in last or rng.random() < 0.5:
            continue
        latest = date.fromisoformat(str(last[contact_id])[:10])
        for _ in range(rng.randint(1, 2)):
            extra.append(
                {
                    "contact": contact_id,
                    "happened_on": latest - timedelta(days=rng.randint(3, 70)),
                    "kind": rng.choice(("call", "email", "meeting", "event", "message")),
                    "note": say(
                        rng.choice(
                            (
                                "Coffee",
                                "Sent my résumé",
                                "Asked for advice",
                                "Talked at the job club",
                            )
                        )
                    ),
                    "outcome": say(
                        rng.choice(
                            ("", "Will introduce me to a recruiter", "Sends a list of openings")
                        )
                    ),
                }
            )
    _insert_batches(Interaction, extra)


def _demo_tips(
    today: date, family: list[int], coworkers: list[int], peers: list[int], say: Say
) -> None:
    """Peers share tips of each kind; one came through a chain of introductions."""
    if family and coworkers and peers:
        for pair in ((family[0], coworkers[0]), (coworkers[0], peers[0])):
            Referral.insert(
                introducer=pair[0], introduced=pair[1], introduced_on=today - timedelta(days=40)
            ).on_conflict_ignore().execute()
    for n, (company, role, link) in enumerate(_JOB_TIPS):
        shared = today - timedelta(days=3 + 9 * n)
        Lead.create(
            kind="job",
            company=company,
            role=say(role),
            link=link,
            status=("heard", "applied", "interviewing")[n],
            source=peers[n % len(peers)],
            shared_on=shared,
            noted_on=shared,
        )
    fair_day = today + timedelta(days=12)
    fair = Event.create(
        title=say("Downtown career fair"),
        kind="career_fair",
        all_day=True,
        starts_at=f"{fair_day} 00:00:00",
        location=say("Convention centre"),
    )
    Lead.create(
        kind="fair",
        company="",
        title=say("Downtown career fair"),
        event=fair.id,
        source=peers[1 % len(peers)],
        shared_on=today - timedelta(days=6),
        noted_on=today - timedelta(days=6),
    )
    for n, (title, link) in enumerate(_RESOURCE_TIPS):
        shared = today - timedelta(days=10 + n)
        Lead.create(
            kind="resource",
            company="",
            title=say(title),
            link=link,
            source=peers[(2 + n) % len(peers)],
            shared_on=shared,
            noted_on=shared,
        )


# Events and associations: a month of events around today (two of them recurring), and the
# three associations with different dues, one only being considered. Own random stream.

_ASSOCIATION_DETAILS = {
    "Regional Project Management Institute": {
        "reach": "local",
        "dues": 139.0,
        "dues_period": "yearly",
        "membership": "joined",
        "has_job_board": True,
        "has_directory": True,
        "events_per_year": 10,
        "notes": "Chapter meetings on the second Wednesday; certification study group",
    },
    "Women in Tech Network": {
        "reach": "online",
        "dues": 15.0,
        "dues_period": "monthly",
        "membership": "joined",
        "has_job_board": True,
        "has_mentoring": True,
        "events_per_year": 24,
        "notes": "Mentoring circle every other Thursday",
    },
    "Data Guild": {
        "reach": "local",
        "dues": 60.0,
        "dues_period": "yearly",
        "membership": "considering",
        "has_directory": True,
        "events_per_year": 6,
        "expected_contacts": 5,
        "expected_leads": 1,
        "notes": "A friend says their meetups are small but friendly",
    },
}


def _demo_events_and_associations(
    rng: random.Random, today: date, first_id: int, size: int, say: Say
) -> None:
    from networkcircles.services.events import link_attendees, local_zone_name, to_stored

    local = local_zone_name() or "UTC"
    orgs = {
        name: org_id
        for org_id, name in db.execute_sql(
            "SELECT id, name FROM organization WHERE kind = 'association'"
        ).fetchall()
    }
    by_circle = _by_circle(first_id, size)

    def at(day: date, hour: int, minute: int = 0, zone: str = local) -> datetime:
        return to_stored(datetime(day.year, day.month, day.day, hour, minute), zone)

    def event(title: str, kind: str, start: datetime, hours: float, **fields: Any) -> int:
        """An event titled `title` in the demo's language (its uid from the English title);
        its location and notes too, unless a web address."""
        for name in ("location", "notes"):
            if name in fields and "://" not in fields[name]:
                fields[name] = say(fields[name])
        return int(
            Event.create(
                title=say(title),
                kind=kind,
                starts_at=start,
                ends_at=start + timedelta(hours=hours),
                timezone=fields.pop("timezone", local),
                uid=f"demo-{title.lower().replace(' ', '-')}-{start:%Y%m%d}@networkcircles",
                **fields,
            ).id
        )

    with db.atomic():
        for name, details in _ASSOCIATION_DETAILS.items():
            if name in orgs:
                worded = {**details, "notes": say(str(details["notes"]))}
                Organization.update(worded).where(Organization.id == orgs[name]).execute()
        pmi, wit, guild = (orgs.get(name) for name in _ASSOCIATION_DETAILS)
        # recurring: the weekly job club (from two weeks back) and a fortnightly online
        # mentoring circle hosted in New York
        club = event(
            "Job club",
            "job_club",
            at(today - timedelta(days=14), 10),
            2,
            recurrence="FREQ=WEEKLY",
            location="Public library, room 2",
            status="attended",
            notes="Bring ten copies of your résumé",
        )
        first_thursday = today + timedelta(days=(3 - today.weekday()) % 7 - 14)
        circle = event(
            "Women in Tech mentoring circle",
            "association",
            at(first_thursday, 18, 30, "America/New_York"),
            1,
            timezone="America/New_York",
            recurrence="FREQ=WEEKLY;INTERVAL=2",
            location="https://example.org/wit/mentoring",
            organizer=wit,
            status="attended",
        )
        one_offs = [
            (
                "PMI chapter meeting",
                "association",
                -10,
                18,
                2,
                pmi,
                15.0,
                "attended",
                "Hotel Central, ballroom B",
            ),
            (
                "Networking breakfast",
                "networking",
                -5,
                7,
                1.5,
                None,
                12.0,
                "attended",
                "Riverside café",
            ),
            ("Startup mixer", "networking", -2, 19, 3, None, 0.0, "skipped", "Tech hub"),
            (
                "Women in Tech webinar: negotiating offers",
                "webinar",
                3,
                12,
                1,
                wit,
                0.0,
                "planned",
                "https://example.org/wit/webinar",
            ),
            (
                "Data Guild open meetup",
                "association",
                6,
                18,
                2,
                guild,
                5.0,
                "planned",
                "Public library, main hall",
            ),
            (
                "PMI breakfast talk",
                "association",
                15,
                8,
                1.5,
                pmi,
                20.0,
                "planned",
                "Hotel Central",
            ),
        ]
        ids = {}
        for title, kind, offset, hour, hours, org, cost, status, where in one_offs:
            ids[title] = event(
                title,
                kind,
                at(today + timedelta(days=offset), hour),
                hours,
                organizer=org,
                cost=cost,
                status=status,
                location=where,
            )
        associations = by_circle.get("associations", [])
        peers = by_circle.get("peers", [])
        if associations:
            half = max(1, len(associations) // 2)
            link_attendees(ids["PMI chapter meeting"], associations[:half])
            link_attendees(circle, associations[half:][:3])
        if peers:
            link_attendees(club, peers[:4])
            link_attendees(ids["Networking breakfast"], rng.sample(peers, min(2, len(peers))))
            link_attendees(ids["Data Guild open meetup"], peers[-2:], "planned")
        if associations:
            link_attendees(ids["PMI breakfast talk"], associations[:2], "planned")
            # a lead through an association contact, so cost per lead has a figure
            Lead.create(
                company=rng.choice(COMPANIES),
                role=say("Project manager"),
                source=associations[0],
                noted_on=today - timedelta(days=9),
                status="applied",
                notes=say("Mentioned at the PMI chapter meeting"),
            )
