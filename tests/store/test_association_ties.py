"""event_queries.association_ties: who belongs to each association, on a network with the
tricky cases, against a plain Python reading of the rule and against the join it replaced."""

from networkcircles.store import event_queries
from networkcircles.store.db import db
from networkcircles.store.models import Contact, Organization

# The join the query used before (one lower() per contact and association pair).
_OLD_MEMBERS_SQL = (
    "SELECT o.id, c.id FROM organization o JOIN contact c "
    "ON lower(trim(c.organization)) = lower(trim(o.name)) "
    "OR (trim(o.name) != '' AND instr(lower(c.how_known), lower(trim(o.name))) > 0) "
    "WHERE o.kind = 'association'"
)


def _fold(text: str) -> str:
    """SQLite's lower(): ASCII letters only (É stays É)."""
    return "".join(chr(ord(ch) + 32) if "A" <= ch <= "Z" else ch for ch in text)


def _expected_members(contact_ids: set[int] | None = None) -> dict[int, set[int]]:
    """The rule, spelled out: a contact belongs to an association when its organisation is
    the association's name (spaces around and ASCII case aside), or when how they are known
    contains that name."""
    found: dict[int, set[int]] = {}
    associations = Organization.select().where(Organization.kind == "association")
    for organization in associations:
        name = _fold(organization.name.strip(" "))
        for contact in Contact.select():
            if contact_ids is not None and contact.id not in contact_ids:
                continue
            same = _fold(contact.organization.strip(" ")) == name
            named = name != "" and name in _fold(contact.how_known)
            if same or named:
                found.setdefault(organization.id, set()).add(contact.id)
    return found


def _tricky_network() -> dict[str, int]:
    def org(name: str, kind: str = "association") -> int:
        return int(Organization.create(name=name, kind=kind).id)

    def person(name: str, organization: str = "", how_known: str = "") -> int:
        return int(Contact.create(name=name, organization=organization, how_known=how_known).id)

    ids = {
        "guild": org("Data Guild"),
        "big_guild": org("Big Data Guild"),  # holds the name of the one above
        "ecole": org("  École des Ponts "),  # spaces around, an accent
        "empty": org("   "),  # a name of spaces names nobody by how they are known
        "acme": org("Acme", kind="employer"),  # not an association
    }
    people = [
        ("exact", "Data Guild", ""),
        ("upper", "DATA GUILD", ""),
        ("spaced", "  data guild  ", ""),
        ("big", "Big Data Guild", ""),  # the organisation must equal: the big guild only
        ("knows_big", "", "Member of the big data guild"),  # both guilds by how known
        ("knows_small", "", "met at a DATA guild talk"),
        # SQLite's lower() leaves É as it is: "École" and "ÉCOLE" match, "école" does not.
        ("accent_small", "école des ponts", ""),
        ("accent_upper", "ÉCOLE DES PONTS", ""),
        ("accent_known", "", "alumni of École des Ponts, class of 2010"),
        ("accent_known_upper", "", "ALUMNI OF ÉCOLE DES PONTS"),
        ("employer", "Acme", "works at acme"),
        ("nobody", "", ""),
        ("spaces_org", "   ", ""),  # equals the empty association's trimmed name
        ("partial", "Data Guil", "data-guild"),
    ]
    for name, organization, how_known in people:
        ids[name] = person(name, organization, how_known)
    return ids


def test_members_match_the_rule_and_the_old_join(store):
    ids = _tricky_network()
    ties = event_queries.association_ties()
    expected = _expected_members()
    assert ties.members == expected
    old: dict[int, set[int]] = {}
    for org_id, contact_id in db.execute_sql(_OLD_MEMBERS_SQL).fetchall():
        old.setdefault(org_id, set()).add(contact_id)
    assert ties.members == old
    # The cases spelled out, so that the reference itself is checked too.
    members = ties.members
    assert members[ids["guild"]] == {
        ids["exact"],
        ids["upper"],
        ids["spaced"],
        ids["knows_big"],
        ids["knows_small"],
    }
    assert members[ids["big_guild"]] == {ids["big"], ids["knows_big"]}
    assert members[ids["ecole"]] == {
        ids["accent_upper"],
        ids["accent_known"],
        ids["accent_known_upper"],
    }
    # A name of spaces: nobody by how they are known, everyone with no organisation.
    no_organisation = ["knows_big", "knows_small", "accent_known", "accent_known_upper"]
    assert members[ids["empty"]] == {ids[name] for name in ["nobody", "spaces_org"]} | {
        ids[name] for name in no_organisation
    }
    assert ids["acme"] not in members


def test_members_of_chosen_contacts_only(store):
    ids = _tricky_network()
    chosen = [ids["upper"], ids["knows_big"], ids["accent_upper"], ids["employer"]]
    ties = event_queries.association_ties(chosen)
    assert ties.members == _expected_members(set(chosen))
    assert ties.members == {
        ids["guild"]: {ids["upper"], ids["knows_big"]},
        ids["big_guild"]: {ids["knows_big"]},
        ids["ecole"]: {ids["accent_upper"]},
        ids["empty"]: {ids["knows_big"]},
    }


def test_names_with_like_wildcards_and_a_name_too_long_for_a_pattern(store):
    """The names are looked for with LIKE: its wildcards (% and _) and its escape (\\) in a
    name are plain characters, and a name longer than a LIKE pattern may be is still found."""

    def org(name: str) -> int:
        return int(Organization.create(name=name, kind="association").id)

    def person(how_known: str, organization: str = "") -> int:
        return int(Contact.create(name="x", organization=organization, how_known=how_known).id)

    long_name = "Guild " + "é" * 20_000
    ids = {
        "percent": org("100% Club"),
        "under": org("A_B"),
        "slash": org(r"C\D"),
        "long": org(long_name),
    }
    people = {
        "percent": person("met at the 100% club"),
        "percent_wild": person("met at the 100 x club"),  # % must not match " x"
        "under": person("a_b alumni"),
        "under_wild": person("axb alumni"),  # _ must not match "x"
        "slash": person(r"c\d member"),
        "slash_wild": person("cd member"),
        "long": person("in the GUILD " + "é" * 20_000),  # GUILD folds to guild
        "long_by_organisation": person("", organization=f"  {long_name}  "),
    }
    ties = event_queries.association_ties()
    assert ties.members == _expected_members()
    old: dict[int, set[int]] = {}
    for org_id, contact_id in db.execute_sql(_OLD_MEMBERS_SQL).fetchall():
        old.setdefault(org_id, set()).add(contact_id)
    assert ties.members == old
    assert ties.members[ids["percent"]] == {people["percent"]}
    assert ties.members[ids["under"]] == {people["under"]}
    assert ties.members[ids["slash"]] == {people["slash"]}
    assert ties.members[ids["long"]] == {people["long"], people["long_by_organisation"]}


def test_the_ties_of_more_than_five_hundred_chosen_contacts_are_theirs_only(store):
    """However many contacts are chosen (the diagram asks for the whole associations ring),
    the ties read are theirs, not everyone's."""
    guild = int(Organization.create(name="Data Guild", kind="association").id)
    people = [int(Contact.create(name=f"p{n}", organization="Data Guild").id) for n in range(1200)]
    chosen = people[::2]
    ties = event_queries.association_ties(chosen)
    assert ties.members == {guild: set(chosen)}
    assert event_queries.association_ties([]).members == {}
    assert event_queries.association_ties().members == {guild: set(people)}
