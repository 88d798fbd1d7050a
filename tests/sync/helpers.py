"""Another CardDAV client (a phone, say) for the sync tests: plain requests through caldav's
DAVClient, none of networkcircles' sync code."""

import itertools
from urllib.parse import urljoin

import caldav

_numbers = itertools.count(1)


class Phone:
    """What another program does to the same address book: reads, writes, deletes cards."""

    def __init__(self, book_url: str, user: str, password: str) -> None:
        self.book = book_url
        self.client = caldav.DAVClient(
            url=book_url, username=user, password=password, enable_rfc6764=False, auth_type="basic"
        )

    def create_book(self) -> None:
        body = (
            '<?xml version="1.0" encoding="utf-8"?>'
            '<d:mkcol xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"><d:set><d:prop>'
            "<d:resourcetype><d:collection/><c:addressbook/></d:resourcetype>"
            "</d:prop></d:set></d:mkcol>"
        )
        response = self.client.request(self.book, "MKCOL", body, {})
        assert response.status == 201, response.status

    def create_calendar(self) -> None:
        response = self.client.request(self.book, "MKCALENDAR", "", {})
        assert response.status == 201, response.status

    def put(self, name: str, text: str) -> None:
        kind = "text/calendar" if name.endswith(".ics") else "text/vcard"
        response = self.client.request(
            urljoin(self.book, name), "PUT", text, {"Content-Type": kind}
        )
        assert response.status in (201, 204), response.status

    def get(self, name: str) -> str:
        response = self.client.request(urljoin(self.book, name), "GET", "", {})
        assert response.status == 200, response.status
        return response._raw_body.decode("utf-8")

    def delete(self, name: str) -> None:
        response = self.client.request(urljoin(self.book, name), "DELETE", "", {})
        assert response.status in (200, 204), response.status

    def names(self) -> list[str]:
        response = self.client.request(
            self.book,
            "PROPFIND",
            '<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop>'
            "</d:propfind>",
            {"Depth": "1"},
        )
        hrefs = [element.text for element in response.tree.iter("{DAV:}href")]
        return sorted(h.rsplit("/", 1)[-1] for h in hrefs if not h.endswith("/"))

    def cards(self) -> dict[str, str]:
        return {name: self.get(name) for name in self.names()}

    def find(self, needle: str) -> str:
        """The file name of the one card whose text holds `needle`."""
        found = [name for name, text in self.cards().items() if needle in text.replace("\r\n ", "")]
        assert len(found) == 1, (needle, found)
        return found[0]


def card(name: str, uid: str | None = None, **lines: str) -> str:
    """A vCard 3.0 as a phone writes one; extra properties as keyword arguments."""
    uid = uid or f"phone-{next(_numbers)}"
    given, _, family = name.rpartition(" ")
    body = ["BEGIN:VCARD", "VERSION:3.0", f"UID:{uid}", f"FN:{name}", f"N:{family};{given};;;"]
    body += [f"{key.replace('_', '-').upper()}:{value}" for key, value in lines.items()]
    return "\r\n".join([*body, "END:VCARD"]) + "\r\n"


def replace_line(text: str, prefix: str, new_line: str) -> str:
    """The card with its line starting with `prefix` replaced (or added before END)."""
    lines = text.replace("\r\n", "\n").split("\n")
    for index, line in enumerate(lines):
        if line.upper().startswith(prefix.upper()):
            lines[index] = new_line
            break
    else:
        lines.insert(lines.index("END:VCARD"), new_line)
    return "\r\n".join(lines)


def event(title: str, uid: str, start: str = "20261205T180000Z", **lines: str) -> str:
    """A calendar object as a phone's calendar writes one (with an alarm we must keep)."""
    body = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//phone//EN",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20261101T000000Z",
        f"DTSTART:{start}",
        "DTEND:20261205T200000Z",
        f"SUMMARY:{title}",
    ]
    body += [f"{key.replace('_', '-').upper()}:{value}" for key, value in lines.items()]
    body += [
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:Reminder",
        "TRIGGER:-PT30M",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(body) + "\r\n"
