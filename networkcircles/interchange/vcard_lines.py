"""vCard text into vobject components, one property at a time, so that one bad property does not
refuse a file.

vobject reads a whole card in one go: one value it cannot decode anywhere (a photo's damaged
base64, an unknown property's bad quoted-printable, `PROFILE:VCard` beside `BEGIN:VCARD`) stops
it. Here vobject still parses each line and converts each value, but the cards are assembled
here, so each failure is known by its property:

- a property networkcircles does not keep (not in `kept`) that cannot be read is left out with a
  warning naming its line ("malformed-value");
- a kept property whose quoted-printable bytes are not text in their character set keeps its
  value with the damaged bytes shown as U+FFFD, and a warning ("damaged-text"), as the file
  decoding rule does for the whole file;
- any other failure of a kept property, or a line that is not a property at all, refuses the
  file (the caller turns vobject's errors into `ImportRejected`).
"""

import codecs
import quopri
import re
from collections.abc import Callable, Collection, Iterator

from vobject.base import (
    Component,
    ContentLine,
    ParseError,
    Stack,
    VObjectError,
    getBehavior,
    parseLine,
    textLineToContentLine,
)
from vobject.icalendar import stringToTextValues
from vobject.vcard import VCardTextBehavior

# The errors vobject lets out of parsing or converting one value.
VALUE_ERRORS = (VObjectError, ValueError, LookupError, TypeError)
_PROPERTY = re.compile(r"[ \t]*(?:[A-Za-z0-9_-]+\.)?([A-Za-z0-9_-]+)[;:]")
_QP = "QUOTED-PRINTABLE"

Warn = Callable[[int, str, str], None]
"""Records a warning: (line of the text, message, kind)."""


def logical_lines(text: str) -> Iterator[tuple[str, int]]:
    """(logical line, the 1-based line of `text` it starts on), blank lines skipped.

    The text comes unfolded from reading.read_folded except for quoted-printable values, whose
    soft line breaks ("=" at the end) vobject's decoder joins: they are kept with their "\\n".
    A line that still begins with a space or tab continues the one before it.
    """
    current: list[str] = []
    start, soft = 0, False
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            if current:
                yield "".join(current), start
            current, soft = [], False
            continue
        if soft:
            current.append("\n" + line)
        elif line[0] in " \t" and current:
            current.append(line[1:])
        else:
            if current:
                yield "".join(current), start
            current, start = [line], number
        soft = line.endswith("=") and _QP in current[0].upper()
    if current:
        yield "".join(current), start


def property_name(line: str) -> str:
    """The property a line is for, upper case ("item1.TEL;TYPE=cell:…" is TEL); "" when the
    line does not begin like a property at all."""
    found = _PROPERTY.match(line)
    return found.group(1).upper() if found else ""


def components(text: str, kept: Collection[str], warn: Warn) -> Iterator[tuple[Component, int]]:
    """Each top-level component of `text` with its properties in native form, and the line of
    its BEGIN. Raises vobject's errors (with the line of the text) when the file cannot be read:
    a card never closed, an END for nothing, a kept property that cannot be read."""
    builder = _Builder(frozenset(name.upper() for name in kept), warn)
    for line, number in logical_lines(text):
        done = builder.add(line, number)
        if done is not None:
            yield done
    last = builder.finish()
    if last is not None:
        yield last


class _Builder:
    """vobject's readComponents, one property at a time (see the module docstring)."""

    def __init__(self, kept: frozenset[str], warn: Warn) -> None:
        self.kept, self.warn = kept, warn
        self.stack = Stack()
        self.version: ContentLine | None = None
        self.begin = 0
        self.number = 0

    def add(self, text: str, number: int) -> tuple[Component, int] | None:
        """Take one logical line; a finished top-level component when it ends one."""
        self.number = number
        line = self._content_line(text, number)
        if line is None:
            return None
        name = line.name
        if name == "BEGIN":
            if len(self.stack) == 0:
                self.begin, self.version = number, None
            self.stack.push(Component(line.value, group=line.group))
        elif name == "END":
            return self._end(line, number)
        elif name == "PROFILE":
            self._profile(line, number)
        elif len(self.stack) == 0:  # between cards: part of no contact
            self.warn(number, f"{name} outside any vCard ignored", "malformed-value")
        else:
            if name == "VERSION":
                self.version = line
            self.stack.modifyTop(line)
        return None

    def finish(self) -> tuple[Component, int] | None:
        """What is left at the end of the text: lines outside any card, or a card not closed."""
        top = self.stack.top()
        if not top:
            return None
        if top.name and top.useBegin:
            raise ParseError(f"Component {top.name} was never closed", self.number)
        return self._native(self.stack.pop()), self.begin

    def _content_line(self, text: str, number: int) -> ContentLine | None:
        name = property_name(text)
        try:
            return textLineToContentLine(text, number)
        except (UnicodeError, LookupError) as error:  # quoted-printable not in its charset
            if name in self.kept:
                return self._damaged_text(text, number)
            self._left_out(name, number, error)
            return None
        except VALUE_ERRORS as error:
            if not name or name in self.kept:
                raise
            self._left_out(name, number, error)
            return None

    def _damaged_text(self, text: str, number: int) -> ContentLine:
        """A kept quoted-printable value decoded with U+FFFD for the bytes its charset lacks."""
        name, params, value, group = parseLine(text, number)
        charset = "utf-8"
        plain = []
        for param in params:
            key = param[0].upper()
            if key == "CHARSET" and len(param) > 1:
                charset = param[1]
            values = [v for v in param[1:] if v.upper() != _QP]
            if key == _QP or (key == "ENCODING" and not values):
                continue
            plain.append([param[0], *values] if len(param) > 1 else param)
        what = f"the {name.upper()} value"
        try:
            codec = codecs.lookup(charset).name
        except LookupError:
            codec = "utf-8"
            message = f"{what} is in an unknown character set ({charset}): read as UTF-8"
        else:
            message = f"{what} is not valid {charset} text"
        raw = quopri.decodestring(value.encode("utf-8"))
        self.warn(number, f"{message}, the damaged bytes shown as \ufffd", "damaged-text")
        return ContentLine(
            name, plain, raw.decode(codec, "replace"), group, encoded=True, lineNumber=number
        )

    def _left_out(self, name: str, number: int, error: BaseException) -> None:
        detail = str(getattr(error, "msg", "") or error).splitlines()[0][:120]
        self.warn(
            number,
            f"{name or 'a line'} ignored: its value cannot be read ({detail})",
            "malformed-value",
        )

    def _profile(self, line: ContentLine, number: int) -> None:
        """PROFILE (RFC 2425) names the kind of the component it is in: "VCARD" beside
        BEGIN:VCARD says nothing more; anything else is ignored with a warning."""
        top = self.stack.top()
        if not top:
            self.stack.push(Component())
            self.stack.top().setProfile(line.value)
            self.begin = number
            return
        value = str(line.value).strip()
        if top.name and value.upper() == top.name.upper():
            return
        self.warn(
            number, f"PROFILE:{value} ignored (the component is a {top.name})", "malformed-value"
        )

    def _end(self, line: ContentLine, number: int) -> tuple[Component, int] | None:
        if len(self.stack) == 0:
            raise ParseError(
                f"Attempted to end the {line.value} component but it was never opened", number
            )
        if str(line.value).upper() != self.stack.topName():
            raise ParseError(f"{self.stack.topName()} component wasn't closed", number)
        component = self.stack.pop()
        if len(self.stack) > 0:
            self.stack.modifyTop(component)
            return None
        return self._native(component), self.begin

    def _native(self, component: Component) -> Component:
        """Each property converted on its own: one that cannot be, and is not kept, goes."""
        version = self.version.value if self.version is not None else None
        behavior = getBehavior(component.name, version) if component.name else None
        if behavior is None:
            return component
        component.behavior = behavior
        for key in list(component.contents):
            for child in list(component.contents[key]):
                try:
                    raw = child.value
                    child.parentBehavior = behavior
                    child.autoBehavior(True)
                    _keep_commas(child, raw)
                    child.transformToNative().transformChildrenToNative()
                except VALUE_ERRORS as error:
                    name = str(child.name).upper()
                    if name in self.kept:
                        raise
                    component.contents[key].remove(child)
                    self._left_out(name, getattr(child, "lineNumber", None) or self.begin, error)
            if not component.contents[key]:
                del component.contents[key]
        return component


def _keep_commas(line: ContentLine, raw: object) -> None:
    """vobject reads a one-value text property (FN, NOTE, TITLE, X-…) as a list and keeps only
    its first item, so "NOTE:Hello, world" (a comma vCard 2.1 never escapes, and many 3.0
    writers do not) would lose ", world". Such a value is read whole: escapes undone, every
    comma kept."""
    if not isinstance(raw, str) or "," not in raw:
        return  # nothing was cut (most values: no second pass)
    behavior = getattr(line, "behavior", None)
    is_text = isinstance(behavior, type) and issubclass(behavior, VCardTextBehavior)
    if is_text and isinstance(line.value, str) and not getattr(line, "encoding_param", None):
        line.value = ",".join(stringToTextValues(raw))
