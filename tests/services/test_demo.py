"""The demo network: every circle filled, the same for the same seed."""

from datetime import date

from networkcircles.services.demo import create_demo
from networkcircles.store.queries import contact_rows, stats


def test_demo_fills_every_circle(store):
    create_demo(size=60, today=date(2026, 11, 2))
    figures = stats()
    assert figures["contacts"] == 60
    assert all(count > 0 for count in figures["circles"].values())
    assert figures["unplaced"] > 0
    assert figures["interactions"] > 0 and figures["referrals"] > 0 and figures["leads"] > 0


def test_same_seed_same_network(tmp_path):
    from networkcircles.store.db import close_store, open_store

    names = []
    for n in range(2):
        open_store(tmp_path / f"{n}.sqlite")
        create_demo(size=40, seed=3, today=date(2026, 11, 2))
        names.append([(r.name, r.circle_key, r.last_contacted) for r in contact_rows()])
        close_store()
    assert names[0] == names[1]


def test_an_empty_demo_is_the_associations_and_events_without_people(store):
    """Size 0 used to fail drawing a lead's source from no contacts at all."""
    create_demo(size=0, today=date(2026, 11, 2))
    figures = stats()
    assert figures["contacts"] == 0 and figures["leads"] == 0
    assert figures["organizations"] > 0


def test_the_demo_passes_the_checks_the_services_make(store):
    """The demo writes its rows directly, in batches: each value must still be one the
    services would accept (the same checks, networkcircles/values.py)."""
    from networkcircles.services import contacts
    from networkcircles.store import queries
    from networkcircles.values import is_email, is_phone, is_web_address

    create_demo(size=60, today=date(2026, 11, 2))
    for row in contact_rows():
        details = queries.contact_details(row.id)
        assert all(is_email(item.value) for item in details.emails)
        assert all(is_phone(item.value) for item in details.phones)
        assert all(is_web_address(a) for a in (details.website, details.linkedin) if a)
        stored = contacts.fields_of(details)
        contacts._clean({name: stored[name] for name in contacts.SCALAR_FIELDS})


def _texts() -> set[str]:
    from networkcircles.store.db import db

    found: set[str] = set()
    for sql in (
        "SELECT title FROM event UNION SELECT location FROM event UNION SELECT notes FROM event",
        "SELECT how_known FROM contact UNION SELECT role FROM contact"
        " UNION SELECT tags FROM contact UNION SELECT follow_up_note FROM contact"
        " UNION SELECT useful_contacts_note FROM contact"
        " UNION SELECT vouch_note FROM contact UNION SELECT worked_when FROM contact",
        "SELECT note FROM interaction UNION SELECT outcome FROM interaction",
        "SELECT title FROM lead UNION SELECT role FROM lead UNION SELECT notes FROM lead",
        "SELECT notes FROM organization UNION SELECT application FROM reference_request",
        "SELECT pitch FROM profile UNION SELECT strengths FROM profile",
    ):
        found |= {text for (text,) in db.execute_sql(sql).fetchall() if text}
    return found


def test_a_german_demo_reads_german_with_the_same_people(tmp_path):
    from networkcircles.services.demo_words import GERMAN
    from networkcircles.store.db import close_store, open_store

    people, texts = [], []
    for language in ("en", "de"):
        open_store(tmp_path / f"{language}.sqlite")
        create_demo(size=60, seed=7, today=date(2026, 11, 2), language=language)
        people.append([(r.name, r.circle_key, r.last_contacted) for r in contact_rows()])
        texts.append(_texts())
        close_store()
    english, german = texts
    assert people[0] == people[1]  # names stay international; the same seed, the same network
    assert {"Job club", "PMI chapter meeting", "Downtown career fair"} <= english
    assert {"Bewerbungstreff", "PMI-Regionaltreffen", "Jobmesse in der Innenstadt"} <= german
    untranslated = {text for text in german if GERMAN.get(text, text) != text}
    assert not untranslated  # no English text the demo knows a German one for
    assert "Hält komplexe Projekte im Zeitplan" in " ".join(german)


def test_demo_addresses_keep_every_letter_of_accented_names(store):
    import unicodedata

    from networkcircles.store.models import ContactEmail

    create_demo(size=200, today=date(2026, 11, 2))
    names = {row.id: row.name for row in contact_rows()}
    accented = 0
    for email in ContactEmail.select():
        first = names[email.contact_id].split()[0].lower()
        plain = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode()
        accented += plain != first
        assert email.address.startswith(f"{plain}."), (first, email.address)
    assert accented  # the demo does have names such as Chloé


def test_a_demo_is_searchable_at_once(store):
    """`networkcircles demo --size 100000` then a search: the index is built with the demo,
    so the first search finds people without first catching the index up on every contact."""
    from networkcircles.store import search
    from networkcircles.store.db import db

    create_demo(size=80, today=date(2026, 11, 2))
    queued = db.execute_sql(f"SELECT count(*) FROM {search.QUEUE}").fetchone()[0]
    assert queued == 0
    indexed = db.execute_sql(f"SELECT count(*) FROM {search.TABLE}").fetchone()[0]
    assert indexed == 80
    someone = contact_rows()[17]
    assert someone.id in (search.matching_ids(someone.name) or set())
