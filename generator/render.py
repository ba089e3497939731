"""Stage 5 helpers: the Jinja environment every target renders with. Templates only lay out view
models the target modules computed; they hold no decisions of their own."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jinja2


class Renderer:
    def __init__(self, templates: Path, language: str, overrides: Path | None = None,
                 max_blank_lines: int | None = None) -> None:
        self.max_blank_lines = max_blank_lines
        search = [str(overrides / language)] if overrides else []
        search.append(str(templates / language))
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(search),
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            autoescape=False,
            auto_reload=False,  # one run renders thousands of files; templates do not change under it
        )

    def render(self, template: str, **context: Any) -> str:
        return tidy(self.env.get_template(template).render(**context), self.max_blank_lines)


# line breaks of str.splitlines other than "\n"; text without them is split at "\n" alone (faster)
_OTHER_BREAKS = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _newlines_only(text: str) -> bool:
    if text.isascii():
        return not any(c in text for c in "\r\x0b\x0c\x1c\x1d\x1e")
    return not _OTHER_BREAKS.search(text)


def tidy(text: str, max_blank_lines: int | None = None) -> str:
    """One trailing newline, no trailing blanks, at most `max_blank_lines` blank lines in a row: stable
    output whatever the template spacing."""
    lines = [line.rstrip() for line in (text.split("\n") if _newlines_only(text) else text.splitlines())]
    while lines and not lines[-1]:
        lines.pop()
    if max_blank_lines is not None:
        lines = _squeeze(lines, max_blank_lines)
    return "\n".join(lines) + "\n"


def _squeeze(lines: list[str], most: int) -> list[str]:
    out: list[str] = []
    blank = 0
    for line in lines:
        blank = blank + 1 if not line else 0
        if blank <= most:
            out.append(line)
    return out
