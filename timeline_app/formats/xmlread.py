"""Reading XML timeline files safely, with the line and column of every element.

Parsing goes through defusedxml: a file that declares entities (the "billion laughs" that
expands to gigabytes) or refers to outside files (an external entity naming /etc/passwd) is
refused at once, with the place of the declaration. Nothing a file names is ever fetched.

A file with no document type declaration (no ``<!DOCTYPE``, as every timeline tool writes
them) can declare no entity and name no outside file: it is parsed by ElementTree's C parser
alone, several times faster, and the places of its elements are found by a second, placed
parse only when a problem must be placed.
"""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element, ParseError, TreeBuilder, XMLParser

from defusedxml import DefusedXmlException
from defusedxml.common import ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser

from timeline_app.formats.encoding import decode_bytes
from timeline_app.formats.errors import Problem, TimelineFileError
from timeline_app.formats.importkit import read_bytes, whole_file
from timeline_app.formats.jsonscan import printable
from timeline_app.i18n import context

tr = context("XmlFiles")

_DECLARED = re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
_UNICODE = ("utf-8", "utf8", "utf-16", "utf16")
_EXPAT_PLACE = re.compile(r": line \d+, column \d+$")
# A document type declaration, the only place where entities and outside references can be
# declared (looked for anywhere, in any case: one inside a comment takes the defused parser).
_DOCTYPE = re.compile(r"<!\s*doctype", re.IGNORECASE)
# What may come before the root element (for sniffing): the declaration, comments, a DOCTYPE.
PROLOG = (
    rb"(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*"
    rb"(?:<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>\s*)?(?:<!--.*?-->\s*)*"
)


def xml_text(data: bytes, file: str) -> str:
    """The text of an XML file, in the encoding its declaration names (UTF-8 if none)."""
    declared = _DECLARED.match(data.lstrip(b"\xef\xbb\xbf \t\r\n"))
    name = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    if name in _UNICODE or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_bytes(data, file)
    try:
        codecs.lookup(name)
    except LookupError:
        raise whole_file(
            file, tr("the file names an unknown encoding {name}").format(name=repr(name))
        ) from None
    try:
        return data.decode(name)
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        message = tr("the file is not valid {encoding} (byte offset {offset}); save it as UTF-8")
        message = message.format(encoding=name, offset=err.start)
        raise TimelineFileError([Problem(file, line, column, "", message)]) from None


@dataclass
class XmlDocument:
    """A parsed file: its root element and where each element starts."""

    file: str
    text: str
    root: Element
    lines: list[str] = field(default_factory=list)
    # Where each start tag is, as expat counts (line from 1, column from 0), in the order
    # of the start tags: the order of root.iter(). None until a problem is placed, for a
    # file parsed by the C parser alone.
    starts: list[tuple[int, int]] | None = None
    _places: dict[Element, tuple[int, int]] | None = None

    @property
    def places(self) -> dict[Element, tuple[int, int]]:
        """Where each element's start tag is (made when a problem is first placed)."""
        if self._places is None:
            if self.starts is None:  # the same text, parsed again: the same start tags
                parser, self.starts = _placed_parser()
                parser.feed(self.text)
                parser.close()
            self._places = dict(zip(self.root.iter(), self.starts, strict=True))
        return self._places

    def place(self, element: Element) -> tuple[int, int]:
        line, column = self.places.get(element, (1, 0))
        return _char_place(self.lines, line, column)

    def problem(self, element: Element, path: str, message: str) -> Problem:
        line, column = self.place(element)
        return Problem(self.file, line, column, path, message)


def _placed_parser() -> tuple[DefusedXMLParser, list[tuple[int, int]]]:
    """defusedxml's parser (its refusals of entities and outside references kept) building
    the tree with the C TreeBuilder, its element handlers set on expat directly, and the
    list that the place of each start tag is noted in. (The parser's own handlers are
    Python methods that call the builder's, and a builder subclass that notes places makes
    a second Python call per element: together about half the parsing time.)"""
    builder = TreeBuilder()
    parser = DefusedXMLParser(target=builder)
    expat = parser.parser
    starts: list[tuple[int, int]] = []
    note = starts.append
    begin = builder.start

    def start(tag: str, attrs: list[str]) -> None:
        note((expat.CurrentLineNumber, expat.CurrentColumnNumber))
        if "}" in tag:
            tag = _qualified(tag)
        if attrs:
            begin(tag, {_qualified(attrs[k]): attrs[k + 1] for k in range(0, len(attrs), 2)})
        else:
            begin(tag, {})

    expat.StartElementHandler = start
    expat.EndElementHandler = builder.end  # (the C builder does not look at the tag)
    return parser, starts


def _qualified(name: str) -> str:
    """A name in a namespace as ElementTree writes it: expat's 'uri}local' as '{uri}local'."""
    return "{" + name if "}" in name else name


def _char_place(lines: list[str], line: int, column: int) -> tuple[int, int]:
    """Expat's place (columns counted in characters from 0) as people count, from 1, kept
    inside the file's lines."""
    line = min(max(line, 1), len(lines))
    return line, min(column, len(lines[line - 1])) + 1


def parse_xml(text: str, file: str) -> XmlDocument:
    """Parse the text; raise TimelineFileError with the place of the first problem."""
    if not text.strip():
        raise whole_file(file, tr("the file is empty"))
    text = text.lstrip("\ufeff")
    lines = re.split(r"\r\n|\r|\n", text)
    if _DOCTYPE.search(text) is None:
        fast = XMLParser()  # (ElementTree's C parser and C tree builder)
        try:
            fast.feed(text)
            return XmlDocument(file, text, fast.close(), lines)
        except (ParseError, RecursionError):
            pass  # the placed parse below says where, in its own words
    parser, starts = _placed_parser()
    try:
        parser.feed(text)
        root = parser.close()
    except ParseError as err:
        line, column = err.position
        line, column = _char_place(lines, line, column)
        reason = _EXPAT_PLACE.sub("", str(err))
        message = tr("the file is not well-formed XML ({reason})").format(reason=reason)
        if reason.startswith(("no element found", "unclosed token")) and line >= len(lines):
            message = tr("the file ends before its XML is complete (is it cut short?)")
        raise TimelineFileError([Problem(file, line, column, "", message)]) from None
    except DefusedXmlException as err:
        expat = parser.parser
        line, column = _char_place(lines, expat.CurrentLineNumber, expat.CurrentColumnNumber)
        raise TimelineFileError([Problem(file, line, column, "", _refusal(err))]) from None
    except RecursionError:
        raise whole_file(file, tr("the file's elements are nested too deeply")) from None
    return XmlDocument(file, text, root, lines, starts)


def _refusal(err: DefusedXmlException) -> str:
    sysid = getattr(err, "sysid", None)
    if isinstance(err, ExternalReferenceForbidden) or sysid:
        if sysid:
            return tr(
                "the file refers to an outside file or address ({target}) through an XML "
                "entity; it is refused and nothing is read: a timeline file must hold its own text"
            ).format(target=printable(str(sysid))[:80])
        return tr(
            "the file refers to an outside file or address through an XML entity; it is "
            "refused and nothing is read: a timeline file must hold its own text"
        )
    name = getattr(err, "name", None)
    if name:
        return tr(
            "the file declares an XML entity ({name}); entities are refused, since a few lines "
            "of them can expand to gigabytes"
        ).format(name=printable(str(name))[:40])
    return tr(
        "the file declares an XML entity; entities are refused, since a few lines of them can "
        "expand to gigabytes"
    )


def read_xml(path: str | os.PathLike[str]) -> XmlDocument:
    file = os.fspath(path)
    return parse_xml(xml_text(read_bytes(file), file), file)


class Children:
    """An element's children by tag (the first of each), gathered in one pass."""

    __slots__ = ("_by_tag",)

    def __init__(self, element: Element) -> None:
        by_tag: dict[str, Element] = {}
        for child in element:
            by_tag.setdefault(child.tag, child)
        self._by_tag = by_tag

    def element(self, tag: str) -> Element | None:
        return self._by_tag.get(tag)

    def text(self, tag: str) -> str | None:
        """The child's text ('' for an empty one, its inner text without markup where it
        holds elements), None if there is no such child."""
        child = self._by_tag.get(tag)
        if child is None:
            return None
        if len(child) == 0:
            return child.text or ""
        return "".join(child.itertext())

    def flag(self, tag: str) -> bool:
        """A True/False child, as The Timeline Project writes them."""
        return (self.text(tag) or "").strip() == "True"


def child_text(element: Element, tag: str) -> str | None:
    """The text of the first child named ``tag`` ('' for an empty one), None if absent."""
    child = element.find(tag)
    if child is None:
        return None
    return "".join(child.itertext())
