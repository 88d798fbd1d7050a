"""A repeat rule in words ("every Tuesday at 18:00 until 16 Dec"), never `FREQ=WEEKLY`.

The service gives the rule in parts (services.events.rule_parts); the words are here, for
the window and for printed summaries alike, through Qt's translation and the user's locale.
"""

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from networkcircles.services.events import RuleParts


def _tr(text: str, n: int = -1) -> str:
    # The context is written out: packaging/update_translations.py reads helpers like this
    # one by their literal context.
    return QCoreApplication.translate("Recurrence", text, None, n)


def _join(items: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return _tr("%1 and %2").replace("%1", ", ".join(items[:-1])).replace("%2", items[-1])


def _position(position: int) -> str:
    words = {
        1: _tr("first"),
        2: _tr("second"),
        3: _tr("third"),
        4: _tr("fourth"),
        5: _tr("fifth"),
        -1: _tr("last"),
        -2: _tr("second to last"),
    }
    return words.get(position, str(position))


def _day_name(locale: QLocale, weekday: int) -> str:
    return locale.dayName(weekday + 1, QLocale.FormatType.LongFormat)  # Qt: 1 is Monday


def _weekday(locale: QLocale, position: int, weekday: int) -> str:
    if not position:
        return _day_name(locale, weekday)
    return (
        _tr("the %1 %2")
        .replace("%1", _position(position))
        .replace("%2", _day_name(locale, weekday))
    )


def _month_day(day: int) -> str:
    if day == -1:
        return _tr("the last day")
    return _tr("day %1").replace("%1", str(day))


def _month_names(locale: QLocale, months: tuple[int, ...]) -> str:
    return _join([locale.monthName(m, QLocale.FormatType.LongFormat) for m in months])


def _days(locale: QLocale, parts: RuleParts) -> str:
    names = [_weekday(locale, p, d) for p, d in parts.weekdays]
    names += [_month_day(d) for d in parts.month_days]
    return _join(names)


def _core(locale: QLocale, parts: RuleParts) -> str:
    n = parts.interval
    if parts.frequency == "DAILY":
        text = _tr("every day") if n == 1 else _tr("every %n days", n)
        if parts.weekdays:
            text += " " + _tr("on %1").replace("%1", _days(locale, parts))
        return text
    if parts.frequency == "WEEKLY":
        if n == 1:
            return _tr("every %1").replace("%1", _days(locale, parts))
        return _tr("every %n weeks on %1", n).replace("%1", _days(locale, parts))
    if parts.frequency == "MONTHLY":
        text = _tr("every month") if n == 1 else _tr("every %n months", n)
        return text + " " + _tr("on %1").replace("%1", _days(locale, parts))
    text = _tr("every year") if n == 1 else _tr("every %n years", n)
    if parts.weekdays or len(parts.month_days) != 1:
        where = _tr("on %1 in %2").replace("%1", _days(locale, parts))
        return f"{text} {where.replace('%2', _month_names(locale, parts.months))}"
    days = [
        locale.toString(QDate(2000, month, parts.month_days[0]), "d MMMM")
        if parts.month_days[0] > 0
        else _tr("the last day of %1").replace("%1", _month_names(locale, (month,)))
        for month in parts.months
    ]
    return text + " " + _tr("on %1").replace("%1", _join(days))


def _short_day(locale: QLocale, day: date, start: date | None) -> str:
    same_year = start is not None and start.year == day.year
    return locale.toString(
        QDate(day.year, day.month, day.day), "d MMM" if same_year else "d MMM yyyy"
    )


def in_words(parts: RuleParts, start: date | None = None, locale: QLocale | None = None) -> str:
    """The rule as a phrase: "every Tuesday at 18:00 until 16 Dec". `start` is the series'
    first day (the end date leaves out a year that is the same)."""
    locale = locale or QLocale()
    if not parts.wordable:
        return _tr("repeats on a schedule of its own")
    text = _core(locale, parts)
    if parts.at is not None:
        at: time = parts.at
        clock = locale.toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
        text += " " + _tr("at %1").replace("%1", clock)
    if parts.until is not None:
        text += " " + _tr("until %1").replace("%1", _short_day(locale, parts.until, start))
    elif parts.count is not None:
        text += ", " + (_tr("once") if parts.count == 1 else _tr("%n times", parts.count))
    return text
