"""Semantic versions (semver.org 2.0.0) and the bump a set of schema changes requires.

Versions are `X.Y.Z`, optionally with a pre-release (`1.0.0-rc.1`) and build metadata (`+sha`,
ignored when comparing). Ordering is semver precedence: `1.0.0-alpha < 1.0.0-rc.1 < 1.0.0 < 1.0.1`.

Change levels, most severe first: "breaking" > "minor" > "patch". `bump(version, level)` is the
lowest version that may ship a change of that level:

- from 1.0.0 on: breaking -> next major (1.4.2 -> 2.0.0), minor -> next minor (1.4.2 -> 1.5.0),
  patch -> next patch (1.4.2 -> 1.4.3);
- below 1.0.0 (initial development, the Cargo convention): breaking -> next minor
  (0.3.2 -> 0.4.0); minor and patch -> next patch (0.3.2 -> 0.3.3);
- a pre-release already announces its release, so that release counts as the bump when it is big
  enough (as npm's `semver.inc` does): 2.0.0-rc.1 -> 2.0.0 for any level, 1.3.0-rc.1 -> 1.3.0 for
  minor and patch but 2.0.0 for breaking.

`satisfies(version, required)` also accepts a pre-release of the required version itself
(2.0.0-rc.1 when 2.0.0 is required): publishing a release candidate of the right release is fine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..errors import SchemaError

Level = Literal["breaking", "minor", "patch"]
LEVELS: tuple[Level, ...] = ("breaking", "minor", "patch")  # most severe first

_SEMVER = re.compile(
    r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
    r"(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?")


@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int
    prerelease: tuple[str, ...] = ()

    @property
    def core(self) -> tuple[int, int, int]:
        return (self.major, self.minor, self.patch)

    def precedence(self) -> tuple[tuple[int, int, int], int, tuple[tuple[int, int, str], ...]]:
        """A sort key: a release sorts after its pre-releases; numeric identifiers before alphanumeric."""
        identifiers = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in self.prerelease)
        return (self.core, 0 if self.prerelease else 1, identifiers)

    def __lt__(self, other: Version) -> bool:
        return self.precedence() < other.precedence()

    def __le__(self, other: Version) -> bool:
        return self.precedence() <= other.precedence()

    def __str__(self) -> str:
        core = f"{self.major}.{self.minor}.{self.patch}"
        return f"{core}-{'.'.join(self.prerelease)}" if self.prerelease else core


def parse(text: str) -> Version:
    match = _SEMVER.fullmatch(text.strip())
    if match is None:
        raise SchemaError(f"info.version {text!r} is not a semantic version",
                          hint="write it as MAJOR.MINOR.PATCH, e.g. 1.4.0 or 2.0.0-rc.1")
    major, minor, patch, pre = match.groups()
    return Version(int(major), int(minor), int(patch), tuple(pre.split(".")) if pre else ())


def severity(level: Level) -> int:
    """0 for the most severe level; sorts changes breaking-first."""
    return LEVELS.index(level)


def bump(version: str, level: Level) -> str:
    """The lowest version that may ship changes of `level` after `version` (rules in the module doc)."""
    v = parse(version)
    effective = _effective_level(v, level)
    if v.prerelease and _release_is_enough(v, effective):
        return str(Version(*v.core))
    if effective == "breaking":
        return str(Version(v.major + 1, 0, 0))
    if effective == "minor":
        return str(Version(v.major, v.minor + 1, 0))
    return str(Version(v.major, v.minor, v.patch + 1))


def _effective_level(v: Version, level: Level) -> Level:
    """Below 1.0.0 the minor number plays the major's part and the patch number the minor's."""
    if v.major > 0:
        return level
    return "minor" if level == "breaking" else "patch"


def _release_is_enough(v: Version, level: Level) -> bool:
    if level == "breaking":
        return v.minor == 0 and v.patch == 0
    if level == "minor":
        return v.patch == 0
    return True


def satisfies(version: str, required: str) -> bool:
    """`version` is at least `required`, or a pre-release of exactly `required`."""
    have, need = parse(version), parse(required)
    return need <= have or (bool(have.prerelease) and have.core == need.core and not need.prerelease)


def compare(a: str, b: str) -> int:
    """-1, 0 or 1 as `a` precedes, equals or follows `b` (build metadata ignored)."""
    first, second = parse(a).precedence(), parse(b).precedence()
    return (first > second) - (first < second)
