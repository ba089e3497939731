"""Vendors' OpenAPI documents generate in all three languages, leniently, and the output type-checks.

The OpenRouter document of 2025-10-18 runs in `make test`; OpenRouter's latest and OpenAI's (1,422
schemas) run with XSDK_CORPORA=all (`make test-corpora`)."""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import pytest

from corpora import CORPORA, Generated, check_go, check_python, check_typescript, component_names, generate

SMALL = CORPORA / "openrouter-openapi-2025-10-18.yaml"
LARGE = [CORPORA / "openrouter-openapi-latest.yaml", CORPORA / "openai-openapi.yaml"]
needs_corpora = pytest.mark.skipif(not SMALL.is_file(), reason=f"no {SMALL} (the vendor corpora)")
needs_all = pytest.mark.skipif(os.environ.get("XSDK_CORPORA") != "all",
                               reason="the large vendor documents run with XSDK_CORPORA=all (make test-corpora)")

DECLARED = {
    "python": (re.compile(r"^(?:class (\w+)\b|(\w+): TypeAlias)", re.M), "python/**/*.py"),
    "typescript": (re.compile(r"^export (?:const|type|interface) (\w+)", re.M), "typescript/src/**/*.ts"),
    "go": (re.compile(r"^type (\w+)", re.M), "go/**/*.go"),
}
KINDS = [  # warning kind -> what its message says
    ("normalized", re.compile(r"rewritten|dropped \(")),
    ("any JSON", re.compile(r"typed as any JSON$")),
    ("base type", re.compile(r"^\w+ enum \[.*\] typed as")),
    ("required ignored", re.compile(r"which is not a property; ignored$")),
    ("renamed", re.compile(r"is taken; .* is named")),
    ("untagged", re.compile(r"discriminated union is not an object with the tag")),
    ("duplicate alternative", re.compile(r"same type; the second is dropped")),
    ("invalid", re.compile(r"^not a valid|^example \d+ of")),
]


def kinds(generated: Generated) -> Counter[str]:
    return Counter(next((k for k, pattern in KINDS if pattern.search(m)), m) for _, m in generated.warnings)


def declared(out: Path, language: str) -> set[str]:
    pattern, glob = DECLARED[language]
    return {a or b for path in out.glob(glob) for a, b in (
        (m.groups() + (None,))[:2] for m in pattern.finditer(path.read_text(encoding="utf-8")))}


def assert_every_component_declared(document: Path, generated: Generated) -> None:
    """Every component schema is a declaration in every language (its name, or a lenient rename of it)."""
    for language in DECLARED:
        names = declared(generated.out, language)
        renamed = {m.split("; ")[1].split(" is named ")[0] for _, m in generated.warnings
                   if m.startswith(language) and " is named " in m}
        missing = [n for n in component_names(document) if n not in renamed
                   and not {_identifier(n, language), _identifier(n, language) + "Model"} & names]
        assert missing == [], f"{language}: {len(missing)} components not declared, e.g. {missing[:5]}"


def _identifier(name: str, language: str) -> str:
    name = re.sub(r"[^A-Za-z0-9_]", "", name)
    return name[:1].upper() + name[1:] if language == "go" else name


@pytest.fixture(scope="module")
def openrouter(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    return generate(SMALL, tmp_path_factory.mktemp("openrouter"))


@needs_corpora
def test_openrouter_generates_with_the_expected_warnings(openrouter: Generated) -> None:
    assert openrouter.code == 0, openrouter.stderr
    assert kinds(openrouter) == Counter({"normalized": 1, "base type": 2})
    assert all(p.startswith("/components/schemas/") for p, _ in openrouter.warnings)
    assert f"{len(openrouter.warnings)} warning(s)" in openrouter.stderr


@needs_corpora
def test_openrouter_declares_every_component(openrouter: Generated) -> None:
    assert_every_component_declared(SMALL, openrouter)


@needs_corpora
@pytest.mark.parametrize("language", ["python", "typescript", "go"])
def test_openrouter_output_type_checks(openrouter: Generated, language: str) -> None:
    {"python": check_python, "typescript": check_typescript, "go": check_go}[language](openrouter.out / language)


@needs_corpora
@needs_all
@pytest.mark.parametrize("document", LARGE, ids=[p.stem for p in LARGE])
def test_large_documents_generate_and_type_check(document: Path, tmp_path: Path) -> None:
    generated = generate(document, tmp_path)
    assert generated.code == 0, generated.stderr
    assert set(kinds(generated)) <= {k for k, _ in KINDS}, kinds(generated)
    assert_every_component_declared(document, generated)
    check_python(generated.out / "python")
    check_typescript(generated.out / "typescript")
    check_go(generated.out / "go")
