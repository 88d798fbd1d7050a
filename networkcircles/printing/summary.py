"""The circle summary as plain data: sections, tables and rows, with the privacy mode applied.

Nothing here draws; output.py lays this out on pages. Text the user typed goes into the
rows as it is: the renderer draws plain strings, which Qt never reads as markup.

Order for working through a circle (`work_order`):
  1. follow-ups overdue (before today), the longest overdue first;
  2. follow-ups due soon (today to DUE_SOON_DAYS ahead), the soonest first;
  3. never contacted;
  4. everyone else, the longest since last contact first.
Ties go by name (ignoring case), then by id, so the order is the same on every print.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from networkcircles.services.balance import CircleBalance, circle_balance
from networkcircles.services.followups import DUE_SOON_DAYS, Warmth, warmth_status
from networkcircles.store import queries, summary_queries
from networkcircles.store.summary_queries import PrintContactRow

EVENT_DAYS = 30  # "upcoming events" looks this many days ahead


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("PrintSummary", text, None, n)


class SectionKind(StrEnum):
    OVERVIEW = "overview"  # the diagram and the balance figures (first page)
    CIRCLES = "circles"  # one section of people per chosen circle
    EVENTS = "events"
    LEADS = "leads"


ALL_SECTIONS = frozenset(SectionKind)


def default_sections(whole_network: bool) -> frozenset[SectionKind]:
    """The whole network gets every section; a choice of circles only their people."""
    return ALL_SECTIONS if whole_network else frozenset({SectionKind.CIRCLES})


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    weight: float  # share of the table's width, relative to the other columns
    bold: bool = False
    fit: str = ""  # a sample the column must hold on one line, e.g. a date


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[str, ...]
    mark: Warmth | None = None  # drawn as a warmth dot before the first cell


@dataclass(frozen=True, slots=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    italic: bool = False


@dataclass(frozen=True, slots=True)
class Subheading:
    text: str


Block = Table | Paragraph | Subheading


@dataclass(frozen=True, slots=True)
class Section:
    key: str  # a circle key, "events" or "leads"
    title: str
    blocks: tuple[Block, ...]
    colour: str | None = None  # the circle's colour, for the swatch beside the title
    new_page: bool = True


@dataclass(frozen=True, slots=True)
class DiagramRing:
    key: str
    name: str
    colour: str
    count: int


@dataclass(frozen=True)
class Diagram:
    rings: tuple[DiagramRing, ...]
    members: dict[str, list[int]]  # circle key -> contact ids, as geometry.place_dots takes
    marks: dict[int, Warmth]  # contact id -> warmth, the dot's colour


@dataclass(frozen=True)
class Overview:
    diagram: Diagram
    balance: Table
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class SummaryDocument:
    network_name: str
    title: str  # what this print covers, for the running header
    printed_on: date
    share: bool
    overview: Overview | None = None
    sections: tuple[Section, ...] = field(default_factory=tuple)


# --- privacy -------------------------------------------------------------------------------


def initials(name: str) -> str:
    """ "José Núñez" -> "J. N.", "Mary-Jane Roe" -> "M.-J. R."; symbols and markup are dropped."""
    words = []
    for word in name.split():
        letters = []
        for piece in word.split("-"):
            first = next((ch for ch in piece if ch.isalnum()), "")
            if first:
                letters.append(first.upper() + ".")
        if letters:
            words.append("-".join(letters))
    return " ".join(words) or "?"


# --- order ---------------------------------------------------------------------------------


def work_order(row: PrintContactRow, today: date) -> tuple:
    """Sort key for working through a circle (see the module docstring)."""
    tie = (row.name.casefold(), row.id)
    follow_up = row.next_follow_up
    if follow_up is not None and follow_up < today:
        return (0, follow_up.toordinal(), *tie)
    if follow_up is not None and follow_up <= today + timedelta(days=DUE_SOON_DAYS):
        return (1, follow_up.toordinal(), *tie)
    if row.last_contacted is None:
        return (2, 0, *tie)
    return (3, row.last_contacted.toordinal(), *tie)


# --- building ------------------------------------------------------------------------------


def _day(value: date | None, empty: str = "") -> str:
    return value.isoformat() if value else empty


def _lines(*parts: str) -> str:
    return "\n".join(part for part in parts if part)


_A_DATE = "2000-00-00"


def _people_columns(share: bool) -> tuple[Column, ...]:
    columns = [
        Column(tr("Name"), 17, bold=True),
        Column(tr("How you know them"), 15),
        Column(tr("Organisation and role"), 16),
        Column(tr("Phone and e-mail"), 22),
        Column(tr("Last contacted"), 10, fit=_A_DATE),
        Column(tr("Next follow-up"), 12, fit=_A_DATE),
        Column(tr("Knows I'm looking"), 10, fit=_A_DATE),
    ]
    if share:
        del columns[3]
    return tuple(columns)


def _person_row(row: PrintContactRow, today: date, share: bool) -> Row:
    follow_up = ""
    if row.next_follow_up is not None:
        follow_up = row.next_follow_up.isoformat()
        if row.next_follow_up < today:
            follow_up += " " + tr("(overdue)")
    cells = [
        initials(row.name) if share else row.name,
        row.how_known,
        _lines(row.organization, row.role),
        _lines(row.phone, row.email),
        _day(row.last_contacted, tr("never")),
        _lines(follow_up, row.follow_up_note),
        tr("yes, since %1").replace("%1", row.knows_looking_on.isoformat())
        if row.knows_looking_on
        else tr("no"),
    ]
    if share:
        del cells[3]
    mark = warmth_status(row.last_contacted, row.next_follow_up, today)
    return Row(tuple(cells), mark)


def _people_count(n: int) -> str:
    return tr("1 person") if n == 1 else tr("%n people", n)


def _circle_section(
    circle: queries.CircleRow, people: list[PrintContactRow], today: date, share: bool
) -> Section:
    # Later: partition `people` here by the reliability verdict and add a Subheading and a
    # second Table for the acquaintances left out, after the people to tell.
    people = sorted(people, key=lambda row: work_order(row, today))
    blocks: list[Block] = []
    if circle.description:
        blocks.append(Paragraph(circle.description, italic=True))
    blocks.append(Paragraph(_people_count(len(people))))
    if people:
        rows = tuple(_person_row(row, today, share) for row in people)
        blocks.append(Table(_people_columns(share), rows))
    else:
        blocks.append(Paragraph(tr("No one in this circle yet.")))
    return Section(circle.key, circle.name, tuple(blocks), colour=circle.colour)


def _balance_table(figures: list[CircleBalance]) -> Table:
    columns = (
        Column(tr("Circle"), 30, bold=True),
        Column(tr("People"), 11),
        Column(tr("Know I'm looking"), 14),
        Column(tr("Contacted in the last 30 days"), 17),
        Column(tr("Overdue follow-ups"), 14),
        Column(tr("Last outreach"), 14, fit=_A_DATE),
    )
    rows = tuple(
        Row(
            (
                f.name,
                str(f.contacts),
                str(f.knows_looking),
                str(f.contacted_last_30_days),
                str(f.overdue_follow_ups),
                _day(f.last_outreach, tr("never")),
            )
        )
        for f in figures
    )
    return Table(columns, rows)


def _overview(circles: list[queries.CircleRow], chosen: set[str], today: date) -> Overview:
    members = summary_queries.circle_members()
    marks = {
        contact_id: warmth_status(last, follow_up, today)
        for contact_id, last, follow_up in summary_queries.contact_dates()
    }
    rings = tuple(
        DiagramRing(c.key, c.name, c.colour, len(members.get(c.key, ()))) for c in circles
    )
    figures = [f for f in circle_balance(today) if f.key in chosen]
    notes = []
    unplaced = summary_queries.unplaced_count()
    if unplaced:
        notes.append(
            tr("1 contact is not yet placed in a circle.")
            if unplaced == 1
            else tr("%n contacts are not yet placed in a circle.", unplaced)
        )
    return Overview(Diagram(rings, members, marks), _balance_table(figures), tuple(notes))


def _events_section(today: date) -> Section | None:
    events = summary_queries.events_between(today, today + timedelta(days=EVENT_DAYS))
    if not events:
        return None
    columns = (
        Column(tr("Date"), 16, fit=_A_DATE),
        Column(tr("Time"), 12),
        Column(tr("Event"), 42, bold=True),
        Column(tr("Location"), 30),
    )
    rows = tuple(
        Row(
            (
                event.starts_at.date().isoformat(),
                tr("all day") if event.all_day else event.starts_at.strftime("%H:%M"),
                event.title,
                event.location,
            )
        )
        for event in events
    )
    title = tr("Upcoming events (next %n days)", EVENT_DAYS)
    return Section("events", title, (Table(columns, rows),))


def _lead_status(status: str) -> str:
    words = {
        "heard": tr("heard of it"),
        "applied": tr("applied"),
        "interviewing": tr("interviewing"),
        "offer": tr("offer"),
    }
    return words.get(status, status)


def _leads_section(share: bool) -> Section | None:
    leads = summary_queries.open_leads()
    if not leads:
        return None
    columns = (
        Column(tr("Company"), 32, bold=True),
        Column(tr("Role"), 28),
        Column(tr("Status"), 15),
        Column(tr("Heard from"), 25),
    )
    source: Callable[[str], str] = (lambda n: initials(n) if n else "") if share else str
    rows = tuple(
        Row((lead.company, lead.role, _lead_status(lead.status), source(lead.source_name)))
        for lead in leads
    )
    return Section("leads", tr("Open leads"), (Table(columns, rows),), new_page=False)


class UnknownCircle(LookupError):
    """A circle key that the store does not have."""


def build_summary(
    network_name: str,
    circles: list[str] | None = None,
    sections: frozenset[SectionKind] | None = None,
    share: bool = False,
    today: date | None = None,
) -> SummaryDocument:
    """Read the store and build the document for the chosen circles (None: all of them).

    `sections` None means `default_sections()` for the scope. Raises UnknownCircle for a key
    the store lacks.
    """
    today = today or date.today()
    all_circles = queries.circles()
    known = {c.key for c in all_circles}
    if circles is not None:
        unknown = [key for key in circles if key not in known]
        if unknown:
            raise UnknownCircle(", ".join(unknown))
    chosen = known if circles is None else set(circles)
    whole = chosen == known
    if sections is None:
        sections = default_sections(whole)
    picked = [c for c in all_circles if c.key in chosen]
    if whole:
        title = tr("The whole network")
    elif len(picked) == 1:
        title = picked[0].name
    else:
        title = ", ".join(c.name for c in picked)

    overview = _overview(all_circles, chosen, today) if SectionKind.OVERVIEW in sections else None
    parts: list[Section] = []
    if SectionKind.CIRCLES in sections:
        people: dict[str, list[PrintContactRow]] = {}
        for row in summary_queries.contacts_in_circles([c.key for c in picked]):
            people.setdefault(row.circle_key or "", []).append(row)
        parts.extend(_circle_section(c, people.get(c.key, []), today, share) for c in picked)
    if SectionKind.EVENTS in sections and (events := _events_section(today)):
        parts.append(events)
    if SectionKind.LEADS in sections and (leads := _leads_section(share)):
        parts.append(leads)
    # Later: the pocket card (the user's pitch) becomes one more field of SummaryDocument,
    # filled here when a pitch exists, and drawn by output.py on a page of its own.
    return SummaryDocument(network_name, title, today, share, overview, tuple(parts))
