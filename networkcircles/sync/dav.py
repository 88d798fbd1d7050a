"""WebDAV requests for CardDAV address books and CalDAV calendars, through caldav's DAVClient.

caldav has no address-book collection of its own, so this module speaks the few requests a
two-way sync needs on both kinds of collection: discovery (the well-known paths, the
current-user-principal and its home sets), the sync-collection REPORT (RFC 6578) with a full
listing when the server has none, multiget REPORTs, and conditional PUT and DELETE.
Everything here raises a SyncError kind with the data a message needs; nothing touches the store.
"""

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import niquests
from caldav.davclient import DAVClient
from caldav.lib import error as caldav_error
from lxml import etree

from networkcircles.sync.errors import (
    NoCollection,
    NotAuthorized,
    ServerFailed,
    ServerUnreachable,
)

DAV = "DAV:"
CARDDAV = "urn:ietf:params:xml:ns:carddav"
CALDAV = "urn:ietf:params:xml:ns:caldav"
CALSERVER = "http://calendarserver.org/ns/"
_NS = {"d": DAV, "card": CARDDAV, "cal": CALDAV, "cs": CALSERVER}

MULTIGET_CHUNK = 200  # items per multiget REPORT


@dataclass(frozen=True)
class Kind:
    """What differs between an address book and a calendar."""

    name: str  # contact | event
    service: str  # carddav | caldav
    namespace: str
    collection_tag: str  # the resourcetype element that marks a collection of this kind
    home_set: str
    data_element: str
    multiget: str
    content_type: str
    suffix: str


CONTACTS = Kind(
    "contact",
    "carddav",
    CARDDAV,
    "addressbook",
    "addressbook-home-set",
    "address-data",
    "addressbook-multiget",
    "text/vcard; charset=utf-8",
    ".vcf",
)
EVENTS = Kind(
    "event",
    "caldav",
    CALDAV,
    "calendar",
    "calendar-home-set",
    "calendar-data",
    "calendar-multiget",
    "text/calendar; charset=utf-8",
    ".ics",
)


class PreconditionFailed(Exception):
    """412: someone changed (or created) the item since we last saw it."""


@dataclass
class Listing:
    """What changed on the server since `token` (or everything, when `full`)."""

    token: str
    changed: dict[str, str] = field(default_factory=dict)  # href -> etag
    deleted: set[str] = field(default_factory=set)
    full: bool = False


def _xml(element: Any) -> str:
    return str(etree.tostring(element, xml_declaration=True, encoding="utf-8").decode())


def _tag(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}"


def _path(url: str) -> str:
    return urlsplit(url).path or "/"


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme.lower(), parts.netloc.lower()


def _why(error: Exception) -> str:
    """A connection failure in a few words, not urllib3's whole chain."""
    text = str(error)
    for words, short in (
        ("refused", "connection refused"),
        ("timed out", "no answer in time"),
        ("Name or service not known", "unknown host name"),
        ("getaddrinfo", "unknown host name"),
        ("reset", "connection reset"),
        ("aborted", "connection dropped"),
        ("RemoteDisconnected", "connection dropped"),
    ):
        if words in text:
            return short
    return type(error).__name__


def normal_url(url: str) -> str:
    """The account's address as kept: no spaces around it, one slash at the end."""
    url = url.strip()
    return url if url.endswith("/") else url + "/"


class Dav:
    def __init__(self, url: str, user: str, password: str, timeout: int = 180) -> None:
        self.url = normal_url(url)
        self.user = user
        self.client = DAVClient(
            url=self.url,
            username=user,
            password=password,
            timeout=timeout,
            enable_rfc6764=False,
            auth_type="basic",
        )
        self.requests = 0

    def close(self) -> None:
        self.client.close()

    # --- plumbing -------------------------------------------------------------------------

    def request(
        self,
        method: str,
        url: str,
        body: str = "",
        headers: dict[str, str] | None = None,
        ok: tuple[int, ...] = (200, 207),
    ) -> Any:
        """caldav's DAVResponse, or a SyncError kind (PreconditionFailed for a 412)."""
        self.requests += 1
        try:
            response = self.client.request(url, method, body, headers or {})
        except caldav_error.AuthorizationError:
            reason = f"the server refused user '{self.user}' with this password"
            raise NotAuthorized(url, reason) from None
        except caldav_error.RateLimitError as error:
            raise ServerFailed(url, method, getattr(error, "status", 503)) from None
        except (niquests.exceptions.RequestException, OSError) as error:
            raise ServerUnreachable(url, f"cannot reach the server ({_why(error)})") from None
        if response.status == 412:
            raise PreconditionFailed(url)
        if response.status not in ok:
            raise ServerFailed(url, method, response.status)
        return response

    def _propfind(self, url: str, props: list[tuple[str, str]], depth: int = 0) -> Any:
        root = etree.Element(_tag(DAV, "propfind"), nsmap={"d": DAV})
        prop = etree.SubElement(root, _tag(DAV, "prop"))
        for namespace, name in props:
            etree.SubElement(prop, _tag(namespace, name))
        headers = {"Depth": str(depth), "Content-Type": "application/xml; charset=utf-8"}
        return self.request("PROPFIND", url, _xml(root), headers, ok=(207,))

    @staticmethod
    def _responses(response: Any) -> list[Any]:
        tree = response.tree
        if tree is None:
            return []
        return list(tree.findall("d:response", _NS))

    @staticmethod
    def _ok_props(item: Any) -> list[Any]:
        """The <prop> elements of a <response> whose propstat status is 200."""
        found = []
        for propstat in item.findall("d:propstat", _NS):
            status = propstat.findtext("d:status", "", _NS)
            if " 200 " in f" {status} ":
                found += propstat.findall("d:prop", _NS)
        return found

    # --- discovery ------------------------------------------------------------------------

    def find_collection(self, kind: Kind) -> str:
        """The collection's URL: the typed URL itself when it is one; otherwise the first of
        its kind in the user's home set, found through the well-known path and the principal
        (and created there when the user has none)."""
        if self.is_collection(self.url, kind):
            return self.url
        principal = self._principal(self.url) or self._principal(
            urljoin(self.url, f"/.well-known/{kind.service}")
        )
        if principal is None:
            raise NoCollection(self.url, f"found no {kind.service.upper()} account here")
        response = self._propfind(principal, [(kind.namespace, kind.home_set)])
        home = None
        for item in self._responses(response):
            for prop in self._ok_props(item):
                href = prop.findtext(f"{{{kind.namespace}}}{kind.home_set}/d:href", None, _NS)
                home = home or href
        if not home:
            raise NoCollection(self.url, f"the server names no {kind.home_set}")
        home = urljoin(principal, home)
        response = self._propfind(home, [(DAV, "resourcetype")], depth=1)
        for item in self._responses(response):
            href = item.findtext("d:href", "", _NS)
            for prop in self._ok_props(item):
                if (
                    prop.find(f"d:resourcetype/{{{kind.namespace}}}{kind.collection_tag}", _NS)
                    is not None
                ):
                    return str(urljoin(home, href))
        return self._create_collection(home, kind)

    def is_collection(self, url: str, kind: Kind) -> bool:
        try:
            response = self._propfind(url, [(DAV, "resourcetype")])
        except ServerFailed:
            return False
        for item in self._responses(response):
            for prop in self._ok_props(item):
                tag = f"d:resourcetype/{{{kind.namespace}}}{kind.collection_tag}"
                if prop.find(tag, _NS) is not None:
                    return True
        return False

    def _principal(self, url: str) -> str | None:
        try:
            response = self._propfind(url, [(DAV, "current-user-principal")])
        except ServerFailed:
            return None
        for item in self._responses(response):
            for prop in self._ok_props(item):
                href = prop.findtext("d:current-user-principal/d:href", None, _NS)
                if href:
                    return str(urljoin(url, href))
        return None

    def _create_collection(self, home: str, kind: Kind) -> str:
        url = urljoin(home if home.endswith("/") else home + "/", f"networkcircles-{kind.name}s/")
        root = etree.Element(_tag(DAV, "mkcol"), nsmap={"d": DAV, "x": kind.namespace})
        prop = etree.SubElement(etree.SubElement(root, _tag(DAV, "set")), _tag(DAV, "prop"))
        resourcetype = etree.SubElement(prop, _tag(DAV, "resourcetype"))
        etree.SubElement(resourcetype, _tag(DAV, "collection"))
        etree.SubElement(resourcetype, _tag(kind.namespace, kind.collection_tag))
        etree.SubElement(prop, _tag(DAV, "displayname")).text = "networkcircles"
        headers = {"Content-Type": "application/xml; charset=utf-8"}
        self.request("MKCOL", url, _xml(root), headers, ok=(201,))
        return url

    # --- listing --------------------------------------------------------------------------

    def changes(self, collection: str, token: str) -> Listing:
        """What changed since `token` (one REPORT); everything when the token is empty or the
        server no longer knows it; a full PROPFIND listing when it has no sync-collection."""
        root = etree.Element(_tag(DAV, "sync-collection"), nsmap={"d": DAV})
        etree.SubElement(root, _tag(DAV, "sync-token")).text = token
        etree.SubElement(root, _tag(DAV, "sync-level")).text = "1"
        etree.SubElement(etree.SubElement(root, _tag(DAV, "prop")), _tag(DAV, "getetag"))
        headers = {"Content-Type": "application/xml; charset=utf-8"}
        try:
            response = self.request("REPORT", collection, _xml(root), headers, ok=(207,))
        except ServerFailed as failed:
            if failed.status >= 500:
                raise
            if token:  # an unknown token (403/409): start again from nothing
                return self.changes(collection, "")
            return self._full_listing(collection)
        listing = Listing(token=response.tree.findtext("d:sync-token", "", _NS), full=not token)
        base = _path(collection)
        for item in self._responses(response):
            href = item.findtext("d:href", "", _NS)
            if _path(urljoin(collection, href)).rstrip("/") == base.rstrip("/"):
                continue
            if _origin(urljoin(collection, href)) != _origin(collection):
                continue  # never send the password to another host a listing names
            status = item.findtext("d:status", "", _NS)
            if " 404 " in f" {status} ":
                listing.deleted.add(href)
                continue
            for prop in self._ok_props(item):
                etag = prop.findtext("d:getetag", None, _NS)
                if etag is not None:
                    listing.changed[href] = etag
        return listing

    def _full_listing(self, collection: str) -> Listing:
        response = self._propfind(collection, [(DAV, "getetag"), (CALSERVER, "getctag")], 1)
        listing = Listing(token="", full=True)
        base = _path(collection).rstrip("/")
        for item in self._responses(response):
            href = item.findtext("d:href", "", _NS)
            for prop in self._ok_props(item):
                if _path(urljoin(collection, href)).rstrip("/") == base:
                    listing.token = "ctag:" + (prop.findtext("cs:getctag", "", _NS) or "")
                    continue
                etag = prop.findtext("d:getetag", None, _NS)
                if etag is not None:
                    listing.changed[href] = etag
        return listing

    # --- items ----------------------------------------------------------------------------

    def fetch(self, collection: str, kind: Kind, hrefs: list[str]) -> dict[str, tuple[str, str]]:
        """href -> (etag, text) for each href still on the server, by multiget REPORTs."""
        found: dict[str, tuple[str, str]] = {}
        headers = {"Content-Type": "application/xml; charset=utf-8", "Depth": "1"}
        for start in range(0, len(hrefs), MULTIGET_CHUNK):
            root = etree.Element(
                _tag(kind.namespace, kind.multiget), nsmap={"d": DAV, "x": kind.namespace}
            )
            prop = etree.SubElement(root, _tag(DAV, "prop"))
            etree.SubElement(prop, _tag(DAV, "getetag"))
            etree.SubElement(prop, _tag(kind.namespace, kind.data_element))
            for href in hrefs[start : start + MULTIGET_CHUNK]:
                etree.SubElement(root, _tag(DAV, "href")).text = href
            response = self.request("REPORT", collection, _xml(root), headers, ok=(207,))
            for item in self._responses(response):
                href = item.findtext("d:href", "", _NS)
                for prop in self._ok_props(item):
                    etag = prop.findtext("d:getetag", None, _NS)
                    text = prop.findtext(f"{{{kind.namespace}}}{kind.data_element}", None, _NS)
                    if etag is not None and text is not None:
                        found[href] = (etag, text)
        return found

    def put(self, collection: str, href: str, text: str, kind: Kind, etag: str | None) -> str:
        """Write one item: If-Match its ETag, or If-None-Match * for a new one. Returns the
        new ETag ("" when the server gives none). Raises PreconditionFailed on 412."""
        headers = {"Content-Type": kind.content_type}
        if etag:
            headers["If-Match"] = etag
        else:
            headers["If-None-Match"] = "*"
        url = urljoin(collection, href)
        response = self.request("PUT", url, text, headers, ok=(200, 201, 204))
        return response.headers.get("ETag", "") or ""

    def delete(self, collection: str, href: str, etag: str) -> None:
        headers = {"If-Match": etag} if etag else {}
        self.request("DELETE", urljoin(collection, href), "", headers, ok=(200, 204, 404))
