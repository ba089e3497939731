"""Determinism: the output (every tree and the name lock) is byte-identical across runs, hash seeds, and the
order in which the files of schemas/ were created or are listed by the file system."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.write import read_tree

from conftest import ROOT
from helpers import copy_project


def output_hash(directory: Path) -> str:
    """Every file under `directory`, dot-files too (the lock, a leftover journal), by path and bytes."""
    digest = hashlib.sha256()
    for path in sorted(directory.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(directory).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def test_generate_is_byte_identical_across_runs_and_hash_seeds(tmp_path: Path) -> None:
    """Each run renders from scratch (no build cache, generated/ deleted first) in a fresh process with its
    own PYTHONHASHSEED; all of them must write the same bytes (that those are the committed ones is
    test_cli's drift check)."""
    config = copy_project(tmp_path)
    out = tmp_path / "generated"  # the same path each time: package metadata names it
    hashes = {}
    for run, seed in enumerate(("0", "1", "random", "random")):
        shutil.rmtree(out)
        env = {**os.environ, "PYTHONHASHSEED": seed, "XSDK_CACHE_DIR": "off"}
        result = subprocess.run([sys.executable, "-m", "generator", "generate", "--config", str(config)],
                                env=env, cwd=ROOT, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        assert result.stdout.count("wrote") == 3 and "names.lock" in result.stdout, result.stdout
        hashes[f"{seed} (run {run})"] = output_hash(out)
    assert len(set(hashes.values())) == 1, hashes
    # and one more generate in this process finds nothing to do
    result = CliRunner().invoke(main, ["generate", "--config", str(config)], env={"XSDK_CACHE_DIR": "off"})
    assert result.exit_code == 0 and result.stdout.count("unchanged") == 3, result.output
    assert {output_hash(out)} == set(hashes.values())


# --- the order of files --------------------------------------------------------------------------------------

# A document split over several files and directories, with cross-file $refs, a union, inline enums and
# names that clash in some languages (lenient: the later one gets a suffix, so order would show).
FILES = {
    "openapi.yaml": """\
openapi: 3.1.0
info: {title: order, version: 1.0.0}
components:
  schemas:
    Event:
      $ref: responses/union.yaml#/Event
    Alpha:
      $ref: responses/alpha.yaml#/Alpha
    Beta:
      $ref: responses/beta.yaml#/Beta
    Shared:
      $ref: images/shared.yaml#/Shared
    Zeta:
      $ref: images/zeta.yaml#/Zeta
""",
    "responses/union.yaml": """\
Event:
  oneOf:
    - $ref: alpha.yaml#/Alpha
    - $ref: beta.yaml#/Beta
  discriminator: {propertyName: type}
""",
    "responses/alpha.yaml": """\
Alpha:
  type: object
  required: [type]
  properties:
    type: {type: string, const: alpha}
    item_id: {type: string}
    itemId: {type: string}
    shared: {$ref: ../images/shared.yaml#/Shared}
""",
    "responses/beta.yaml": """\
Beta:
  type: object
  required: [type]
  properties:
    type: {type: string, const: beta}
    level: {type: string, enum: [in-progress, in_progress, done]}
    zeta: {$ref: ../images/zeta.yaml#/Zeta}
""",
    "images/shared.yaml": """\
Shared:
  type: object
  properties:
    kind: {type: string, enum: [x, y]}
    nested: {type: object, properties: {depth: {type: integer}}}
""",
    "images/zeta.yaml": """\
Zeta:
  type: string
  enum: [z1, z2]
""",
}


class _Listing:
    """os.scandir's result, entries shuffled."""

    def __init__(self, entries: list[Any]) -> None:
        self.entries = entries

    def __enter__(self) -> "_Listing":
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def __iter__(self) -> Iterator[Any]:
        return iter(self.entries)

    def close(self) -> None:
        return None


def shuffled_listings(monkeypatch: pytest.MonkeyPatch, seed: int) -> list[str]:
    """Make every directory listing (os.scandir, os.listdir: under pathlib, glob, os.walk) come back in a
    seeded random order; returns the directories listed, to show the patch was in the path."""
    rng = random.Random(seed)
    listed: list[str] = []
    real_scandir, real_listdir = os.scandir, os.listdir

    def scandir(path: Any = ".") -> _Listing:
        with real_scandir(path) as it:
            entries = list(it)
        rng.shuffle(entries)
        listed.append(os.fspath(path))
        return _Listing(entries)

    def listdir(path: Any = ".") -> list[str]:
        names = real_listdir(path)
        rng.shuffle(names)
        listed.append(os.fspath(path))
        return names

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "listdir", listdir)
    return listed


def generate_order(tmp_path: Path, order: list[str], monkeypatch: pytest.MonkeyPatch,
                   seed: int | None) -> dict[str, str]:
    """Create the schema files in `order` (same paths every time), generate, and return every output file."""
    schemas, out = tmp_path / "schemas", tmp_path / "out"
    for directory in (schemas, out):
        if directory.exists():
            shutil.rmtree(directory)
    for rel in order:
        path = schemas / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(FILES[rel], encoding="utf-8")
    with monkeypatch.context() as patch:
        listed = shuffled_listings(patch, seed) if seed is not None else []
        result = CliRunner().invoke(main, ["generate", "--config", str(ROOT / "pyproject.toml"),
                                           "--schema", str(schemas / "openapi.yaml"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "warning:" in result.stderr  # the clashes were resolved with suffixes: order-sensitive if anything is
    assert seed is None or listed, "no directory was listed: the shuffle proves nothing"
    files = {f"{lang}/{rel}": text for lang in ("python", "typescript", "go") for rel, text in
             read_tree(out / lang).items()}
    files["names.lock"] = (out / "names.lock").read_text(encoding="utf-8")
    return files


def test_output_does_not_depend_on_the_order_of_schema_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XSDK_CACHE_DIR", "off")
    names = sorted(FILES)
    reference = generate_order(tmp_path, names, monkeypatch, None)
    assert "typescript Alpha/itemId field itemId2" in reference["names.lock"]
    for seed, order in ((1, names[::-1]), (2, random.Random(7).sample(names, len(names))), (3, names)):
        again = generate_order(tmp_path, order, monkeypatch, seed)
        assert again.keys() == reference.keys()
        assert [rel for rel in reference if again[rel] != reference[rel]] == []
