"""Word splitting and casing shared by every naming profile."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z0-9]+|[A-Z0-9]+")

# Go's well-known initialisms (as golint and Speakeasy spell them); "B64" needs none of this.
GO_INITIALISMS = frozenset("""
ACL API ASCII CPU CSS DNS EOF GUID HTML HTTP HTTPS ID IP JSON LHS MCP QPS RAM RHS RPC SLA SMTP SQL SSH
SSE TCP TLS TTL UDP UI UID UUID URI URL UTF8 VM XML XMPP XSRF XSS
""".split())


@lru_cache(maxsize=None)
def words(text: str) -> tuple[str, ...]:
    """Split an identifier or wire value into words: separators and case changes break words.

    >>> words("response.image_generation_call.generating")
    ('response', 'image', 'generation', 'call', 'generating')
    >>> words("OpenResponsesHTTPEvent")
    ('Open', 'Responses', 'HTTP', 'Event')
    """
    return tuple(_WORD.findall(ascii_text(text)))


@lru_cache(maxsize=None)
def ascii_text(text: str) -> str:
    """Text with every non-ASCII character made ASCII, deterministically: a character whose
    compatibility decomposition has ASCII letters or digits becomes those (`é` -> `e`, `ﬁ` -> `fi`), a
    combining mark is dropped, and any other character becomes a word of its own, `u` + its code point
    in lower-case hex (`😀` -> ` u1f600 `, `ß` -> ` udf `).

    >>> ascii_text("café 😀")
    'cafe  u1f600 '
    """
    if text.isascii():
        return text
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
        elif unicodedata.combining(ch):
            continue
        else:
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if c.isascii() and c.isalnum())
            out.append(base or f" u{ord(ch):x} ")
    return "".join(out)


def code_points(text: str) -> str:
    """Words for text that has no letter or digit at all: its code points (`-` -> `u2d`, `+=` -> `u2b u3d`)."""
    return " ".join(f"u{ord(ch):x}" for ch in text)


@lru_cache(maxsize=None)
def pascal(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in words(text))


@lru_cache(maxsize=None)
def camel(text: str) -> str:
    ws = words(text)
    if not ws:
        return ""
    first = ws[0].lower() if ws[0].isupper() else ws[0][:1].lower() + ws[0][1:]
    return first + "".join(w[:1].upper() + w[1:] for w in ws[1:])


@lru_cache(maxsize=None)
def snake(text: str) -> str:
    return "_".join(w.lower() for w in words(text))


@lru_cache(maxsize=None)
def go_pascal(text: str) -> str:
    """PascalCase with Go initialisms: item_id -> ItemID, b64_json -> B64JSON."""
    out = []
    for w in words(text):
        out.append(w.upper() if w.upper() in GO_INITIALISMS else w[:1].upper() + w[1:])
    return "".join(out)


_ONES = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
         "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
_TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]
_SCALES = [(10**12, "Trillion"), (10**9, "Billion"), (10**6, "Million"), (1000, "Thousand"), (100, "Hundred")]


def number_words(n: int) -> str:
    """1024 -> OneThousandAndTwentyFour (British 'and' before the last two digits)."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + (_ONES[n % 10] if n % 10 else "")
    for scale, name in _SCALES:
        if n >= scale:
            head, rest = divmod(n, scale)
            text = number_words(head) + name
            if rest == 0:
                return text
            return text + ("And" if rest < 100 else "") + number_words(rest)
    raise AssertionError(n)  # pragma: no cover


_LEADING_NUMBER = re.compile(r"^(\d+)(.*)$", re.S)


def spell_leading_digits(identifier: str) -> str:
    """Identifiers cannot start with a digit: spell the leading number out (1024x1024 -> OneThousandAndTwentyFourx1024)."""
    match = _LEADING_NUMBER.match(identifier)
    if not match:
        return identifier
    return number_words(int(match.group(1))) + match.group(2)


def is_identifier(text: str) -> bool:
    return text.isidentifier() and text.isascii()
