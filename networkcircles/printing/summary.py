"""The circle summary as plain data: sections, tables and rows, with the privacy mode applied.

Nothing here draws; output.py lays this out on pages. Text the user typed goes into the
rows as it is: the renderer draws plain strings, which Qt never reads as markup.

Order for working through a circle (`work_order`):
  1. follow-ups overdue (before today), the longest overdue first;
  2. follow-ups due soon (today to DUE_SOON_DAYS ahead), the soonest first;
  3. never contacted;
  4. everyone else, the longest since last contact first.
Ties go by name (ignoring case), then by id, so the order is the same on every print.

People whose reliability verdict is "leave out" (they pass along gossip, cannot convey your
situation, or have no useful contacts) are listed apart, after the people to tell, in any
circle. Only that heading is printed: never the reliability answers or the note about
their contacts, in either privacy mode.

The pocket card (your pitch) prints in the sharing version too: it holds only your own
words, and a coach or job club is who you would ask to look it over.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication

from networkcircles.languages import shown_circles
from networkcircles.services import events, profile, reliability
from networkcircles.services.balance import CircleBalance, circle_balance
from networkcircles.services.circles import UnknownCircle
from networkcircles.services.followups import DUE_SOON_DAYS, Warmth, warmth_status
from networkcircles.services.reliability import Verdict, VerdictKind
from networkcircles.store import queries, summary_queries
from networkcircles.store.queries import CircleRow
from networkcircles.store.summary_queries import PrintContactRow

EVENT_DAYS = 30  # "upcoming events" looks this many days ahead


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("PrintSummary", text, None, n)


class SectionKind(StrEnum):
    OVERVIEW = "overview"  # the diagram and the balance figures (first page)
    CIRCLES = "circles"  # one section of people per chosen circle
    EVENTS = "events"
    LEADS = "leads"
    POCKET_CARD = "pocket_card"  # the last page: your pitch at business-card size


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


@dataclass(frozen=True, slots=True)
class PocketCard:
    """Your pitch, to cut out and carry. `details` are (label, text) pairs, empty ones left out."""

    heading: str
    pitch: str
    details: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class SummaryDocument:
    network_name: str
    title: str  # what this print covers, for the running header
    printed_on: date
    share: bool
    overview: Overview | None = None
    sections: tuple[Section, ...] = field(default_factory=tuple)
    pocket_card: PocketCard | None = None


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
    return "\n".join(filter(None, parts))  # the parts that are not blank


_A_DATE = "2000-00-00"


def _people_columns(share: bool) -> tuple[Column, ...]:
    if share:  # nothing that identifies anyone: initials, the next step, days from today
        return (
            Column(tr("Initials"), 14, bold=True),
            Column(tr("Last contacted"), 18),
            Column(tr("Next step"), 44),
            Column(tr("Knows I'm looking"), 18),
        )
    return (
        Column(tr("Name"), 17, bold=True),
        Column(tr("How you know them"), 15),
        Column(tr("Organisation and role"), 16),
        Column(tr("Phone and e-mail"), 22),
        Column(tr("Last contacted"), 10, fit=_A_DATE),
        Column(tr("Next follow-up"), 12, fit=_A_DATE),
        Column(tr("Knows I'm looking"), 10, fit=_A_DATE),
    )


def relative_day(day: date | None, today: date, empty: str = "") -> str:
    """A day as a coach may see it: "today", "12 days ago", "in 5 days" (no calendar date,
    which with a source such as a LinkedIn export could point at one person)."""
    if day is None:
        return empty
    days = (day - today).days
    if days == 0:
        return tr("today")
    if days == -1:
        return tr("yesterday")
    if days == 1:
        return tr("tomorrow")
    return tr("%n days ago", -days) if days < 0 else tr("in %n days", days)


def _shared_row(row: PrintContactRow, today: date) -> Row:
    step = ""
    if row.next_follow_up is not None:
        step = relative_day(row.next_follow_up, today)
        if row.next_follow_up < today:
            step += " " + tr("(overdue)")
    cells = (
        initials(row.name),
        relative_day(row.last_contacted, today, tr("never")),
        _lines(step, row.follow_up_note),
        tr("yes") if row.knows_looking_on else tr("no"),
    )
    return Row(cells, warmth_status(row.last_contacted, row.next_follow_up, today))


class _Words(NamedTuple):
    """The words of a person's row, translated once per table rather than once per row."""

    overdue: str
    never: str
    since: str
    no: str


def _person_words() -> _Words:
    return _Words(tr("(overdue)"), tr("never"), tr("yes, since %1"), tr("no"))


def _person_row(row: PrintContactRow, today: date, share: bool, words: _Words) -> Row:
    if share:
        return _shared_row(row, today)
    follow_up = ""
    if row.next_follow_up is not None:
        follow_up = row.next_follow_up.isoformat()
        if row.next_follow_up < today:
            follow_up += " " + words.overdue
    cells = [
        row.name,
        row.how_known,
        _lines(row.organization, row.role),
        _lines(row.phone, row.email),
        _day(row.last_contacted, words.never),
        _lines(follow_up, row.follow_up_note),
        words.since.replace("%1", row.knows_looking_on.isoformat())
        if row.knows_looking_on
        else words.no,
    ]
    mark = warmth_status(row.last_contacted, row.next_follow_up, today)
    return Row(tuple(cells), mark)


def _people_count(n: int) -> str:
    return tr("1 person") if n == 1 else tr("%n people", n)


def _left_out_count(n: int) -> str:
    if n == 1:
        return tr("1 of them is left out: listed apart at the end, not among the people to tell.")
    return tr("%n of them are left out: listed apart at the end, not among the people to tell.", n)


def _ask_first(row: Row) -> Row:
    """An acquaintance not yet vetted: say so in the "knows I'm looking" cell."""
    note = tr("ask the questions first")
    return Row((*row.cells[:-1], _lines(row.cells[-1], note)), row.mark)


def _left_out_table(people: list[PrintContactRow], share: bool, today: date | None = None) -> Table:
    """The people left out: who they are, nothing to act on (no phones, no follow-ups)."""
    if share:
        today = today or date.today()
        columns: tuple[Column, ...] = (
            Column(tr("Initials"), 40, bold=True),
            Column(tr("Last contacted"), 60),
        )
        rows = tuple(
            Row((initials(row.name), relative_day(row.last_contacted, today, tr("never"))))
            for row in sorted(people, key=lambda row: (row.name.casefold(), row.id))
        )
        return Table(columns, rows)
    columns = (
        Column(tr("Name"), 22, bold=True),
        Column(tr("How you know them"), 30),
        Column(tr("Organisation and role"), 30),
        Column(tr("Last contacted"), 18, fit=_A_DATE),
    )
    rows = tuple(
        Row(
            (
                row.name,
                row.how_known,
                _lines(row.organization, row.role),
                _day(row.last_contacted, tr("never")),
            )
        )
        for row in sorted(people, key=lambda row: (row.name.casefold(), row.id))
    )
    return Table(columns, rows)


def _circle_section(
    circle: queries.CircleRow,
    people: list[PrintContactRow],
    today: date,
    share: bool,
    verdicts: dict[int, Verdict],
) -> Section:
    left_out = [row for row in people if _is_left_out(verdicts.get(row.id))]
    to_tell = sorted(
        (row for row in people if not _is_left_out(verdicts.get(row.id))),
        key=lambda row: work_order(row, today),
    )
    vetting = circle.key == "acquaintances"
    blocks: list[Block] = []
    if circle.description:
        blocks.append(Paragraph(circle.description, italic=True))
    count = _people_count(len(people))
    if left_out:
        count = f"{count}. {_left_out_count(len(left_out))}"
    blocks.append(Paragraph(count))
    if to_tell:
        rows = []
        words = _person_words()
        for row in to_tell:
            printed = _person_row(row, today, share, words)
            found = verdicts.get(row.id)
            if vetting and found is not None and found.kind is VerdictKind.NOT_YET:
                printed = _ask_first(printed)
            rows.append(printed)
        blocks.append(Table(_people_columns(share), tuple(rows)))
    elif not people:
        blocks.append(Paragraph(tr("No one in this circle yet.")))
    if left_out:
        heading = tr(
            "Left out: they pass along gossip, cannot convey your situation, "
            "or have no useful contacts"
        )
        blocks.append(Subheading(heading))
        blocks.append(_left_out_table(left_out, share, today))
    return Section(circle.key, circle.name, tuple(blocks), colour=circle.colour)


def _is_left_out(found: Verdict | None) -> bool:
    return found is not None and found.kind is VerdictKind.LEAVE_OUT


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


def _zone_name(zone: tzinfo, moment: datetime) -> str:
    return zone.key if isinstance(zone, ZoneInfo) else (zone.tzname(moment) or str(zone))


def _zone_or_none(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _event_time(occurrence: events.Occurrence, zone: tzinfo) -> str:
    """Start and end (en dash between) in the display zone, and a second line with the time
    in the event's own zone when that differs (an online meeting hosted elsewhere)."""
    if occurrence.all_day:
        if occurrence.last_day() > occurrence.day:
            return tr("all day, to %1").replace("%1", occurrence.last_day().isoformat())
        return tr("all day")
    start = occurrence.start
    assert isinstance(start, datetime)
    text = start.strftime("%H:%M")
    end = occurrence.end
    if isinstance(end, datetime) and end > start:
        # Past midnight the end time alone is still clear; longer than a day needs the date.
        short = end - start < timedelta(days=1)
        text += "\u2013" + end.strftime("%H:%M" if short else "%Y-%m-%d %H:%M")
    own = _zone_or_none(occurrence.timezone)
    if own is not None and start.astimezone(own).utcoffset() != start.utcoffset():
        there = start.astimezone(own)
        city = own.key.rsplit("/", 1)[-1].replace("_", " ")  # "America/New_York": "New York"
        text += "\n" + tr("(%1 in %2)").replace("%1", there.strftime("%H:%M")).replace("%2", city)
    return text


def _series_words(found: list[events.Occurrence]) -> dict[int, str]:
    """Each recurring event's rule in words ("every Tuesday at 18:00"), by event id."""
    from networkcircles.printing.recurrence import in_words
    from networkcircles.store.event_queries import event_rows

    wanted = {o.event_id for o in found if o.is_recurring}
    words = {}
    for row in event_rows() if wanted else []:
        parts = events.rule_parts(row) if row.id in wanted else None
        if parts is not None:
            words[row.id] = in_words(parts, row.starts_at.date())
    return words


def _events_section(today: date, zone: tzinfo) -> Section | None:
    found = events.occurrences(today, today + timedelta(days=EVENT_DAYS), zone)
    if not found:
        return None
    words = _series_words(found)
    columns = (
        Column(tr("Date"), 16, fit=_A_DATE),
        Column(tr("Time"), 21),
        Column(tr("Event"), 37, bold=True),
        Column(tr("Location"), 26),
    )
    rows = tuple(
        Row(
            (
                occurrence.day.isoformat(),
                _event_time(occurrence, zone),
                "\n".join(filter(None, (occurrence.title, words.get(occurrence.event_id)))),
                occurrence.location,
            )
        )
        for occurrence in found
    )
    noon = datetime.combine(today, datetime.min.time()).replace(hour=12, tzinfo=zone)
    note = Paragraph(tr("Times are in %1.").replace("%1", _zone_name(zone, noon)), italic=True)
    title = tr("Upcoming events (next %n days)", EVENT_DAYS)
    return Section("events", title, (note, Table(columns, rows)))


def _lead_status(status: str) -> str:
    words = {
        "heard": tr("heard of it"),
        "applied": tr("applied"),
        "interviewing": tr("interviewing"),
        "offer": tr("offer"),
    }
    return words.get(status, status)


def _lead_kind(kind: str) -> str:
    words = {"job": tr("job"), "fair": tr("career fair"), "resource": tr("resource")}
    return words.get(kind, kind)


def _lead_cells(lead: summary_queries.LeadRow) -> tuple[str, str]:
    """(what, details): a job by its company and role; a fair or resource by its title."""
    if lead.kind == "job":
        return lead.company, lead.role
    what = lead.title or lead.company
    details = lead.company if lead.title and lead.company != lead.title else ""
    if lead.fair_on is not None:
        details = _lines(details, lead.fair_on.isoformat())
    return what, details


def _leads_section(share: bool) -> Section | None:
    leads = summary_queries.open_leads()
    if not leads:
        return None
    columns = (
        Column(tr("Company or title"), 28, bold=True),
        Column(tr("Kind"), 12),
        Column(tr("Role or details"), 25),
        Column(tr("Status"), 13),
        Column(tr("Heard from"), 22),
    )
    source: Callable[[str], str] = (lambda n: initials(n) if n else "") if share else str
    rows = tuple(
        Row(
            (
                what,
                _lead_kind(lead.kind),
                details,
                _lead_status(lead.status),
                source(lead.source_name),
            )
        )
        for lead in leads
        for what, details in (_lead_cells(lead),)
    )
    return Section("leads", tr("Open leads and tips"), (Table(columns, rows),), new_page=False)


def _pocket_card() -> PocketCard | None:
    """The user's pitch, or None when "what to tell people" is empty."""
    mine = profile.get()
    if not mine.pitch.strip():
        return None
    details = (
        (tr("Looking for"), mine.target_roles),
        (tr("Industries"), mine.industries),
        (tr("Where"), mine.locations),
        (tr("Strengths"), mine.strengths),
    )
    return PocketCard(
        tr("What to tell people"),
        mine.pitch.strip(),
        tuple((label, " ".join(text.split())) for label, text in details if text.strip()),
    )


def _picked_circles(all_circles: list[CircleRow], keys: list[str] | None) -> list[CircleRow]:
    """The circles asked for (None: all of them), in ring order; UnknownCircle names any
    key the store lacks."""
    if keys is None:
        return list(all_circles)
    known = {c.key for c in all_circles}
    unknown = [key for key in keys if key not in known]
    if unknown:
        raise UnknownCircle(", ".join(unknown))
    return [c for c in all_circles if c.key in set(keys)]


def _title(picked: list[CircleRow], whole: bool) -> str:
    if whole:
        return tr("The whole network")
    if len(picked) == 1:
        return picked[0].name
    return ", ".join(c.name for c in picked)


def _circle_sections(picked: list[CircleRow], today: date, share: bool) -> list[Section]:
    people: dict[str, list[PrintContactRow]] = {}
    for row in summary_queries.contacts_in_circles([c.key for c in picked]):
        people.setdefault(row.circle_key or "", []).append(row)
    verdicts = reliability.verdicts()  # one query for everyone, not one per contact
    return [_circle_section(c, people.get(c.key, []), today, share, verdicts) for c in picked]


def build_summary(
    network_name: str,
    circles: list[str] | None = None,
    sections: frozenset[SectionKind] | None = None,
    share: bool = False,
    today: date | None = None,
    zone: tzinfo | None = None,
) -> SummaryDocument:
    """Read the store and build the document for the chosen circles (None: all of them).

    `sections` None means `default_sections()` for the scope. Event times print in `zone`
    (None: events.display_zone()). Raises UnknownCircle for a key the store lacks.
    """
    today = today or date.today()
    all_circles = shown_circles(queries.circles())  # unrenamed circles in our language
    picked = _picked_circles(all_circles, circles)
    whole = len(picked) == len(all_circles)
    if sections is None:
        sections = default_sections(whole)
    overview = None
    if SectionKind.OVERVIEW in sections:
        overview = _overview(all_circles, {c.key for c in picked}, today)
    parts: list[Section] = []
    if SectionKind.CIRCLES in sections:
        parts.extend(_circle_sections(picked, today, share))
    if SectionKind.EVENTS in sections and (
        upcoming := _events_section(today, events.display_zone(zone))
    ):
        parts.append(upcoming)
    if SectionKind.LEADS in sections and (leads := _leads_section(share)):
        parts.append(leads)
    card = _pocket_card() if SectionKind.POCKET_CARD in sections else None
    title = _title(picked, whole)
    return SummaryDocument(network_name, title, today, share, overview, tuple(parts), card)
