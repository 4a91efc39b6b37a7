"""Turning a report file into text: encoding detection, HTML stripping, front matter.

Archived bulletins arrive as UTF-8 (with or without BOM) or GB18030/GBK, as plain text,
Markdown or saved HTML pages, sometimes with a YAML front matter block written by the
crawler. `read_report` returns the body text that offsets point into, the encoding it was
decoded with, and the front-matter fields (publication date, region).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding name): a BOM decides, else strict UTF-8, else GB18030 (a superset
    of GBK and GB2312), else charset-normalizer's best guess."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            # a damaged byte after a BOM becomes U+FFFD rather than losing the whole report
            return data[len(bom) :].decode(name.removesuffix("-sig"), errors="replace"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for the rare undecodable file

    best = from_bytes(data).best()
    if best is not None:
        return str(best), best.encoding
    return data.decode("gb18030", errors="replace"), "gb18030"


_HTML_SIGN = re.compile(r"<(?:html|body|p|div|br|span|table|head)\b", re.IGNORECASE)
_INVISIBLE = re.compile(r"<(script|style|noscript|template)\b|<!--", re.I)
_CLOSERS = {
    tag: re.compile(rf"</{tag}\s*>", re.I) for tag in ("script", "style", "noscript", "template")
}
_BLOCK = re.compile(
    r"<(?:br|/?p|/?div|/?li|/?tr|/?h[1-6]|/?section|/?article|/?table)\b[^>]*>", re.I
)
_TAG = re.compile(r"<[^>]+>")
_BLANKS = re.compile(r"[ \t\r\f\v]*\n[ \t\r\f\v\n]*")


def looks_like_html(text: str) -> bool:
    return bool(_HTML_SIGN.search(text[:5000]))


def html_to_text(page: str) -> str:
    """Visible text of an HTML page: scripts, styles and comments dropped, block elements
    (p, div, br, li, headings, rows) become line breaks so paragraphs survive."""
    text = _drop_invisible(page)
    text = _BLOCK.sub("\n", text)
    text = _TAG.sub("", text)
    text = html.unescape(text)
    return _BLANKS.sub("\n", text).strip()


def _drop_invisible(page: str) -> str:
    """The page without scripts, styles and comments, in one pass: an element left open runs
    to the end of the page, as in a browser (a regex with a lazy `.*?` rescans the rest of the
    page for each unclosed <script>, which takes minutes on a hostile page)."""
    kept, pos = [], 0
    while opening := _INVISIBLE.search(page, pos):
        kept.append(page[pos : opening.start()])
        tag = opening.group(1)
        if tag:
            closing = _CLOSERS[tag.lower()].search(page, opening.end())
            pos = closing.end() if closing else len(page)
        else:
            end = page.find("-->", opening.end())
            pos = end + 3 if end >= 0 else len(page)
    kept.append(page[pos:])
    return "".join(kept)


# A page's publication date in its <meta> tags (dropped with the tags by html_to_text).
_META_DATE = re.compile(
    r"<meta\s[^>]*(?:name|property)=[\"'](?:pubdate|publishdate|publish_date|article:published_time|date)[\"']"
    r"[^>]*content=[\"'](\d{4}-\d{1,2}-\d{1,2})",
    re.I,
)


def html_published(page: str) -> date | None:
    """The date of `<meta name="PubDate" content="2024-08-05 10:21">` and its kin."""
    m = _META_DATE.search(page)
    return parse_published(m.group(1)) if m else None


# libyaml's loader when PyYAML was built with it (ten times faster on a front matter block).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict, str]:
    """(fields, body) of a text that may open with a YAML block between `---` lines."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        fields = yaml.load(m.group(1), Loader=_YAML_LOADER)
    except Exception:  # noqa: BLE001 - YAMLError, and ValueError for a date like 2024-13-40
        return {}, text
    if not isinstance(fields, dict):
        return {}, text
    return fields, text[m.end() :]


_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")


def parse_published(value: object) -> date | None:
    """A front-matter date: a date, 'YYYY-MM-DD' or 'YYYY-MM' (the first of that month)."""
    if isinstance(value, date):
        return value
    if value is None:
        return None
    m = _ISO_DAY.fullmatch(str(value).strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
    except ValueError:
        return None


@dataclass(frozen=True)
class ReportText:
    """A report as the reader sees it. Fact offsets point into `text`."""

    text: str
    encoding: str
    front_matter: dict = field(default_factory=dict)
    published: date | None = None
    region: str | None = None
    source: str | None = None
    is_html: bool = False


def read_report(path: Path, published: date | None = None) -> ReportText:
    """Decode, drop front matter, strip HTML. Front matter `published:` wins over the
    `published` argument (the caller's guess); `region:` names the report's unit."""
    raw, encoding = decode_bytes(Path(path).read_bytes())
    fields, body = split_front_matter(raw)
    is_html = Path(path).suffix.lower() in (".html", ".htm") or looks_like_html(body)
    page_date = None
    if is_html:
        page_date = html_published(body)
        body = html_to_text(body)
    region = fields.get("region")
    return ReportText(
        text=body,
        encoding=encoding,
        front_matter=fields,
        published=parse_published(fields.get("published")) or published or page_date,
        region=str(region) if region else None,
        source=str(fields["source"]) if fields.get("source") else None,
        is_html=is_html,
    )
