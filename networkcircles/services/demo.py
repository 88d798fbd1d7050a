"""A made-up network to explore the app with, the same every time for a given seed and size."""

import random
from datetime import date, timedelta

from networkcircles.store.db import db
from networkcircles.store.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    Event,
    Interaction,
    Lead,
    Organization,
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


def create_demo(size: int = 60, seed: int = 7, today: date | None = None) -> None:
    """Fill an empty store with `size` contacts, their interactions, referrals and leads."""
    today = today or date.today()
    rng = random.Random(seed)
    circle_ids = {row.key: row.id for row in circles()}
    keys: list[str | None] = [*circle_ids, None]
    with db.atomic():
        first_id = (db.execute_sql("SELECT max(id) FROM contact").fetchone()[0] or 0) + 1
        organizations = [
            {"name": name, "kind": "association", "website": f"https://example.org/{i}"}
            for i, name in enumerate(ASSOCIATIONS)
        ] + [{"name": name, "kind": "employer"} for name in COMPANIES[:4]]
        Organization.insert_many(organizations).execute()
        contacts, emails, phones, interactions = [], [], [], []
        for offset in range(size):
            contact_id = first_id + offset
            circle_key = keys[offset] if offset < len(keys) else _pick_circle(rng, keys)
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            org = rng.choice(COMPANIES)
            how = rng.choice(HOW_KNOWN.get(circle_key or "", ("Imported from my phone",)))
            last_contacted = (
                today - timedelta(days=rng.randint(0, 120)) if rng.random() < 0.8 else None
            )
            follow_up = today + timedelta(days=rng.randint(-20, 40)) if rng.random() < 0.4 else None
            knows = (
                today - timedelta(days=rng.randint(1, 60))
                if circle_key == "family" and rng.random() < 0.6
                else None
            )
            contacts.append(
                {
                    "id": contact_id,
                    "name": f"{first} {last}",
                    "circle": circle_ids.get(circle_key) if circle_key else None,
                    "how_known": how.format(org=org, assoc=rng.choice(ASSOCIATIONS)),
                    "organization": org if circle_key != "acquaintances" else "",
                    "role": rng.choice(ROLES),
                    "tags": rng.choice(TAGS),
                    "last_contacted": last_contacted,
                    "next_follow_up": follow_up,
                    "follow_up_note": "Ask about openings on their team" if follow_up else "",
                    "knows_looking_on": knows,
                    "warmth": rng.randint(0, 3),
                }
            )
            handle = f"{first}.{last}.{contact_id}".lower().encode("ascii", "ignore").decode()
            emails.append({"contact": contact_id, "address": f"{handle}@example.com"})
            phones.append(
                {
                    "contact": contact_id,
                    "number": f"+1 555 {rng.randint(100, 999)} {offset:04d}",
                    "label": "mobile",
                }
            )
            if last_contacted:
                interactions.append(
                    {
                        "contact": contact_id,
                        "happened_on": last_contacted,
                        "kind": rng.choice(("call", "email", "meeting", "message")),
                        "note": "Caught up about my search",
                    }
                )
        for model, rows in (
            (Contact, contacts),
            (ContactEmail, emails),
            (ContactPhone, phones),
            (Interaction, interactions),
        ):
            for start in range(0, len(rows), 500):
                model.insert_many(rows[start : start + 500]).execute()
        referrals = set()
        for _ in range(max(1, size // 8)):
            a, b = rng.sample(range(first_id, first_id + size), 2) if size > 1 else (0, 0)
            if a and (a, b) not in referrals:
                referrals.add((a, b))
        if referrals:
            Referral.insert_many(
                [{"introducer": a, "introduced": b, "introduced_on": today} for a, b in referrals]
            ).execute()
        leads = [
            {
                "company": rng.choice(COMPANIES),
                "role": rng.choice(ROLES),
                "source": rng.randint(first_id, first_id + size - 1),
                "noted_on": today,
                "status": rng.choice(("heard", "applied", "interviewing")),
            }
            for _ in range(max(1, size // 12))
        ]
        if size:
            Lead.insert_many(leads).execute()
        for week in range(4):
            Event.create(
                title=f"Job club, week {week + 1}",
                kind="job_club",
                starts_at=f"{today + timedelta(days=7 * week)} 10:00:00",
                location="Public library",
            )
