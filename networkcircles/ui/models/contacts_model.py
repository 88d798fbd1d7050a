"""The contacts table model (one row per ContactRow) and the proxy that searches and filters it.

A QSortFilterProxyModel asks the source for data() once per row (filtering) or per
comparison (sorting): seconds at 100,000 rows. ContactsFilterProxy filters and sorts
in Python over the rows the model already holds, with search answered by SQLite's
full-text index (store/search.py), and tells the view once: a reset for a new filter,
a layout change for a new order, single-row signals for a single-row edit.
"""

import operator
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from networkcircles.store.queries import CircleRow, ContactRow
from networkcircles.ui.text import literal

CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
UNPLACED = ""  # the circle filter's key for the unplaced tray

Index = QModelIndex | QPersistentModelIndex
Matcher = Callable[[str, list[ContactRow]], frozenset[int] | None]
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FEW_MOVED = 16  # changed rows the proxy moves one by one; more are sorted again at once
# A search matching under 1/_NARROW_SEARCH of the rows is shown from its matches, not by a
# pass over all.
_NARROW_SEARCH = 8
SORT_STEP = 2000  # rows sort_ahead keys between pauses


class Column(IntEnum):
    NAME = 0
    CIRCLE = 1
    ORGANIZATION = 2
    ROLE = 3
    EMAIL = 4
    PHONE = 5
    LAST_CONTACTED = 6
    NEXT_FOLLOW_UP = 7


# QT_TRANSLATE_NOOP marks the texts for lupdate and gives them back unchanged (typed as object).
_HEADERS: dict[Column, str] = {
    Column.NAME: str(QT_TRANSLATE_NOOP("contacts", "Name")),
    Column.CIRCLE: str(QT_TRANSLATE_NOOP("contacts", "Circle")),
    Column.ORGANIZATION: str(QT_TRANSLATE_NOOP("contacts", "Organisation")),
    Column.ROLE: str(QT_TRANSLATE_NOOP("contacts", "Role")),
    Column.EMAIL: str(QT_TRANSLATE_NOOP("contacts", "E-mail")),
    Column.PHONE: str(QT_TRANSLATE_NOOP("contacts", "Phone")),
    Column.LAST_CONTACTED: str(QT_TRANSLATE_NOOP("contacts", "Last contact")),
    Column.NEXT_FOLLOW_UP: str(QT_TRANSLATE_NOOP("contacts", "Next follow-up")),
}
_COLUMN_COUNT = len(Column)


def _date_text(day: date | None) -> str:
    return day.isoformat() if day else ""


def _text_columns(names: dict[str | None, str]) -> list[Callable[[ContactRow], str]]:
    return [
        lambda row: row.name,
        lambda row: names.get(row.circle_key, row.circle_key or ""),
        lambda row: row.organization,
        lambda row: row.role,
        lambda row: row.email,
        lambda row: row.phone,
        lambda row: _date_text(row.last_contacted),
        lambda row: _date_text(row.next_follow_up),
    ]


class ContactsTableModel(QAbstractTableModel):
    """All contacts as rows. Edits arrive one id at a time through update_contact()."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ContactRow] = []
        self._row_of: dict[int, int] = {}
        self._circle_names: dict[str | None, str] = {}
        self._circle_order: dict[str | None, int] = {}
        self._texts = _text_columns(self._circle_names)
        # While update_contacts announces a batch: (top, bottom, the rows that changed).
        self._changed: tuple[int, int, list[int]] | None = None

    # loading and single-row updates

    def set_circles(self, circles: list[CircleRow]) -> None:
        names: dict[str | None, str] = {c.key: c.name for c in circles}
        names[None] = QCoreApplication.translate("contacts", "Unplaced")
        order: dict[str | None, int] = {c.key: c.position for c in circles}
        if names == self._circle_names and order == self._circle_order:
            return  # a reload after an import: nothing to tell 20,000 rows
        self._circle_names, self._circle_order = names, order
        self._texts = _text_columns(self._circle_names)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, Column.CIRCLE), self.index(len(self._rows) - 1, Column.CIRCLE)
            )

    def set_contacts(self, rows: list[ContactRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of = {row.id: n for n, row in enumerate(self._rows)}
        self.endResetModel()

    def update_contact(self, row: ContactRow) -> None:
        """Add or replace one contact's row."""
        self.update_contacts([row])

    def update_contacts(self, rows: list[ContactRow]) -> None:
        """Add or replace many contacts' rows (a bulk move): the replaced ones are announced
        by one dataChanged over the span they lie in, with changed_rows() naming the rows
        inside it that did change; the new ones by one insertion at the end."""
        changed: dict[int, None] = {}  # source rows, in order given, each once
        added: dict[int, ContactRow] = {}
        for row in rows:
            n = self._row_of.get(row.id)
            if n is None:
                added[row.id] = row
            else:
                self._rows[n] = row
                changed[n] = None
        if changed:
            top, bottom = min(changed), max(changed)
            self._changed = (top, bottom, list(changed))
            try:
                self.dataChanged.emit(self.index(top, 0), self.index(bottom, _COLUMN_COUNT - 1))
            finally:
                self._changed = None
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            for n, row in enumerate(added.values(), start=first):
                self._row_of[row.id] = n
                self._rows.append(row)
            self.endInsertRows()

    def changed_rows(self, top: int, bottom: int) -> list[int]:
        """The source rows a dataChanged from `top` to `bottom` is about: during
        update_contacts, only those that changed; else every row of the span."""
        found = self._changed
        if found is not None and found[0] == top and found[1] == bottom:
            return found[2]
        return list(range(top, bottom + 1))

    def remove_contact(self, contact_id: int) -> None:
        n = self._row_of.get(contact_id)
        if n is None:
            return
        self.beginRemoveRows(QModelIndex(), n, n)
        del self._rows[n]
        del self._row_of[contact_id]
        for later in self._rows[n:]:
            self._row_of[later.id] -= 1
        self.endRemoveRows()

    def contact_at(self, row: int) -> ContactRow:
        return self._rows[row]

    def row_of(self, contact_id: int) -> int | None:
        return self._row_of.get(contact_id)

    def rows_of(self, contact_ids: Iterable[int]) -> list[int]:
        """The rows of those of these contacts the model holds (the search's matches)."""
        return [n for n in map(self._row_of.get, contact_ids) if n is not None]

    def rows(self) -> list[ContactRow]:
        """Every row, in model order (read only)."""
        return self._rows

    def text(self, row: ContactRow, column: int) -> str:
        return self._texts[column](row)

    def sort_key(self, column: int) -> Callable[[ContactRow], object]:
        """What the list sorts a column by: case-folded text, circles in ring order."""
        if column == Column.CIRCLE:
            order, last = self._circle_order, len(self._circle_order) + 1
            return lambda row: (order.get(row.circle_key, last), row.name.casefold())
        text = self._texts[column]
        return lambda row: text(row).casefold()

    # Qt's model interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else _COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return QCoreApplication.translate("contacts", _HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = _DISPLAY):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == _DISPLAY:
            return self._texts[index.column()](row)
        if role == CONTACT_ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self._texts[index.column()](row).casefold()
        if role == _TOOLTIP:
            # Every column elides in a narrow list: the tooltip gives the whole text, as
            # text (a tooltip would render "<b>Bo</b>" as markup).
            text = self._texts[index.column()](row)
            return literal(text) if text else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._texts[index.column()](row)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and index.column() == Column.NAME:
            # A screen reader hears the circle with the name, as the diagram shows it.
            return QCoreApplication.translate("contacts", "Circle: {circle}").format(
                circle=self._texts[Column.CIRCLE](row)
            )
        return None


def search_ids(text: str, rows: list[ContactRow]) -> frozenset[int] | None:
    """The contacts matching every word of `text` as a word prefix: through the store's
    full-text index when it has one, else by reading the rows (a store being upgraded)."""
    from networkcircles.store import search
    from networkcircles.store.db import db

    if not search.words(text):
        return None
    if not db.is_closed() and search.exists(db):
        return search.matching_ids(text, db)
    return _scan(text, rows)


def _scan(text: str, rows: list[ContactRow]) -> frozenset[int]:
    import re

    from networkcircles.store import search

    words = [word.casefold() for word in search.words(text)]
    found = set()
    for row in rows:
        haystack = f" {row.name} {row.organization} {row.email} {row.tags}".casefold()
        parts = " " + " ".join(re.split(r"\W+", haystack))
        if all(f" {word}" in parts or f" {word}" in haystack for word in words):
            found.add(row.id)
    return frozenset(found)


# Every role ContactsTableModel.data() answers; for any other it gives None.
ANSWERED_ROLES = frozenset(
    {
        _DISPLAY,
        CONTACT_ID_ROLE,
        SORT_ROLE,
        _TOOLTIP,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
    }
)


class ContactsFilterProxy(QAbstractProxyModel):
    """Search text (word prefixes of name, organisation, e-mail, tags) and one circle, over
    ContactsTableModel, sorted by one column. `matcher(text, rows)` answers the search."""

    def __init__(self, parent=None, matcher: Matcher | None = None) -> None:
        super().__init__(parent)
        self._matcher = matcher or search_ids
        self._text = ""
        self._matches: frozenset[int] | None = None  # None: no search
        self._circle: str | None = None  # None: every circle; UNPLACED: the tray
        self._allowed: set[int] | None = None  # None: everyone; else only these (a verdict)
        self._sort_column = -1
        self._descending = False
        self._shown: list[int] = []  # source rows, in the order shown
        self._position: dict[int, int] | None = None  # source row -> shown row, built lazily
        self._sorted: dict[int, list[int]] = {}  # column -> every source row in order
        self._rank: tuple[list[int], list[int]] | None = None  # an order, each row's place in it
        # sort_ahead's work: the rows it sorted, by which column, in what order.
        self._ahead: tuple[list[ContactRow], int, list[int]] | None = None
        # The matches the shown rows were filtered from, while nothing else changed them
        # (the source, the sort): a search giving the same matches again shows the same rows.
        self._settled: frozenset[int] | None = None

    # what to show

    def set_search_text(self, text: str) -> None:
        self._text = text
        matches = self._matches = self._matcher(text, self._source_rows())
        settled = self._settled
        # The search gives back the very same set when the matches stay (store/search.py).
        if settled is not None and (matches is settled or matches == settled):
            return  # another letter, the same people: the same rows (no pass over them)
        self._refilter(same_rows=True)

    def set_circle(self, circle_key: str | None) -> None:
        self._circle = circle_key
        self._refilter(same_rows=True)

    def circle(self) -> str | None:
        return self._circle

    def set_allowed(self, contact_ids: set[int] | None) -> None:
        """Show only these contacts (e.g. those whose reliability verdict is "leave out")."""
        self._allowed = None if contact_ids is None else set(contact_ids)
        self._refilter(same_rows=True)

    def shown_ids(self) -> list[int]:
        rows = self._source_rows()
        return [rows[n].id for n in self._shown]

    def shown_set(self) -> frozenset[int]:
        """The ids shown. With only a search narrowing the list: its matches as they are
        (the same set while they stay the same), with no pass over the shown rows (a first
        letter's are thousands), so they may name a contact the model does not hold (yet)."""
        if self._matches is not None and self._circle is None and self._allowed is None:
            return frozenset(self._matches)  # no copy: it is one already
        return frozenset(self.shown_ids())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0 or column >= _COLUMN_COUNT:
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._reorder()

    def sort_ahead(self, rows: list[ContactRow]) -> Iterator[None]:
        """Sort `rows`, what the source's next set_contacts brings, by the sort column before
        they come, pausing every SORT_STEP rows (MainWindow applies a reload a slice at a
        time): the source's reset then takes this order instead of sorting 20,000 rows in
        one go. Call it after the source's set_circles (the circle column sorts by them)."""
        self._ahead = None
        if self._sort_column < 0:
            return
        column, key = self._sort_column, self._sort_key()
        keys: list[Any] = []
        for start in range(0, len(rows), SORT_STEP):
            keys += [key(row) for row in rows[start : start + SORT_STEP]]
            yield
        self._ahead = (rows, column, sorted(range(len(rows)), key=keys.__getitem__))

    # filtering and sorting, in Python

    def _source_rows(self) -> list[ContactRow]:
        source = self.sourceModel()
        return source.rows() if isinstance(source, ContactsTableModel) else []

    def _sort_key(self) -> Callable[[ContactRow], Any]:
        """The source's key for the sort column (the proxy sorts only a ContactsTableModel)."""
        source = self.sourceModel()
        if not isinstance(source, ContactsTableModel):
            raise TypeError("ContactsFilterProxy sorts a ContactsTableModel")
        return source.sort_key(self._sort_column)

    def _accepts(self, row: ContactRow) -> bool:
        if self._allowed is not None and row.id not in self._allowed:
            return False
        if self._circle is not None and (row.circle_key or UNPLACED) != self._circle:
            return False
        return self._matches is None or row.id in self._matches

    def _ordered(self) -> list[int]:
        """Every source row in ascending order of the sort column (cached until a change)."""
        rows = self._source_rows()
        if self._sort_column < 0:
            return list(range(len(rows)))
        found = self._sorted.get(self._sort_column)
        if found is None:
            key = self._sort_key()
            keys = [key(row) for row in rows]
            found = self._sorted[self._sort_column] = sorted(range(len(rows)), key=keys.__getitem__)
        return found

    def _ranks(self, ordered: list[int]) -> list[int]:
        """Each source row's place in `ordered` (cached while `ordered` is the same list)."""
        if self._rank is None or self._rank[0] is not ordered:
            rank = [0] * len(ordered)
            for place, source_row in enumerate(ordered):
                rank[source_row] = place
            self._rank = (ordered, rank)
        return self._rank[1]

    def _few_matches(self, rows: list[ContactRow], matches: frozenset[int]) -> list[int]:
        """The shown source rows, in order, reached from the matches alone: a search that
        narrows 100,000 rows to a few thousand costs those few thousand."""
        source = self.sourceModel()
        assert isinstance(source, ContactsTableModel)  # _source_rows gave rows: it is one
        found = source.rows_of(matches)
        if self._circle is not None or self._allowed is not None:
            accepts = self._accepts
            found = [n for n in found if accepts(rows[n])]
        if self._sort_column < 0:
            return sorted(found)
        ordered = self._ordered()
        rank = self._ranks(ordered)
        return [ordered[place] for place in sorted(map(rank.__getitem__, found))]

    def _filtered(self) -> list[int]:
        rows = self._source_rows()
        matches = self._matches
        if matches is not None and len(matches) * _NARROW_SEARCH < len(rows):
            shown = self._few_matches(rows, matches)
            if self._descending:
                shown.reverse()
            return shown
        ordered = self._ordered()
        if self._circle is None and matches is None and self._allowed is None:
            shown = list(ordered)
        elif self._circle is None and self._allowed is None and matches is not None:
            shown = [n for n in ordered if rows[n].id in matches]
        else:
            accepts = self._accepts
            shown = [n for n in ordered if accepts(rows[n])]
        if self._descending:
            shown.reverse()
        return shown

    def _refilter(self, same_rows: bool = False) -> None:
        """Show the rows the filters let through. `same_rows`: only a filter changed, the
        source's rows did not; if the same rows show, in the same order, the view is left
        as it is (typing on through a name already narrowed to its people costs the query,
        not a relayout and repaint of the list and its selection)."""
        shown = self._filtered()
        self._settled = self._matches
        if same_rows and shown == self._shown:
            return
        self.beginResetModel()
        self._shown = shown
        self._position = None
        self.endResetModel()

    def _positions(self) -> dict[int, int]:
        if self._position is None:
            self._position = {source: n for n, source in enumerate(self._shown)}
        return self._position

    # following the source

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802 (Qt's name)
        self._settled = None
        old = self.sourceModel()
        if old is not None:
            for signal, slot in self._connections():
                getattr(old, signal).disconnect(slot)
        self.beginResetModel()
        super().setSourceModel(model)
        for signal, slot in self._connections():
            getattr(model, signal).connect(slot)
        self._sorted = {}
        self._shown = self._filtered()
        self._position = None
        self.endResetModel()

    def _connections(self):
        return [
            ("modelReset", self._source_reset),
            ("dataChanged", self._source_changed),
            ("rowsInserted", self._source_inserted),
            ("rowsAboutToBeRemoved", self._source_removing),
            ("rowsRemoved", self._source_removed),
            ("layoutChanged", self._source_reset),
        ]

    def _source_reset(self, *args) -> None:
        self._settled = None
        self._sorted = {}
        ahead, self._ahead = self._ahead, None
        if ahead is not None:  # sorted by sort_ahead: used if these are the rows it sorted
            rows, column, order = ahead
            now = self._source_rows()
            same = len(now) == len(rows) and all(map(operator.is_, now, rows))
            if column == self._sort_column and same:
                self._sorted[column] = order
        if self._text:
            self._matches = self._matcher(self._text, self._source_rows())
        self._refilter()

    def _source_changed(self, top: QModelIndex, bottom: QModelIndex, roles=()) -> None:
        source = self.sourceModel()
        if isinstance(source, ContactsTableModel):
            changed = source.changed_rows(top.row(), bottom.row())
        else:
            changed = list(range(top.row(), bottom.row() + 1))
        self._rows_changed(changed)

    def _rows_changed(self, changed: list[int]) -> None:
        """Some source rows changed (one edit, or a bulk move of many): the search is asked
        once, and the view told once when every changed row keeps its place."""
        self._settled = None
        self._sorted = {}
        rows = self._source_rows()
        if self._text:
            self._matches = self._matcher(self._text, rows)
        positions = self._positions()
        staying: list[int] = []
        leaving = arriving = reordered = False
        for source_row in changed:
            shown_at = positions.get(source_row)
            wanted = self._accepts(rows[source_row])
            if shown_at is None:
                arriving = arriving or wanted
            elif not wanted:
                leaving = True
            elif self._in_order(shown_at):
                staying.append(shown_at)
            else:
                reordered = True
        if not (leaving or arriving or reordered):
            # The common case: every row stays where it is, only its cells changed.
            if staying:
                self.dataChanged.emit(
                    self.index(min(staying), 0), self.index(max(staying), _COLUMN_COUNT - 1)
                )
            return
        if not (leaving or arriving) and len(changed) > _FEW_MOVED:
            self._reorder()  # many rows, all still shown, in a new order: one layout change
            return
        # Rows come and go. Without the changed rows the shown list is still in order (a part
        # of an ordered list), so the changed rows are taken out, then each put back where it
        # sorts.
        self._remove_shown_rows([positions[n] for n in changed if n in positions])
        for source_row in changed:
            if self._accepts(rows[source_row]):
                self._insert_shown(source_row)

    def _reorder(self) -> None:
        """Sort the shown rows again as one layout change, persistent indexes following."""
        self._settled = None
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        sources = [self.mapToSource(index) for index in before]
        self._shown = self._filtered()
        self._position = None
        self.changePersistentIndexList(before, [self.mapFromSource(s) for s in sources])
        self.layoutChanged.emit()

    def _source_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        self._settled = None
        self._sorted = {}
        rows = self._source_rows()
        if last != len(rows) - 1:
            self._source_reset()  # only appends are followed row by row
            return
        if self._text:
            self._matches = self._matcher(self._text, rows)
        for source_row in range(first, last + 1):
            if self._accepts(rows[source_row]):
                self._insert_shown(source_row)

    def _source_removing(self, parent: QModelIndex, first: int, last: int) -> None:
        self._settled = None
        for source_row in range(last, first - 1, -1):
            shown_at = self._positions().get(source_row)
            if shown_at is not None:
                self._remove_shown(shown_at)

    def _source_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        self._sorted = {}
        gone = last - first + 1
        self._shown = [n - gone if n > last else n for n in self._shown]
        self._position = None

    def _in_order(self, shown_at: int) -> bool:
        """Whether the row at `shown_at` still sorts between its neighbours."""
        if self._sort_column < 0:
            return True
        row_key, rows, shown = self._sort_key(), self._source_rows(), self._shown

        def key(source_row: int):
            return row_key(rows[source_row])

        here = key(shown[shown_at])
        before = key(shown[shown_at - 1]) if shown_at > 0 else None
        after = key(shown[shown_at + 1]) if shown_at + 1 < len(shown) else None
        if self._descending:
            before, after = after, before
        return (before is None or before <= here) and (after is None or here <= after)

    def _insert_shown(self, source_row: int) -> None:
        if self._sort_column < 0:
            at = bisect_left(self._shown, source_row)
        else:
            key = self._sort_key()
            rows, shown = self._source_rows(), self._shown
            wanted = (key(rows[source_row]), source_row)
            if self._descending:
                at = len(shown) - bisect_left(
                    range(len(shown)),
                    wanted,
                    key=lambda n: (key(rows[shown[-1 - n]]), shown[-1 - n]),
                )
            else:
                at = bisect_left(shown, wanted, key=lambda n: (key(rows[n]), n))
        self.beginInsertRows(QModelIndex(), at, at)
        self._shown.insert(at, source_row)
        self._position = None
        self.endInsertRows()

    def _remove_shown(self, shown_at: int) -> None:
        self.beginRemoveRows(QModelIndex(), shown_at, shown_at)
        del self._shown[shown_at]
        self._position = None
        self.endRemoveRows()

    def _remove_shown_rows(self, shown: list[int]) -> None:
        """Take out these shown rows, one removal per run of neighbours, the last run first."""
        ordered, i = sorted(set(shown), reverse=True), 0
        while i < len(ordered):
            last = first = ordered[i]
            i += 1
            while i < len(ordered) and ordered[i] == first - 1:
                first = ordered[i]
                i += 1
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._shown[first : last + 1]
            self._position = None
            self.endRemoveRows()

    # Qt's proxy interface

    def mapToSource(self, proxy_index: Index) -> QModelIndex:  # noqa: N802 (Qt's name)
        source = self.sourceModel()
        if source is None or not proxy_index.isValid() or proxy_index.row() >= len(self._shown):
            return QModelIndex()
        return source.index(self._shown[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:  # noqa: N802 (Qt's name)
        if not source_index.isValid():
            return QModelIndex()
        at = self._positions().get(source_index.row())
        return QModelIndex() if at is None else self.index(at, source_index.column())

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if parent.isValid() or not (0 <= row < len(self._shown) and 0 <= column < _COLUMN_COUNT):
            return QModelIndex()
        return self.createIndex(row, column)

    # Qt's parent() is both QObject.parent() and the model's parent(index), overloaded in the
    # stubs; a flat proxy answers only the model's, as QAbstractProxyModel subclasses must.
    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else _COLUMN_COUNT

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 (Qt's name)
        return not parent.isValid() and bool(self._shown)

    def data(self, index: Index, role: int = _DISPLAY):
        # The table asks for a handful of roles per cell it paints (font, colours,
        # alignment, check state...) that the contacts model never answers: no need to
        # cross into it for those, a keystroke repaints every visible cell.
        if role not in ANSWERED_ROLES or not index.isValid() or index.row() >= len(self._shown):
            return None
        source = self.sourceModel()
        return source.data(source.index(self._shown[index.row()], index.column()), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal:
            return self.sourceModel().headerData(section, orientation, role)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
