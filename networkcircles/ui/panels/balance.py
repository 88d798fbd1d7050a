"""The "mix it up" dock: per-circle figures, neglected circles in words, a weekly chart."""

from datetime import date

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from networkcircles.languages import counted
from networkcircles.services import balance
from networkcircles.store import queries
from networkcircles.ui.bridge import StoreBridge
from networkcircles.ui.panels.lazy import RefreshCoalescer, postponed
from networkcircles.ui.text import isolated
from networkcircles.ui.theme import error_colour
from networkcircles.ui.translation import shown_circles


class OutreachChart(QWidget):
    """Outreach per circle per week as grouped bars, one colour per circle, painted directly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weeks: list[date] = []
        self._series: list[tuple[str, QColor, list[int]]] = []
        self.setMinimumHeight(120)
        self.setAccessibleName(self.tr("Outreach per circle per week"))

    def set_data(self, week_starts: list[date], series: list[tuple[str, str, list[int]]]) -> None:
        coloured = [(name, QColor(colour), list(counts)) for name, colour, counts in series]
        if (week_starts, coloured) == (self._weeks, self._series):
            return  # an edit that changed no bar repaints nothing
        self._weeks, self._series = week_starts, coloured
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 180)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        legend_h = metrics.height() + 6
        left, bottom = metrics.horizontalAdvance("00") + 8, metrics.height() + 6
        plot = QRectF(
            left, legend_h + 4, self.width() - left - 6, self.height() - bottom - legend_h - 8
        )
        if not self._weeks or plot.width() <= 0 or plot.height() <= 0:
            return
        weeks = len(self._weeks)
        totals = [sum(counts[w] for _n, _c, counts in self._series) for w in range(weeks)]
        peak = max([1, *totals])
        grid = QColor(text)
        grid.setAlpha(60)
        painter.setPen(QPen(grid, 1))
        for fraction in (0.0, 0.5, 1.0):
            y = plot.bottom() - fraction * plot.height()
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
        painter.setPen(text)
        for value, y in ((peak, plot.top()), (0, plot.bottom())):
            box = QRectF(0, y - metrics.height() / 2, left - 4, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignRight, str(value))
        slot = plot.width() / weeks
        painter.setPen(Qt.PenStyle.NoPen)
        for w in range(weeks):  # one bar a week, stacked by circle from the centre out
            y = plot.bottom()
            for _name, colour, counts in self._series:
                if counts[w]:
                    height = plot.height() * counts[w] / peak
                    painter.setBrush(colour)
                    painter.drawRect(
                        QRectF(plot.left() + w * slot + 3, y - height, slot - 6, height)
                    )
                    y -= height
        painter.setPen(text)
        for w in (0, weeks // 2, weeks - 1):
            label = self._weeks[w].strftime("%d %b")
            x = plot.left() + w * slot
            painter.drawText(
                QRectF(x - 10, plot.bottom() + 2, slot + 40, metrics.height()),
                Qt.AlignmentFlag.AlignLeft,
                label,
            )
        x = 4.0
        for name, colour, _counts in self._series:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(QRectF(x, 4, 10, 10))
            painter.setPen(text)
            short = metrics.elidedText(name, Qt.TextElideMode.ElideRight, 90)
            painter.drawText(QRectF(x + 14, 0, 100, legend_h), Qt.AlignmentFlag.AlignVCenter, short)
            x += 18 + metrics.horizontalAdvance(short) + 8
        painter.end()


class BalancePanel(QWidget):
    """Reloads on every store change; `set_today()` fixes the day (tests, long sessions)."""

    COLUMNS = (
        "contacts",
        "knows_looking",
        "contacted_last_30_days",
        "overdue_follow_ups",
        "last_outreach",
        "leads",
    )

    def __init__(
        self, bridge: StoreBridge, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._row_names: list[str] = []
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("People"),
                self.tr("Told"),
                self.tr("30 days"),
                self.tr("Overdue"),
                self.tr("Last outreach"),
                self.tr("Leads"),
            ]
        )
        tips = (
            self.tr("Contacts in the circle"),
            self.tr("Know you are looking"),
            self.tr("Contacted in the last 30 days"),
            self.tr("Follow-ups overdue"),
            self.tr("The latest day you reached out to someone in the circle"),
            self.tr("Leads whose chain of introductions started in the circle"),
        )
        for column, tip in enumerate(tips):
            header = self.table.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(tip)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # Sized to the contents by refresh(), once, when a cell's text changed length:
        # ResizeToContents would measure every cell again on each cell's change.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setAccessibleName(self.tr("Balance per circle"))
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.messages = QLabel()
        self.messages.setObjectName("neglected")
        self.messages.setWordWrap(True)
        self.messages.setTextFormat(Qt.TextFormat.PlainText)
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(balance.NEGLECT_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Neglected after"))
        self.days.valueChanged.connect(self.refresh)
        self.chart = OutreachChart()
        threshold = QHBoxLayout()
        threshold.addWidget(QLabel(self.tr("Call a circle neglected after")))
        threshold.addWidget(self.days)
        threshold.addStretch(1)
        # Side by side: the panel lives in a wide, short dock below the diagram.
        figures = QVBoxLayout()
        figures.addWidget(self.table)
        figures.addWidget(self.messages)
        figures.addLayout(threshold)
        figures.addStretch(1)
        outreach = QVBoxLayout()
        outreach.addWidget(QLabel(self.tr("Outreach per week, last 12 weeks")))
        outreach.addWidget(self.chart, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(figures, 3)
        layout.addLayout(outreach, 2)
        # An edit names its contacts: the tally reads just those again, once per turn of
        # the event loop, however many signals the edit sent.
        self._tally = balance.BalanceTally()
        self._later = RefreshCoalescer(self, self.refresh)
        bridge.contacts_changed.connect(self._contacts_changed)
        bridge.interactions_changed.connect(self._contacts_changed)
        bridge.leads_changed.connect(self._links_changed)
        bridge.referrals_changed.connect(self._links_changed)
        bridge.network_changed.connect(self._network_changed)
        bridge.circles_changed.connect(self._network_changed)
        self.refresh()

    def _contacts_changed(self, contact_ids: list[int]) -> None:
        self._tally.contacts_changed(contact_ids)
        self._later.request()

    def _links_changed(self, *_args: object) -> None:
        self._tally.links_changed()
        self._later.request()

    def _network_changed(self) -> None:
        self._tally.reload()
        self._later.request()

    def reset(self) -> None:
        """Another network is open: count it afresh (the tally held the old one's figures)."""
        self._tally.reload()
        self.refresh()

    def today(self) -> date:
        return self._today or date.today()

    def set_today(self, today: date | None) -> None:
        self._today = today
        self.refresh()

    def set_neglect_days(self, days: int) -> None:
        self.days.setValue(days)

    def refresh(self, *_args: object) -> None:
        if postponed(self, self.refresh):
            return  # a dock nobody sees catches up when shown
        self.report = report = self._tally.report(self.today(), self.days.value())
        if self._fill_table(report):
            self.table.resizeColumnsToContents()
            self.table.resizeRowsToContents()
        self._show_sentences()
        self._feed_chart(report)

    def _fill_table(self, report: balance.BalanceReport) -> bool:
        """One row of figures per circle; whether the columns need measuring again."""
        resize = False
        if self.table.rowCount() != len(report.circles):
            self.table.setRowCount(len(report.circles))
        shown = _shown_names()
        names = [shown.get(row.key, row.name) for row in report.circles]
        if names != self._row_names:
            self._row_names, resize = names, True
            self.table.setVerticalHeaderLabels(names)
        overdue_colour = QBrush(error_colour(self.palette()))
        for r, row in enumerate(report.circles):
            for c, text in enumerate(self._row_texts(report, row)):
                resize = self._set_cell(r, c, text) or resize
            item = self.table.item(r, 3)  # overdue follow-ups stand out
            wanted = overdue_colour if row.overdue_follow_ups else QBrush()
            if item is not None and item.foreground() != wanted:
                item.setForeground(wanted)
        return resize

    def _row_texts(self, report: balance.BalanceReport, row: balance.CircleBalance) -> list[str]:
        """A circle's cells, in the table's column order."""
        knows = str(row.knows_looking)
        if row.key == "family" and report.not_told_family:
            knows += " " + self.tr("({n} not told)").format(n=report.not_told_family)
        return [
            str(row.contacts),
            knows,
            str(row.contacted_last_30_days),
            str(row.overdue_follow_ups),
            row.last_outreach.isoformat() if row.last_outreach else self.tr("never"),
            str(report.leads_per_origin.get(row.key, 0)),
        ]

    def _set_cell(self, r: int, c: int, text: str) -> bool:
        """Show `text` in a cell, touching it only if it changed (each change makes the table
        measure its columns again); whether its width may have changed."""
        item = self.table.item(r, c)
        if item is None:
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(r, c, item)
            return True
        if item.text() == text:
            return False
        resize = len(item.text()) != len(text)
        item.setText(text)
        return resize

    def _show_sentences(self) -> None:
        text = "\n".join(self.sentences())
        if text != self.messages.text():
            self.messages.setText(text)
            # Filled after the window showed (panels/lazy.py): let the table claim its
            # rows' height.
            self.table.updateGeometry()
            self.updateGeometry()

    def _feed_chart(self, report: balance.BalanceReport) -> None:
        """The weekly outreach per circle, in each circle's name and colour."""
        circles = {c.key: c for c in shown_circles(queries.circles())}
        self.chart.set_data(
            report.week_starts,
            [
                (
                    circles[key].name if key in circles else key,
                    circles[key].colour if key in circles else "#888888",
                    counts,
                )
                for key, counts in report.weekly.items()
            ],
        )

    def sentences(self) -> list[str]:
        """The neglected circles in words, then the family still to tell."""
        found = []
        shown = _shown_names()
        for row in self.report.neglected:
            if row.days is None:
                found.append(
                    isolated(
                        self.tr("You have not reached out to anyone in {circle} yet."),
                        circle=shown.get(row.key, row.name),
                    )
                )
            else:
                found.append(
                    isolated(
                        counted(
                            self.tr(
                                "You have not reached out to anyone in {circle} for %n day(s).",
                                "",
                                row.days,
                            ),
                            row.days,
                        ),
                        circle=shown.get(row.key, row.name),
                    )
                )
        if self.report.not_told_family:
            found.append(
                self.tr("One in family and friends does not know you are looking yet.")
                if self.report.not_told_family == 1
                else self.tr(
                    "%n in family and friends do not know you are looking yet.",
                    "",
                    self.report.not_told_family,
                )
            )
        if not found and not any(row.contacts for row in self.report.circles):
            empty = self.tr(
                "Your circles are empty: add your first people (double-click a ring, or "
                "File ▸ Import), then reach out to every circle."
            )
            found.append(empty)
        elif not found:
            found.append(self.tr("Every circle has heard from you lately. Keep mixing it up."))
        return found


def _shown_names() -> dict[str, str]:
    """Each circle's name as the window shows it (a seeded name in the user's language)."""
    return {c.key: c.name for c in shown_circles(queries.circles())}
