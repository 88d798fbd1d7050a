"""Text exactly as written: lines folded inside a UTF-8 character, damaged bytes reported by line,
Windows-1252 only for files that are not UTF-8 at all, and spacing inside values kept."""

from datetime import datetime
from pathlib import Path

import pytest

from networkcircles.cli import main
from networkcircles.interchange.csv_formats import read_csv
from networkcircles.interchange.ical import read_calendar
from networkcircles.interchange.reading import read_plain
from networkcircles.interchange.records import ImportRejected
from networkcircles.interchange.vcard import read_vcards
from networkcircles.services import importing
from networkcircles.store import event_queries, queries
from networkcircles.store.db import close_store, open_store

NAME = "Zoë Ångström-Núñez"
NOTE = "Met at the café — «Réseau»  two spaces,  and 日本語 too"


def fold_inside(line: bytes, character: str) -> bytes:
    """`line` folded (CRLF and a space) after the first byte of `character`'s UTF-8 bytes, as
    RFC 6350 and RFC 5545 allow: they fold by octets."""
    at = line.index(character.encode()) + 1
    return line[:at] + b"\r\n " + line[at:]


def fold_every(line: bytes, width: int = 20) -> bytes:
    """`line` folded every `width` octets, wherever that falls."""
    pieces = [line[i : i + width] for i in range(0, len(line), width)]
    return b"\r\n ".join(pieces)


def card_bytes(version: str) -> bytes:
    note = NOTE.replace(",", "\\,").encode()
    return b"".join(
        [
            b"BEGIN:VCARD\r\n",
            f"VERSION:{version}\r\n".encode(),
            fold_inside(f"FN:{NAME}".encode(), "ë"),
            b"\r\n",
            fold_inside("ORG:Société Générale".encode(), "é"),
            b"\r\n",
            fold_every(b"NOTE:" + note),
            b"\r\n",
            b"EMAIL:zoe@example.org\r\n",
            b"END:VCARD\r\n",
        ]
    )


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_a_vcard_folded_inside_characters_keeps_every_character(tmp_path, version):
    path = tmp_path / "zoe.vcf"
    path.write_bytes(card_bytes(version))
    parsed = read_vcards(path)
    (zoe,) = parsed.contacts
    assert zoe.name == NAME  # was "ZoÃ« Ã…ngstrÃ¶m-NÃºÃ±ez"
    assert zoe.organization == "Société Générale"
    assert zoe.notes == NOTE
    assert parsed.warnings == []


def test_a_calendar_folded_inside_characters_keeps_every_character(tmp_path):
    path = tmp_path / "events.ics"
    path.write_bytes(
        b"".join(
            [
                b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n",
                b"UID:fair-1@example.org\r\nDTSTART:20261203T170000Z\r\n",
                fold_inside("SUMMARY:Salon de l\u2019emploi — Genève".encode(), "è"),
                b"\r\n",
                fold_every(
                    "DESCRIPTION:就職フェア、東京ビッグサイトにて。企業説明会あり".encode(), 31
                ),
                b"\r\n",
                fold_inside(b"LOCATION:Palexpo, Grand-Saconnex", "-"),
                b"\r\n",
                b"END:VEVENT\r\nEND:VCALENDAR\r\n",
            ]
        )
    )
    (fair,) = read_calendar(path).drafts
    assert fair.title == "Salon de l\u2019emploi — Genève"
    assert fair.notes == "就職フェア、東京ビッグサイトにて。企業説明会あり"
    assert fair.location == "Palexpo, Grand-Saconnex"


JAPANESE_CALENDAR = "\r\n".join(
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//test//JA",
        "BEGIN:VEVENT",
        "UID:1@example.jp",
        "DTSTART:20261201T010000Z",
        "SUMMARY:就職フェア 東京",
        "LOCATION:東京ビッグサイト 西ホール",
        "DESCRIPTION:企業説明会と面接",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:2@example.jp",
        "DTSTART:20261208T010000Z",
        "SUMMARY:異業種交流会",
        "LOCATION:大阪市北区梅田",
        "DESCRIPTION:名刺を五十枚",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
).encode()


def damage(data: bytes, character: str, replacement: bytes) -> bytes:
    """`data` with the first byte of `character`'s first appearance replaced."""
    at = data.index(character.encode())
    return data[:at] + replacement + data[at + 1 :]


def test_a_few_damaged_bytes_keep_the_rest_of_a_japanese_calendar(tmp_path):
    data = damage(JAPANESE_CALENDAR, "東", b"\xff")  # line 7
    data = damage(data, "梅", b"\x80")  # line 15
    path = tmp_path / "japan.ics"
    path.write_bytes(data)
    parsed = read_calendar(path)
    fair, meeting = parsed.drafts
    assert fair.title == "就職フェア \ufffd\ufffd\ufffd京"  # the damaged character, nothing else
    assert fair.location == "東京ビッグサイト 西ホール"
    assert fair.notes == "企業説明会と面接"
    assert meeting.title == "異業種交流会"
    assert meeting.location == "大阪市北区\ufffd\ufffd\ufffd田"
    assert [(w.line, w.kind) for w in parsed.warnings] == [
        (7, "damaged-text"),
        (15, "damaged-text"),
    ]
    assert "FF" in parsed.warnings[0].message and "80" in parsed.warnings[1].message


def test_damage_is_reported_on_the_line_of_the_file_even_after_folded_lines(tmp_path):
    lines = card_bytes("3.0").replace(b"EMAIL:zoe@example.org", b"TITLE:Ing\xe9nieure")
    path = tmp_path / "zoe.vcf"
    path.write_bytes(lines)
    parsed = read_vcards(path)
    (zoe,) = parsed.contacts
    assert zoe.name == NAME and zoe.role == "Ing\ufffdnieure"
    file_line = lines.split(b"\r\n").index(b"TITLE:Ing\xe9nieure") + 1
    assert [w.line for w in parsed.warnings] == [file_line]  # not the unfolded line's number


def test_the_cli_prints_each_warning_with_file_and_line_and_imports_the_rest(tmp_path, capsys):
    path = tmp_path / "japan.ics"
    path.write_bytes(damage(JAPANESE_CALENDAR, "東", b"\xff"))
    db = tmp_path / "n.sqlite"
    try:
        assert main(["import", "--db", str(db), str(path)]) == 0
        err = capsys.readouterr().err
        assert f"{path}: line 7: warning: 3 bytes that are not UTF-8 (FF 9D B1)" in err
        titles = sorted(row.title for row in event_queries.event_rows())
    finally:
        close_store()
    assert titles == ["就職フェア \ufffd\ufffd\ufffd京", "異業種交流会"]


def test_a_windows_1252_vcard_is_still_read_as_windows_1252(tmp_path):
    path = tmp_path / "outlook.vcf"
    path.write_bytes(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Façade\r\nNOTE:“quoted” \u2013 5 €\r\n"
        "END:VCARD\r\n".encode("cp1252")
    )
    parsed = read_vcards(path)
    assert parsed.contacts[0].name == "Zoë Façade"
    assert parsed.contacts[0].notes == "“quoted” \u2013 5 €"
    assert parsed.warnings == []


def test_a_windows_1252_csv_with_a_byte_pair_that_looks_like_utf8_stays_windows_1252(tmp_path):
    # "Ã©" in Windows-1252 is C3 A9, a valid UTF-8 "é": one such pair among many Latin-1
    # letters does not make the file UTF-8.
    path = tmp_path / "people.csv"
    path.write_bytes(
        "Name,Notes\r\nJosé Müller,CAFÃ© owner\r\nRenée Lefèvre,à bientôt\r\n".encode("cp1252")
    )
    decoded = read_plain(path)
    assert decoded.encoding == "cp1252"
    names = [c.name for c in read_csv(path).contacts]
    assert names == ["José Müller", "Renée Lefèvre"]


def test_a_utf8_csv_with_one_damaged_byte_is_utf8_with_a_warning(tmp_path):
    path = tmp_path / "people.csv"
    path.write_bytes("Name,Notes\r\nJosé Müller,Straße\r\n".encode() + b"Ren\xe9e,ok\r\n")
    parsed = read_csv(path)
    assert [c.name for c in parsed.contacts] == ["José Müller", "Ren\ufffde"]
    assert parsed.contacts[0].notes == "Straße"
    assert [(w.line, w.kind) for w in parsed.warnings] == [(3, "damaged-text")]


def test_vcard_21_quoted_printable_next_to_folded_utf8(tmp_path):
    path = tmp_path / "old.vcf"
    path.write_bytes(
        b"".join(
            [
                b"BEGIN:VCARD\r\nVERSION:2.1\r\n",
                b"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;\r\n",
                b"NOTE;ENCODING=QUOTED-PRINTABLE:Erste Zeile=0D=0AZweite =\r\n Zeile\r\n",
                fold_inside("ORG:Stadtwerke Köln".encode(), "ö"),
                b"\r\n",
                b"END:VCARD\r\n",
            ]
        )
    )
    (jurgen,) = read_vcards(path).contacts
    assert jurgen.name == "Jürgen Müller"
    assert jurgen.notes == "Erste Zeile\nZweite  Zeile"  # the soft break's next line, as is
    assert jurgen.organization == "Stadtwerke Köln"


def test_spacing_inside_values_is_kept(tmp_path):
    path = tmp_path / "spaced.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\n"
        "UID:s@example.org\r\nDTSTART:20261203T170000Z\r\n"
        "SUMMARY:Job  club:   CV clinic\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        newline="",
    )
    assert read_calendar(path).drafts[0].title == "Job  club:   CV clinic"


def test_import_then_export_gives_the_same_text(tmp_path):
    """vCard and iCalendar: what the file said is what our export says, character for
    character, and reading the export back gives the same values again."""
    cards, events_file = tmp_path / "in.vcf", tmp_path / "in.ics"
    cards.write_bytes(card_bytes("3.0"))
    events_file.write_bytes(JAPANESE_CALENDAR)
    open_store(tmp_path / "n.sqlite")
    try:
        plan = importing.plan_import([cards, events_file])
        assert not plan.rejected_files
        importing.apply_plan(plan)
        out_cards, out_events = tmp_path / "out.vcf", tmp_path / "out.ics"
        from networkcircles.interchange.exporting import export_contacts
        from networkcircles.interchange.ical import export_calendar

        export_contacts(out_cards, "vcard")
        export_calendar(out_events)
        (stored,) = [queries.contact_details(row.id) for row in queries.contact_rows()]
        assert (stored.name, stored.organization, stored.notes) == (NAME, "Société Générale", NOTE)
    finally:
        close_store()
    (again,) = read_vcards(out_cards).contacts
    assert (again.name, again.organization, again.notes) == (NAME, "Société Générale", NOTE)
    exported = read_calendar(out_events)
    assert exported.warnings == []
    titles = {d.title: (d.location, d.notes, d.starts_at) for d in exported.drafts}
    assert titles == {
        "就職フェア 東京": (
            "東京ビッグサイト 西ホール",
            "企業説明会と面接",
            datetime(2026, 12, 1, 1),
        ),
        "異業種交流会": ("大阪市北区梅田", "名刺を五十枚", datetime(2026, 12, 8, 1)),
    }


def test_the_fixture_files_read_without_warnings():
    fixtures = Path(__file__).parent / "fixtures"
    for path in sorted(fixtures.glob("*.vcf")) + sorted(fixtures.glob("*.ics")):
        try:
            parsed = read_vcards(path) if path.suffix == ".vcf" else read_calendar(path)
        except ImportRejected:  # the fixtures of refused files are tested elsewhere
            continue
        assert parsed.warnings == [], path.name


def test_many_damaged_places_are_listed_up_to_the_limit_then_counted(tmp_path):
    from networkcircles.interchange.records import MAX_WARNINGS

    path = tmp_path / "people.csv"
    rows = "".join(f"Jürgen {n},ok\r\n" for n in range(200)).encode()
    path.write_bytes(b"Name,Notes\r\n" + rows.replace(b"gen 1", b"gen\xff1"))  # 111 places
    parsed = read_csv(path)
    assert len(parsed.contacts) == 200
    listed, summary = parsed.warnings[:-1], parsed.warnings[-1]
    assert len(listed) == MAX_WARNINGS and listed[0].line == 3
    assert listed[0].message == "a byte that is not UTF-8 (FF), shown as \ufffd"
    assert (summary.line, summary.kind) == (None, "more")
    assert summary.message == f"{111 - MAX_WARNINGS} more warnings like these"


def test_a_utf16_vcard_with_folded_lines(tmp_path):
    path = tmp_path / "windows.vcf"
    path.write_bytes(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë\r\n  Ångström\r\nNOTE:日本\r\n 語\r\n"
        "END:VCARD\r\n".encode("utf-16")
    )
    (zoe,) = read_vcards(path).contacts
    assert (zoe.name, zoe.notes) == ("Zoë Ångström", "日本語")


def test_a_vcard_21_photo_in_base64_lines_is_dropped_and_the_lines_still_count(tmp_path):
    path = tmp_path / "old.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe;Jane\r\n"
        b"PHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n /9j/4AAQSkZJRgABAQ\r\n AAAQABAAD\r\n"
        b"\r\nEMAIL;INTERNET:not-an-email\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Roe;Rick\r\nEND:VCARD\r\n"
    )
    parsed = read_vcards(path)
    assert [c.name for c in parsed.contacts] == ["Jane Doe", "Rick Roe"]
    assert parsed.contacts[0].emails == []  # not an address: left out, the person kept
    assert [(w.line, w.message, w.kind) for w in parsed.warnings] == [
        (8, "EMAIL 'not-an-email' left out: it is not an e-mail address", "left-out")
    ]
    assert parsed.contacts[1].line == 10  # the photo's three lines are still counted


def test_a_damaged_property_we_do_not_keep_is_a_warning_and_the_event_imports(tmp_path):
    path = tmp_path / "geo.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\n"
        "UID:g@example.org\r\nDTSTART:20261203T170000Z\r\nSUMMARY:Mixer\r\n"
        "GEO:;\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        newline="",
    )
    parsed = read_calendar(path)
    assert [d.title for d in parsed.drafts] == ["Mixer"]
    assert [(w.line, w.kind) for w in parsed.warnings] == [(4, "malformed-value")]
    assert parsed.warnings[0].message.startswith("event 1: its GEO cannot be read")


def test_calendars_one_after_another_in_one_file_all_import(tmp_path):
    path = tmp_path / "two.ics"
    one = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:{0}@x\r\n"
        "DTSTART:20261203T170000Z\r\nSUMMARY:{0}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    path.write_text(one.format("First") + one.format("Second"), newline="")
    assert [d.title for d in read_calendar(path).drafts] == ["First", "Second"]


def test_a_quoted_printable_line_going_on_with_a_word_like_a_property_name(tmp_path):
    path = tmp_path / "old.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe;Jane\r\n"
        b"NOTE;ENCODING=QUOTED-PRINTABLE:Agenda=0D=0A=\r\n"
        b"Key points=0D=0A=\r\nPhoto of the stand=0D=0A=\r\nSound: ok\r\n"
        b"TEL:+1 555 0100\r\nEND:VCARD\r\n"
    )
    (jane,) = read_vcards(path).contacts
    assert jane.notes == "Agenda\nKey points\nPhoto of the stand\nSound: ok"
    assert [p.value for p in jane.phones] == ["+1 555 0100"]


def test_a_line_that_is_no_property_at_all_still_refuses_the_event(tmp_path):
    path = tmp_path / "broken.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\n"
        "UID:b@example.org\r\nDTSTART:20261203T170000Z\r\nSUMMARY=Mixer\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        newline="",
    )
    with pytest.raises(ImportRejected) as caught:
        read_calendar(path)
    assert caught.value.line == 4
    assert caught.value.reason.startswith("event 1: Content line could not be parsed")


def test_names_compare_the_same_through_the_ascii_shortcut():
    """normalise_name reads a plain ASCII name in one regular expression; it must keep
    exactly the characters the character-by-character way keeps, for every ASCII one."""
    import unicodedata

    from networkcircles.interchange.records import normalise_name

    def by_characters(name: str) -> str:
        decomposed = unicodedata.normalize("NFKD", name.casefold())
        letters = "".join(ch for ch in decomposed if ch.isalnum() or ch.isspace())
        return " ".join(letters.split())

    every_ascii = "".join(map(chr, range(128)))
    names = [every_ascii, f"a{every_ascii}b", "O'Brien-Smith, Jr.", "  Ana\tB\x1cC ", "José Núñez"]
    names += [f"x{chr(n)}y z" for n in range(128)]
    for name in names:
        assert normalise_name(name) == by_characters(name), repr(name)
