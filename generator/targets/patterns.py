"""JSON Schema `pattern`s (ECMA-262 regular expressions, as JavaScript reads them with the `u` flag) in
the spelling each language's regex engine needs to match exactly the same strings.

TypeScript uses the pattern as written (`new RegExp(pattern, "u")`). Go's `regexp` (RE2) and pydantic's
default engine (Rust's `regex`) get an RE2 spelling, and the referee (Python `re`) a Python one, in
which the constructs whose meaning differs between the engines are spelled out:

- `\\d`, `\\w`, `\\s` and their negations are explicit classes with ECMA's sets (ASCII digits and word
  characters; ECMA's white space and line terminators): Python and Rust read them as Unicode classes,
  and RE2's `\\s` has no U+00A0 or U+2028;
- `.` is "any character but \\n, \\r, U+2028, U+2029", as in ECMA;
- `$` is the end of the input only (Python's `$` also matches before a final newline: `\\Z` there);
- characters outside printable ASCII are written as code points.

What cannot mean the same in all of them is refused with a `PatternError` naming the construct:
lookahead and lookbehind, backreferences and named groups (RE2 has none), Unicode property escapes
(Python `re` has none), word boundaries (`\\b`: Unicode in Rust's engine, ASCII in ECMA and RE2), inline
flags, negated class escapes inside a class, escapes the `u` flag forbids (`\\-` outside a class),
surrogate code points, and repetition counts above 1000 (RE2's limit).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

SYNTAX = set("^$\\.*+?()[]{}|")
CLASS_SPECIAL = set("\\]-[^&~|")  # escaped inside a class (Python warns on `[[`, `--`, `&&`, `~~`, `||`)
CONTROL = {"f": 0x0C, "n": 0x0A, "r": 0x0D, "t": 0x09, "v": 0x0B}
LINE_TERMINATORS = (0x0A, 0x0D, 0x2028, 0x2029)
# ECMA-262 WhiteSpace and LineTerminator: what `\s` matches
WHITE_SPACE = ((0x09, 0x0D), (0x20, 0x20), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A), (0x2028, 0x2029),
               (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000), (0xFEFF, 0xFEFF))
DIGITS = ((0x30, 0x39),)
WORD = ((0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A))
CLASS_ESCAPES = {"d": DIGITS, "w": WORD, "s": WHITE_SPACE}
MOST_REPEATS = 1000
PORTABLE = "is not supported alike by Python, TypeScript and Go"


class PatternError(ValueError):
    """A pattern some language cannot match exactly as ECMA-262 does."""


@dataclass(frozen=True)
class Pattern:
    ecma: str  # as written: JavaScript RegExp with the `u` flag
    re2: str  # Go regexp (RE2) and Rust's regex (pydantic)
    python: str  # Python re


class _Writer:
    """One output spelling: RE2/Rust (`\\x{…}`, `$`) or Python (`\\U…`, `\\Z`)."""

    def __init__(self, python: bool) -> None:
        self.python = python
        self.parts: list[str] = []

    def char(self, cp: int, in_class: bool = False) -> str:
        c = chr(cp)
        special = CLASS_SPECIAL if in_class else SYNTAX
        if c in special:
            return "\\" + c
        if 0x20 < cp < 0x7F or (cp > 0xA0 and c.isprintable() and not c.isspace()):
            return c
        if c == " ":
            return c
        return f"\\U{cp:08x}" if self.python else f"\\x{{{cp:x}}}"

    def ranges(self, ranges: tuple[tuple[int, int], ...]) -> str:
        return "".join(self.char(lo, True) if lo == hi else f"{self.char(lo, True)}-{self.char(hi, True)}"
                       for lo, hi in ranges)


class _Parser:
    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.at = 0
        self.out = (_Writer(python=False), _Writer(python=True))
        self.depth = 0

    def fail(self, what: str) -> PatternError:
        return PatternError(f"pattern {self.text!r}: {what} (at offset {self.at}) {PORTABLE}")

    def peek(self, n: int = 1) -> str:
        return self.text[self.at:self.at + n]

    def emit(self, re2: str, python: str | None = None) -> None:
        self.out[0].parts.append(re2)
        self.out[1].parts.append(re2 if python is None else python)

    def emit_each(self, make: Callable[[_Writer], str]) -> None:
        for writer in self.out:
            writer.parts.append(make(writer))

    def run(self) -> Pattern:
        self.disjunction()
        if self.at < len(self.text):
            raise self.fail("an unbalanced `)`")
        return Pattern(self.text, "".join(self.out[0].parts), "".join(self.out[1].parts))

    def disjunction(self) -> None:
        while self.at < len(self.text):
            c = self.peek()
            if c == ")":
                return
            if c == "|":
                self.at += 1
                self.emit("|")
                continue
            quantifiable = self.term()
            self.quantifier(quantifiable)

    def term(self) -> bool:
        c = self.peek()
        if c == "^":
            self.at += 1
            self.emit("^")
            return False
        if c == "$":
            self.at += 1
            self.emit("$", "\\Z")
            return False
        if c == ".":
            self.at += 1
            self.emit_each(lambda w: "[^" + "".join(w.char(t, True) for t in LINE_TERMINATORS) + "]")
            return True
        if c == "(":
            self.group()
            return True
        if c == "[":
            self.klass()
            return True
        if c == "\\":
            self.atom_escape()
            return True
        if c in "*+?{":
            raise self.fail("a quantifier with nothing to repeat")
        if c in "]}":
            raise self.fail(f"an unescaped `{c}` (the `u` flag refuses it: escape it)")
        self.at += 1
        cp = ord(c)
        if 0xD800 <= cp <= 0xDFFF:
            raise self.fail("a surrogate code point")
        self.emit_each(lambda w: w.char(cp))
        return True

    def group(self) -> None:
        self.at += 1
        if self.peek(3) in ("?<=", "?<!"):
            raise self.fail("a lookbehind")
        if self.peek(2) in ("?=", "?!"):
            raise self.fail("a lookahead")
        if self.peek(2) == "?<":
            raise self.fail("a named group")
        if self.peek(2) == "?:":
            self.at += 2
            self.emit("(?:")
        elif self.peek() == "?":
            raise self.fail("an inline flag or group modifier")
        else:
            self.emit("(")
        self.disjunction()
        if self.peek() != ")":
            raise self.fail("an unbalanced `(`")
        self.at += 1
        self.emit(")")

    def quantifier(self, quantifiable: bool) -> None:
        c = self.peek()
        if c not in ("*", "+", "?", "{"):
            return
        if not quantifiable:
            raise self.fail("a quantifier on an assertion")
        if c == "{":
            end = self.text.find("}", self.at)
            body = self.text[self.at + 1:end] if end > 0 else ""
            low, _, high = body.partition(",")
            if not low.isdigit() or (high and not high.isdigit()):
                raise self.fail("an unescaped `{` that is not a quantifier {n}, {n,} or {n,m} (escape it)")
            if (high and int(high) < int(low)) or max(int(low), int(high or 0)) > MOST_REPEATS:
                raise self.fail(f"the quantifier {{{body}}} (out of order, or above {MOST_REPEATS})")
            self.at = end + 1
            self.emit("{" + body + "}")
        else:
            self.at += 1
            self.emit(c)
        if self.peek() == "?":
            self.at += 1
            self.emit("?")

    def code_point_escape(self) -> int | None:
        """After a backslash: the code point of a character escape, or None when it is not one."""
        c = self.peek()
        if c in CONTROL:
            self.at += 1
            return CONTROL[c]
        if c == "0" and not self.peek(2)[1:].isdigit():
            self.at += 1
            return 0
        if c == "c" and self.peek(2)[1:].isalpha() and self.peek(2)[1:].isascii():
            self.at += 2
            return ord(self.text[self.at - 1]) % 32
        if c == "x":
            digits = self.text[self.at + 1:self.at + 3]
            if len(digits) == 2 and all(d in "0123456789abcdefABCDEF" for d in digits):
                self.at += 3
                return int(digits, 16)
            raise self.fail("a malformed \\x escape")
        if c == "u":
            if self.peek(2) == "u{":
                end = self.text.find("}", self.at)
                digits = self.text[self.at + 2:end] if end > 0 else ""
                self.at = end + 1
            else:
                digits = self.text[self.at + 1:self.at + 5]
                self.at += 5
            if not digits or any(d not in "0123456789abcdefABCDEF" for d in digits) or int(digits, 16) > 0x10FFFF:
                raise self.fail("a malformed \\u escape")
            cp = int(digits, 16)
            if 0xD800 <= cp <= 0xDFFF:
                raise self.fail("a surrogate code point (write the character, or \\u{…})")
            return cp
        if c in SYNTAX or c == "/":
            self.at += 1
            return ord(c)
        return None

    def atom_escape(self) -> None:
        self.at += 1
        c = self.peek()
        if c == "":
            raise self.fail("a trailing backslash escape")
        if c.isdigit() and c != "0" or c == "k":
            raise self.fail("a backreference")
        if c in "pP":
            raise self.fail("a Unicode property escape")
        if c in "bB":
            raise self.fail("a word boundary assertion")
        if c.lower() in CLASS_ESCAPES:
            self.at += 1
            ranges = CLASS_ESCAPES[c.lower()]
            negated = "^" if c.isupper() else ""
            self.emit_each(lambda w: f"[{negated}{w.ranges(ranges)}]")
            return
        cp = self.code_point_escape()
        if cp is None:
            raise self.fail(f"the escape \\{c} (the `u` flag allows only syntax characters and `/`)")
        self.emit_each(lambda w: w.char(cp))

    def class_atom(self) -> tuple[int | None, tuple[tuple[int, int], ...]]:
        """One class atom: (its code point, ((cp, cp),)) or, for a class escape, (None, its ranges)."""
        c = self.peek()
        if c == "":
            raise self.fail("an unbalanced `[`")
        self.at += 1
        if c != "\\":
            if 0xD800 <= ord(c) <= 0xDFFF:
                raise self.fail("a surrogate code point")
            return ord(c), ((ord(c), ord(c)),)
        e = self.peek()
        if e.lower() in CLASS_ESCAPES:
            if e.isupper():
                raise self.fail(f"\\{e} inside a character class")
            self.at += 1
            return None, CLASS_ESCAPES[e]
        if e in "b-":
            self.at += 1
            point = 0x08 if e == "b" else ord("-")
            return point, ((point, point),)
        if e in "pP":
            raise self.fail("a Unicode property escape")
        cp = self.code_point_escape()
        if cp is None:
            raise self.fail(f"the escape \\{e} inside a class (the `u` flag refuses it)")
        return cp, ((cp, cp),)

    def klass(self) -> None:
        self.at += 1
        negated = self.peek() == "^"
        self.at += negated
        items: list[tuple[int, int]] = []
        while self.peek() != "]":
            first, ranges = self.class_atom()
            if self.peek() == "-" and self.peek(2)[1:] not in ("]", ""):
                self.at += 1
                last, _ = self.class_atom()
                if first is None or last is None:
                    raise self.fail("a range with a class escape at an end")
                if last < first:
                    raise self.fail("a range out of order")
                items.append((first, last))
            else:
                items.extend(ranges)
        self.at += 1
        if not items:
            raise self.fail("an empty character class")
        spans = tuple(items)
        self.emit_each(lambda w: f"[{'^' if negated else ''}{w.ranges(spans)}]")


def translate(pattern: str) -> Pattern:
    """The pattern in each engine's spelling; a PatternError when no spelling matches alike."""
    return _Parser(pattern).run()
