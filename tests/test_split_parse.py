"""The two-process parse of a large document gives exactly the one-process parse: the same value, the
same key order, the same line for every pointer, the same error; and it really runs on the vendors'
documents, which are what it is for."""

from __future__ import annotations

import pickle
import textwrap
from pathlib import Path

import pytest

from generator import yamlsplit
from generator.errors import SchemaError
from generator.load import parse_yaml_lines
from generator.yamlsplit import parse_in_two

from conftest import ROOT
from corpora import CORPORA


@pytest.fixture(autouse=True)
def two_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XSDK_JOBS", "2")  # a one-CPU runner would otherwise never split


def _same_as_whole(text: str) -> bool:
    """Asserts the split parse equals the whole one; returns whether the split was taken."""
    whole = parse_yaml_lines(text, "doc.yaml")
    two = parse_in_two(text, "doc.yaml", parse_yaml_lines)
    if two is None:
        return False
    assert two[0] == whole[0]
    assert pickle.dumps(two[0]) == pickle.dumps(whole[0])  # key order too, at every level
    assert two[1] == whole[1]
    return True


def test_vendor_documents_split_and_parse_the_same() -> None:
    documents = sorted(CORPORA.glob("*.yaml"))
    if not documents:
        pytest.skip("the vendor corpora (../shared/corpora) are not beside this checkout")
    split = {path.name: _same_as_whole(path.read_text(encoding="utf-8")) for path in documents}
    big = [name for name in split if (CORPORA / name).stat().st_size >= yamlsplit.SPLIT_MIN_CHARS]
    assert big and all(split[name] for name in big), split


def _document(schema_body: str, schemas: int = 60, tail: str = "") -> str:
    """A block-style OpenAPI document whose bulk is components/schemas, like the vendors'."""
    body = "".join(f"    S{i}:\n" + textwrap.indent(textwrap.dedent(schema_body).format(i=i), "      ")
                   for i in range(schemas))
    return ("openapi: 3.1.0\ninfo:\n  title: t\n  version: '1'\npaths:\n  /x:\n    get:\n      responses: {}\n"
            f"components:\n  schemas:\n{body}{tail}")


PLAIN = """\
type: object
description: |
  Schema {i}, with a literal block
  over two lines.
properties:
  '200': {{type: string}}
  "quoted key": {{type: integer, description: "a, b: c"}}
  items:
    type: array
    items: [1, 2]
"""


@pytest.fixture()
def small_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlsplit, "SPLIT_MIN_CHARS", 0)


@pytest.mark.usefixtures("small_threshold")
@pytest.mark.parametrize("text", [
    _document(PLAIN),
    _document(PLAIN).replace("\n", "\r\n"),
    _document("type: string\n") + "x-tail:\n  a: 1\n",
    _document("type: object\ndescription: >\n  folded {i}\n\n"),
    # a block scalar that keeps its trailing blank lines, inside the run
    _document("type: string\n").replace("    S10:\n      type: string\n",
                                          "    S10:\n      description: |+\n        kept\n\n\n      type: string\n"),
    # multi-line quoted and plain scalars inside members
    _document('type: string\ndescription: "starts {i}\n  and goes on"\ntitle: plain\n  continued\n'),
    # a sequence written at the same indent as its key
    _document("type: object\nrequired:\n- a\n- b\n"),
], ids=["plain", "crlf", "tail", "folded", "keep-chomping-inside", "multi-line-scalars", "compact-sequence"])
def test_tricky_documents_split_and_parse_the_same(text: str) -> None:
    assert _same_as_whole(text)


@pytest.mark.usefixtures("small_threshold")
@pytest.mark.parametrize("text", [
    _document(PLAIN).replace("    S1:\n", "# a comment at the margin\n    S1:\n"),
    _document(PLAIN).replace("openapi: 3.1.0\n", "%YAML 1.1\n---\nopenapi: 3.1.0\n"),
    # a block scalar keeping its trailing blank lines at an edge: they would take in the lines blanked out
    _document("type: string\ndescription: |+\n  kept {i}\n\n\n"),
    _document(PLAIN).replace("    S3:\n", "    ? S3\n    :\n"),
    _document(PLAIN).replace("  schemas:\n", "  schemas: # the types\n"),
    _document(PLAIN).replace("    S2:\n", "    S2: &shared\n").replace("    S50:\n      type: object\n",
                                                                      "    S50: *shared\n    S50b:\n      type: object\n"),
], ids=["margin-comment", "directive", "keep-chomping-at-an-edge", "complex-key", "comment-after-key", "alias-across-the-cut"])
def test_shapes_it_is_not_sure_of_are_parsed_whole(text: str) -> None:
    assert not _same_as_whole(text)


@pytest.mark.usefixtures("small_threshold")
@pytest.mark.parametrize("text, words", [
    (_document(PLAIN).replace("    S50:\n", "    S0:\n"), "duplicate key 'S0'"),
    (_document(PLAIN).replace("    S40:\n      type: object\n", "    S40:\n      type: [object\n"), "invalid YAML"),
    (_document(PLAIN).replace("    S1:\n      type: object\n", "    S1:\n      type: 'object\n"), "invalid YAML"),
], ids=["duplicate-across-the-cut", "error-in-the-child", "error-in-the-parent"])
def test_errors_are_the_whole_parse_errors(text: str, words: str) -> None:
    with pytest.raises(SchemaError) as whole:
        parse_yaml_lines(text, "doc.yaml")
    assert words in whole.value.render()
    assert parse_in_two(text, "doc.yaml", parse_yaml_lines) is None  # the caller then reports `whole`


def test_one_process_never_splits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlsplit, "SPLIT_MIN_CHARS", 0)
    monkeypatch.setenv("XSDK_JOBS", "1")
    assert parse_in_two(_document(PLAIN), "doc.yaml", parse_yaml_lines) is None


def test_project_schema_is_too_small_to_split() -> None:
    text = (ROOT / "schemas" / "openapi.yaml").read_text(encoding="utf-8")
    assert len(text) < yamlsplit.SPLIT_MIN_CHARS and parse_in_two(text, "openapi.yaml", parse_yaml_lines) is None
