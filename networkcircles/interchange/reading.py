"""A file's bytes as text: bounded reads, unfolding before decoding, and one decoding rule.

vCard and iCalendar fold long lines by octets (RFC 6350 §3.2, RFC 5545 §3.1), so a fold may
split a UTF-8 character: their lines are unfolded as bytes, then decoded. Values we never keep
(photos) are dropped on the way, so a big file costs time, not memory.

The decoding rule: UTF-8 (with or without a byte-order mark) keeps every valid character, and
the few bytes that are not UTF-8 become U+FFFD with a warning naming their line; Windows-1252
(Latin-1 for the five bytes it leaves undefined) is chosen only for a file that is not UTF-8 at
all: no valid multi-byte UTF-8 sequence, or more damaged places than valid ones. UTF-16 needs
its byte-order mark.
"""

import codecs
import io
import os
import re
from bisect import bisect_right
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from networkcircles.interchange.records import (
    MAX_FIELD_BYTES,
    MAX_FILE_BYTES,
    MAX_LINES,
    MAX_RECORDS,
    MAX_TEXT_BYTES,
    MAX_WARNINGS,
    FileWarning,
    ImportRejected,
    size_text,
)

CHUNK = 1024 * 1024  # bytes read at a time
_BOUNDARY = re.compile(rb"\n(?![ \t])")  # a line end that is not a fold
_FOLD = re.compile(rb"\r?\n[ \t]")
_NAME = re.compile(rb"[ \t]*(?:[A-Za-z0-9_-]+\.)?([A-Za-z0-9_-]+)")  # "item1.TEL;…" is TEL
_DAMAGED = re.compile("[\udc80-\udcff]+")  # bytes that are not UTF-8, under surrogateescape
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")  # all but tab, line ends and form feed
# The same characters, each looked for with one fast scan (`in`): most files hold none, and
# 29 such scans take a tenth of the time the class above takes to try at every character.
_CONTROL_CHARACTERS = "".join(map(chr, [*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20)]))
_ASCII = bytes(range(128))


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("networkcircles-latin-1", _latin1_fallback)


@dataclass(slots=True)
class DecodedText:
    """A file as text, how it was decoded, what was wrong with it, and where its lines came from.

    Unfolding and dropped values make line N of `text` a later line of the file:
    `file_line(N)` says which.
    """

    path: Path
    text: str
    encoding: str  # "utf-8", "utf-16" or "cp1252"
    warnings: list[FileWarning] = field(default_factory=list)
    left_out: int = 0  # warnings past MAX_WARNINGS, counted, not listed (the "more" one)
    _starts: list[int] = field(default_factory=list)  # lines of `text` where the offset changes
    _offsets: list[int] = field(default_factory=list)  # file line minus text line from there on

    def file_line(self, line: int) -> int:
        """The line of the file where line `line` (1-based) of `text` begins."""
        index = bisect_right(self._starts, line) - 1
        return line + (self._offsets[index] if index >= 0 else 0)


def read_plain(path: Path) -> DecodedText:
    """A text file (CSV) decoded whole by the rule above; refused when empty, binary or too big."""
    path = Path(path)
    with _open(path, MAX_TEXT_BYTES) as stream:
        data = _read_all(path, stream, MAX_TEXT_BYTES)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        decoded = DecodedText(path, _utf16(path, data), "utf-16")
        if not decoded.text.strip():
            raise ImportRejected(path, None, "the file is empty", "empty")
        return _checked(decoded)
    data = data.removeprefix(codecs.BOM_UTF8)
    if not data.strip():
        raise ImportRejected(path, None, "the file is empty", "empty")
    if b"\x00" in data:
        raise ImportRejected(path, _line_of(data, b"\x00"), "binary data, not text", "binary")
    decoded = _decode(path, data, DecodedText(path, "", ""))
    _cap(decoded, decoded.warnings)
    return _checked(decoded)


def read_folded(
    path: Path,
    record: str,
    kept: Collection[str],
    dropped: Collection[str] = (),
    quoted_printable: bool = False,
) -> DecodedText:
    """A vCard or iCalendar file, unfolded as bytes, decoded, with values we never keep dropped.

    `record` is the component counted against MAX_RECORDS ("VCARD", "VEVENT"). Properties named
    in `dropped` are left out whatever their size; a value over MAX_FIELD_BYTES is left out with
    a warning, or refuses the file if its property is one of `kept`. `quoted_printable`: vCard
    2.1 lines in that encoding are left as written (their soft line breaks are vobject's to
    join, and they hold no raw multi-byte characters to split).
    """
    path = Path(path)
    with _open(path) as stream:
        return _read_folded(path, stream, record, kept, dropped, quoted_printable)


def read_folded_bytes(
    data: bytes,
    name: str | Path,
    record: str,
    kept: Collection[str],
    dropped: Collection[str] = (),
    quoted_printable: bool = False,
) -> DecodedText:
    """As read_folded, for text already in memory (a card a server sent): `name` stands for the
    file in messages and warnings."""
    path = Path(name)
    if len(data) > MAX_FILE_BYTES:
        raise _too_big_file(path)
    return _read_folded(path, io.BytesIO(data), record, kept, dropped, quoted_printable)


def _read_folded(
    path: Path,
    stream: BinaryIO,
    record: str,
    kept: Collection[str],
    dropped: Collection[str],
    quoted_printable: bool,
) -> DecodedText:
    head = stream.read(3)
    if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        text = _utf16(path, head + _read_all(path, stream, MAX_FILE_BYTES - 3))
        source: BinaryIO = io.BytesIO(text.encode("utf-8"))
        encoding = "utf-16"
    else:
        source, encoding = stream, ""
    unfolder = _Unfolder(path, record.upper(), kept, dropped, quoted_printable)
    unfolder.read(source, b"" if encoding or head == codecs.BOM_UTF8 else head)
    unfolded = b"".join(unfolder.out)
    decoded = DecodedText(path, "", encoding, _starts=unfolder.starts, _offsets=unfolder.offsets)
    if not unfolded.strip():
        raise ImportRejected(path, None, "the file is empty", "empty")
    if encoding:
        decoded.text = unfolded.decode("utf-8")
    else:
        _decode(path, unfolded, decoded)
    _cap(decoded, unfolder.warnings + decoded.warnings)
    return _checked(decoded)


class _Unfolder:
    """Reads a folded file in chunks and keeps its unfolded lines, a line map and warnings."""

    def __init__(
        self,
        path: Path,
        record: str,
        kept: Collection[str],
        dropped: Collection[str],
        quoted_printable: bool,
    ) -> None:
        self.path, self.record = path, record
        self.kept = {name.upper() for name in kept}
        self.dropped = {name.upper() for name in dropped}
        self.quoted_printable = quoted_printable
        self.out: list[bytes] = []
        self.kept_bytes = 0
        self.line = 1  # the file line where the next logical line begins
        self.text_lines = 0  # lines kept so far
        self.logical_lines = 0
        self.records = 0
        self.starts: list[int] = []
        self.offsets: list[int] = []
        self.warnings: list[FileWarning] = []
        self.skipping: tuple[str, int] | None = None  # (name, line) of a huge value being left out
        self.skipped = 0  # its bytes so far
        self.soft_break = False  # a quoted-printable line ended in "=": the next one continues it

    def read(self, stream: BinaryIO, head: bytes = b"") -> None:
        """Every line of `stream`, whose first bytes `head` were already read."""
        self._count_records(stream)
        carry, total = head, len(head)
        while True:
            chunk = stream.read(CHUNK)
            total += len(chunk)
            if total > MAX_FILE_BYTES:
                raise _too_big_file(self.path)
            carry = self._feed(carry + chunk, final=not chunk)
            if not chunk:
                return

    def _count_records(self, stream: BinaryIO) -> None:
        """Refuse a file of too many records after a quick first pass, before the slower
        line-by-line one (50 MB of cards: a fraction of a second instead of several)."""
        if not stream.seekable():
            return
        begin = re.compile(
            rb"^[ \t]*BEGIN:" + re.escape(self.record.encode()), re.IGNORECASE | re.MULTILINE
        )
        start, count, total = stream.tell(), 0, 0
        while chunk := stream.read(CHUNK):
            total += len(chunk)
            if total > MAX_FILE_BYTES:
                raise _too_big_file(self.path)
            count += len(begin.findall(chunk))  # one split between chunks is not missed much
            if count > MAX_RECORDS:
                raise _too_many_records(self.path, None)
        stream.seek(start)

    def _feed(self, data: bytes, final: bool) -> bytes:
        """Handle every complete logical line of `data`; return the rest for the next chunk."""
        start = 0
        if self.skipping is not None:
            found = _BOUNDARY.search(data)
            if found is None or (found.end() == len(data) and not final):
                rest = b"\n" if data.endswith(b"\n") and not final else b""
                self._skip(len(data) - len(rest), data.count(b"\n") - len(rest))
                if final:
                    self._end_skip()
                return rest
            self._skip(found.end(), data.count(b"\n", 0, found.end()))
            self._end_skip()
            start = found.end()
        for found in _BOUNDARY.finditer(data, start):
            if found.end() == len(data) and not final:
                break  # the next chunk may begin with a fold
            self._line(data[start : found.end()])
            start = found.end()
        rest = data[start:]
        if final:
            if rest:
                self._line(rest)
            return b""
        if len(rest) > MAX_FIELD_BYTES:  # one value bigger than we read: leave it out
            name, line = self._begin(rest)
            self._too_big(name, line, len(rest))
            self.skipping = (name, line)
            keep = b"\n" if rest.endswith(b"\n") else b""
            self._skip(len(rest) - len(keep), rest.count(b"\n") - len(keep))
            return keep
        return rest

    def _begin(self, raw: bytes) -> tuple[str, int]:
        """A new logical line: its property name (upper case) and the file line it starts on."""
        self.logical_lines += 1
        if self.logical_lines > MAX_LINES:
            raise ImportRejected(
                self.path,
                self.line,
                f"the file has more than {MAX_LINES:,} lines, the most one import reads",
                "too-big",
            )
        found = _NAME.match(raw)
        return (found.group(1).decode("ascii").upper() if found else ""), self.line

    def _skip(self, size: int, newlines: int) -> None:
        self.skipped += size
        self.line += newlines

    def _end_skip(self) -> None:
        name, line = self.skipping or ("", self.line)
        what = f"the {name} value" if name else "a line"
        self._warn(
            line,
            f"{what} ({size_text(self.skipped)}) was skipped: networkcircles "
            f"reads values up to {size_text(MAX_FIELD_BYTES)}",
            "skipped-value",
        )
        self.skipping, self.skipped = None, 0

    def _too_big(self, name: str, line: int, size: int) -> None:
        """Refuse the file when the value is one we keep; leaving it out is the caller's job."""
        if name in self.kept:
            raise ImportRejected(
                self.path,
                line,
                f"a {name} value of more than "
                f"{size_text(size)} (the most networkcircles reads in one "
                f"value is {size_text(MAX_FIELD_BYTES)})",
                "too-big",
            )

    def _warn(self, line: int, message: str, kind: str) -> None:
        self.warnings.append(FileWarning(self.path, line, message, kind))

    def _line(self, raw: bytes) -> None:
        name, line = self._begin(raw)
        self.line += raw.count(b"\n") + (not raw.endswith(b"\n"))
        if self.soft_break:  # the rest of a quoted-printable value, whatever it starts with
            self.soft_break = raw.rstrip(b"\r\n").endswith(b"=")
            self._keep(line, raw)
            return
        if len(raw) > MAX_FIELD_BYTES:
            self._too_big(name, line, len(raw))
            self.skipping, self.skipped = (name, line), len(raw)
            self._end_skip()
            return
        if name in self.dropped:
            return
        if name == "BEGIN" and raw[raw.find(b":") + 1 :].strip().upper() == self.record.encode():
            self.records += 1
            if self.records > MAX_RECORDS:
                raise _too_many_records(self.path, line)
        if self.quoted_printable and b"QUOTED-PRINTABLE" in raw[: raw.find(b":")].upper():
            text = raw  # vobject joins its soft line breaks; its lines map one to one
            self.soft_break = raw.rstrip(b"\r\n").endswith(b"=")
        else:
            text = _FOLD.sub(b"", raw)
        self._keep(line, text)

    def _keep(self, line: int, text: bytes) -> None:
        """Add `text`, a logical line as kept, which begins on file line `line`."""
        if b"\x00" in text:
            raise ImportRejected(self.path, line, "binary data, not text", "binary")
        self.kept_bytes += len(text)
        if self.kept_bytes > MAX_TEXT_BYTES:
            raise ImportRejected(
                self.path,
                line,
                f"the file holds more than "
                f"{size_text(MAX_TEXT_BYTES)} of text, the most one import "
                "takes (split it into smaller files)",
                "too-big",
            )
        offset = line - (self.text_lines + 1)
        if offset != (self.offsets[-1] if self.offsets else 0):
            self.starts.append(self.text_lines + 1)
            self.offsets.append(offset)
        self.text_lines += text.count(b"\n") + (not text.endswith(b"\n"))
        self.out.append(text)


def _open(path: Path, limit: int = MAX_FILE_BYTES) -> BinaryIO:
    """`path` opened for reading; refused at once when it is bigger than `limit` bytes."""
    try:
        stream = path.open("rb")
    except OSError as error:
        raise ImportRejected(
            path, None, f"cannot be read ({error.strerror})", "unreadable"
        ) from None
    try:
        size = os.fstat(stream.fileno()).st_size
    except OSError:
        size = 0
    if size > limit:
        stream.close()
        raise _too_big_file(path, limit)
    return stream


def _too_big_file(path: Path, limit: int = MAX_FILE_BYTES) -> ImportRejected:
    return ImportRejected(
        path,
        None,
        f"the file is over {size_text(limit)}, the most one "
        "import reads (split it into smaller files)",
        "too-big",
    )


def _too_many_records(path: Path, line: int | None) -> ImportRejected:
    reason = (
        f"the file holds more than {MAX_RECORDS:,} records, the most one import takes "
        "(split it into smaller files)"
    )
    return ImportRejected(path, line, reason, "too-big")


def _read_all(path: Path, stream: BinaryIO, limit: int) -> bytes:
    """The rest of `stream`, refused past `limit` bytes without reading much further."""
    try:
        data = stream.read(limit + 1)
    except OSError as error:
        raise ImportRejected(
            path, None, f"cannot be read ({error.strerror})", "unreadable"
        ) from None
    if len(data) > limit:
        raise _too_big_file(path, limit)
    return data


def _utf16(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError:
        raise ImportRejected(path, None, "damaged UTF-16 text", "binary") from None


def _decode(path: Path, data: bytes, decoded: DecodedText) -> DecodedText:
    """Fill in `decoded.text` by the rule in the module docstring, with warnings for damage."""
    decoded.encoding = "utf-8"
    try:
        decoded.text = data.decode("utf-8")
        return decoded
    except UnicodeDecodeError:
        pass
    loose = data.decode("utf-8", "surrogateescape")  # each byte that is not UTF-8: one U+DCxx
    places, damaged_bytes = 0, 0
    first: list[re.Match[str]] = []
    for found in _DAMAGED.finditer(loose):
        places += 1
        damaged_bytes += found.end() - found.start()
        if len(first) < MAX_WARNINGS:
            first.append(found)
    non_ascii_bytes = len(data.translate(None, _ASCII))
    # Characters of the loose text that are neither ASCII nor damaged bytes: valid sequences.
    valid_multibyte = len(loose) - (len(data) - non_ascii_bytes) - damaged_bytes
    if valid_multibyte == 0 or places > valid_multibyte:
        decoded.encoding = "cp1252"
        decoded.text = data.decode("cp1252", "networkcircles-latin-1")
        return decoded
    decoded.text = data.decode("utf-8", "replace")
    line, position = 1, 0
    for found in first:
        line += loose.count("\n", position, found.start())
        position = found.start()
        raw = found.group().encode("utf-8", "surrogateescape")
        shown = " ".join(f"{byte:02X}" for byte in raw[:8]) + (" …" if len(raw) > 8 else "")
        count = "a byte that is" if len(raw) == 1 else f"{len(raw)} bytes that are"
        decoded.warnings.append(
            FileWarning(
                path,
                decoded.file_line(line),
                f"{count} not UTF-8 ({shown}), shown as \ufffd",
                "damaged-text",
            )
        )
    decoded.left_out += places - len(first)
    return decoded


def _cap(decoded: DecodedText, warnings: list[FileWarning]) -> None:
    """Keep the first MAX_WARNINGS warnings, and one more saying how many were left out."""
    decoded.warnings = capped(decoded.path, warnings, decoded.left_out)
    decoded.left_out += max(0, len(warnings) - MAX_WARNINGS)  # all left out, for later caps


def capped(path: Path, warnings: list[FileWarning], left_out: int = 0) -> list[FileWarning]:
    """The first MAX_WARNINGS of `warnings` (none of them a "more" one), and one more saying
    how many were left out: those past the limit and `left_out` counted before."""
    left_out += max(0, len(warnings) - MAX_WARNINGS)
    kept = warnings[:MAX_WARNINGS]
    if left_out:
        kept.append(
            FileWarning(
                path,
                None,
                f"{left_out} more warning{'s' if left_out > 1 else ''} like these",
                "more",
            )
        )
    return kept


def _checked(decoded: DecodedText) -> DecodedText:
    """Refuse text that is mostly control characters: a binary file, whatever its name."""
    text = decoded.text
    if not any(char in text for char in _CONTROL_CHARACTERS):
        return decoded
    allowed = max(2, len(text) // 200)
    first = None
    for count, found in enumerate(_CONTROLS.finditer(text), start=1):
        first = first if first is not None else found.start()
        if count > allowed:
            line = decoded.file_line(text.count("\n", 0, first) + 1)
            raise ImportRejected(decoded.path, line, "binary data, not text", "binary")
    return decoded


def _line_of(data: bytes, needle: bytes) -> int:
    return data.count(b"\n", 0, data.index(needle)) + 1
