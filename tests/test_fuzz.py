"""Schema fuzzing: random valid documents (tests/fuzz/schemas.py) generated in all three languages, which
must type-check (mypy --strict, tsc --strict, go vet + gofmt) and round-trip instances of every component
drawn by hypothesis-jsonschema back to the same JSON (tests/fuzz/harness.py).

`make test` runs one seeded batch (XSDK_FUZZ_SEED, default 0; XSDK_FUZZ_EXAMPLES documents, default 6).
`make fuzz` sets XSDK_FUZZ_SECONDS: batches with seeds SEED, SEED+1, ... run until the time is up, and
every failure is reported at the end with the seed of its batch (XSDK_FUZZ_SEED=<seed> with the same
XSDK_FUZZ_EXAMPLES draws that batch again) and the path of its document (`python -m fuzz.replay <path>`
in tests/ runs just that one).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from conftest import SUMMARIES
from fuzz import schemas
from fuzz.harness import Sample, draw_documents, run_batch

SEED = int(os.environ.get("XSDK_FUZZ_SEED", "0"))
EXAMPLES = int(os.environ.get("XSDK_FUZZ_EXAMPLES", "6"))
SECONDS = float(os.environ.get("XSDK_FUZZ_SECONDS", "0"))  # 0: one batch
INSTANCES = int(os.environ.get("XSDK_FUZZ_INSTANCES", "2"))  # drawn per component
FINDINGS = Path(__file__).resolve().parent / "fuzz" / "findings"
MAX_REJECTED = 0.25  # documents the generator may refuse for a name collision (by design) before the
# strategy counts as broken: it builds names that should not collide


def _say(text: str) -> None:
    print(text, file=sys.__stderr__, flush=True)  # progress of a long run, past pytest's capture


@pytest.mark.slow
def test_random_schemas_generate_type_check_and_round_trip(tmp_path: Path, go_tool: str) -> None:
    started = time.monotonic()
    failures: list[tuple[int, Sample]] = []
    checked = rejected = values = batches = 0
    seed = SEED
    while True:
        batch_start = time.monotonic()
        documents = draw_documents(seed, EXAMPLES)
        samples = run_batch(documents, tmp_path / f"seed-{seed}", go_tool, INSTANCES)
        failed = [s for s in samples if s.problems]
        if SECONDS and not failed:
            shutil.rmtree(tmp_path / f"seed-{seed}", ignore_errors=True)  # ~40 MB a batch, mostly Go binaries
        failures += [(seed, s) for s in failed]
        checked += len(samples)
        rejected += sum(s.rejected is not None for s in samples)
        values += sum(s.instances for s in samples)
        batches += 1
        if SECONDS:
            _say(f"fuzz batch {batches}: XSDK_FUZZ_SEED={seed} XSDK_FUZZ_EXAMPLES={EXAMPLES}: {len(samples)} "
                 f"schemas, {len(failed)} failed, {sum(s.rejected is not None for s in samples)} refused "
                 f"(name collisions), {time.monotonic() - batch_start:.1f} s")
            for sample in failed:
                _say(f"  FAILED {sample.root / 'schemas' / 'openapi.yaml'}: {sample.problems[0][:300]}")
            for sample in samples:
                if sample.rejected:
                    _say(f"  refused {sample.root / 'schemas' / 'openapi.yaml'}: {sample.rejected[:300]}")
        seed += 1
        if time.monotonic() - started >= SECONDS:
            break
    SUMMARIES.append(("schema fuzzing", f"{checked} schemas in {batches} batch(es) (seeds {SEED}..{seed - 1}, "
                                        f"{EXAMPLES} per batch): {checked - len(failures) - rejected} generated, "
                                        f"type-checked and round-tripped ({values} values), {len(failures)} failed, "
                                        f"{rejected} refused for name collisions, "
                                        f"{time.monotonic() - started:.0f} s"))
    assert not failures, f"{len(failures)} of {checked} fuzzed schemas fail:\n\n" + "\n\n".join(
        f"XSDK_FUZZ_SEED={s} XSDK_FUZZ_EXAMPLES={EXAMPLES}; replay: cd tests && ../.venv/bin/python -m fuzz.replay "
        f"{sample.root / 'schemas' / 'openapi.yaml'}\n{sample.report()[:6000]}" for s, sample in failures[:10])
    assert rejected <= MAX_REJECTED * checked, f"{rejected} of {checked} documents refused for name collisions"


# ---- the strategy itself (no toolchains) ----
def _walk(node: Any) -> Iterator[Any]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


CONSTRUCTS: dict[str, Callable[[dict[str, Any]], bool]] = {
    "object with required and optional fields": lambda n: "properties" in n and 0 < len(n.get("required", []))
    < len(n["properties"]),
    "nullable type list": lambda n: isinstance(n.get("type"), list) and "null" in n["type"],
    "nullable anyOf": lambda n: any(o == {"type": "null"} for o in n.get("anyOf", [])),
    "string enum": lambda n: isinstance(n.get("enum"), list) and len(n["enum"]) > 1,
    "const": lambda n: "const" in n,
    "format": lambda n: "format" in n,
    "array": lambda n: n.get("type") == "array",
    "map": lambda n: isinstance(n.get("additionalProperties"), dict),
    "discriminator with mapping": lambda n: "mapping" in n.get("discriminator", {}),
    "implicit type tag": lambda n: "oneOf" in n and "discriminator" not in n,
    "inline union member": lambda n: any("properties" in o for o in n.get("oneOf", [])),
    "untagged anyOf": lambda n: len([o for o in n.get("anyOf", []) if o != {"type": "null"}]) > 1,
    "allOf": lambda n: "allOf" in n,
    "x-xsdk-union-member-names": lambda n: "x-xsdk-union-member-names" in n,
    "description with a comment terminator": lambda n: "*/" in str(n.get("description", "")),
    "reserved word as a field": lambda n: bool({"class", "type", "default", "range", "func"} & set(n.get(
        "properties", {}))),
    "odd wire name": lambda n: any(c in k for k in n.get("properties", {}) for c in "-.@$_"),
    "default": lambda n: "default" in n,
    "closed object": lambda n: n.get("additionalProperties") is False,
    "pattern": lambda n: "pattern" in n,
    "deprecated": lambda n: n.get("deprecated") is True,
    "component union with an inline member": lambda n: any("$ref" in o for o in n.get("oneOf", []))
    and any("properties" in o for o in n.get("oneOf", [])),
    "Object.prototype wire name": lambda n: bool(set(schemas.PROTOTYPE_PROPERTIES) & set(n.get("properties", {}))),
    "__proto__ wire name": lambda n: "__proto__" in n.get("properties", {}),
    # `Alpha: {$ref: Alpha}`: in Python the field would shadow its own type
    "field named like the component it holds": lambda n: any(
        k[:1].isupper() and isinstance(v, dict) and v.get("$ref") == f"#/components/schemas/{k}"
        for k, v in n.get("properties", {}).items()),
    # `Size: {enum: [...]}`: in Python the inline type is named `Size` too
    "capitalised field with an inline type": lambda n: any(
        k[:1].isupper() and isinstance(v, dict) and ("enum" in v or "properties" in v)
        for k, v in n.get("properties", {}).items()),
}


def _refs(node: Any) -> set[str]:
    """The components a schema refers to."""
    return {str(n["$ref"]).rsplit("/", 1)[-1] for n in _walk(node) if isinstance(n.get("$ref"), str)}


def _nullable_anyof_containing_itself_used_elsewhere(components: dict[str, Any]) -> bool:
    return any(any(o == {"type": "null"} for o in schema.get("anyOf", [])) and name in _refs(schema)
               and any(name in _refs(other) for key, other in components.items() if key != name)
               for name, schema in components.items())


def _mutual_recursion(components: dict[str, Any]) -> bool:
    refs = {name: _refs(schema) for name, schema in components.items()}
    return any(b in refs[a] and a in refs[b] for a in components for b in components if a < b)


# constructs of a whole document (its components/schemas), held like CONSTRUCTS
DOCUMENT_CONSTRUCTS: dict[str, Callable[[dict[str, Any]], bool]] = {
    "nullable anyOf component that contains itself, used by another": _nullable_anyof_containing_itself_used_elsewhere,
    "mutual recursion between two components": _mutual_recursion,
    "lower-case builtin-like component name": lambda c: bool({w.lower() for w in schemas.ODD_COMPONENTS} & set(c)),
}


def test_the_strategy_covers_every_construct() -> None:
    documents = draw_documents(1, 150)
    nodes = [n for d in documents for n in _walk(d["components"]["schemas"])]
    missing = [name for name, seen in CONSTRUCTS.items() if not any(seen(n) for n in nodes)]
    missing += [name for name, seen in DOCUMENT_CONSTRUCTS.items()
                if not any(seen(d["components"]["schemas"]) for d in documents)]
    assert missing == [], f"{len(documents)} documents never hold: {missing}"
    names = {name for d in documents for name in d["components"]["schemas"]}
    assert {"Class", "Type", "Default"} & {n.rstrip("0123456789") for n in names}, "no reserved component names"
    recursive = [d for d in documents if any(f'"#/components/schemas/{name}"' in json.dumps(schema)
                                             for name, schema in d["components"]["schemas"].items())]
    assert recursive, "no component refers to itself"
    sizes = [len(d["components"]["schemas"]) for d in documents]
    assert max(sizes) <= schemas.MAX_COMPONENTS and sum(sizes) / len(sizes) >= 3


def test_known_findings_are_files_and_every_finding_is_known() -> None:
    """Each switch in KNOWN_FINDINGS names a document under tests/fuzz/findings/ (a minimal schema that
    fails, and what fails in its comment); a finding whose switch was removed (fixed) goes too."""
    files = {p.name for p in FINDINGS.glob("*.yaml")}
    listed = set(schemas.KNOWN_FINDINGS.values())
    assert listed <= files, f"KNOWN_FINDINGS names missing files: {sorted(listed - files)}"
    assert files <= listed, f"findings without a switch (fixed? delete them): {sorted(files - listed)}"
    for name in files:
        text = (FINDINGS / name).read_text(encoding="utf-8")
        assert text.startswith("# Finding") and "openapi: 3.1.0" in text, name
