"""The bad-schema corpus (tests/bad_schemas/): every case makes `xsdk generate` exit 2 with the expected
location, message and fix, no traceback, and generated/ byte-for-byte as it was.

A case is `<name>.yaml` (a root OpenAPI document) or a directory `<name>/` holding `openapi.yaml` and the
files it refers to. Its leading comment lines say what stderr must contain (`# expect: <substring>`) and
what it must not (`# expect-not: <substring>`). Each case replaces the schemas/ of one copy of the project.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import subprocess
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest
from click.testing import CliRunner

from conftest import ROOT
from generator.cli import main
from helpers import copy_project

CORPUS = ROOT / "tests" / "bad_schemas"
MIN_CASES = 40
TIME_LIMIT = 20  # seconds; a case that takes longer hangs (a $ref cycle followed forever, say)
LOCATION = re.compile(r"\S+:\d+ \(#")


def _cases() -> dict[str, Path]:
    """Case name -> the case's root document."""
    cases = {}
    for entry in sorted(CORPUS.iterdir()):
        if entry.is_dir():
            cases[entry.name] = entry / "openapi.yaml"
        elif entry.suffix == ".yaml":
            cases[entry.stem] = entry
    return cases


CASES = _cases()


def _directives(root: Path, keyword: str) -> list[str]:
    prefix = f"# {keyword}:"
    return [line[len(prefix):].strip() for line in root.read_text(encoding="utf-8").splitlines()
            if line.startswith(prefix)]


def tree_hash(directory: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        digest.update(path.relative_to(directory).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of the project for the whole module; each case swaps in its own schemas/."""
    root = tmp_path_factory.mktemp("bad_schemas")
    return copy_project(root)


def _install(case: str, schemas: Path) -> None:
    shutil.rmtree(schemas, ignore_errors=True)
    source = CASES[case]
    if source.name == "openapi.yaml" and source.parent != CORPUS:
        shutil.copytree(source.parent, schemas)
    else:
        schemas.mkdir()
        shutil.copyfile(source, schemas / "openapi.yaml")


@contextmanager
def _time_limit(seconds: int) -> Iterator[None]:
    """Raise TimeoutError in the test's thread after `seconds` (POSIX main thread only; else no limit)."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"xsdk generate did not finish in {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_bad_schema_is_refused_clearly(case: str, project: Path) -> None:
    root = project.parent
    _install(case, root / "schemas")
    before = tree_hash(root / "generated")
    with _time_limit(TIME_LIMIT):
        result = CliRunner(env={"XSDK_CACHE_DIR": "off"}).invoke(main, ["generate", "--config", str(project)])
    output = result.stdout + result.stderr
    assert not isinstance(result.exception, TimeoutError), f"{case}: hung"
    assert "Traceback" not in output
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        f"{case}: {type(result.exception).__name__}: {result.exception}"
    assert result.exit_code == 2, f"{case}: exit {result.exit_code}\n{output}"
    for expected in _directives(CASES[case], "expect"):
        assert expected in result.stderr, f"{case}: {expected!r} not in:\n{result.stderr}"
    for unexpected in _directives(CASES[case], "expect-not"):
        assert unexpected not in result.stderr, f"{case}: {unexpected!r} in:\n{result.stderr}"
    assert tree_hash(root / "generated") == before, f"{case}: generated/ changed"


def test_the_corpus_is_large_and_every_case_expects_location_message_and_fix() -> None:
    assert len(CASES) >= MIN_CASES
    for case, root in CASES.items():
        expected = _directives(root, "expect")
        locations = [e for e in expected if LOCATION.search(e)]
        fixes = [e for e in expected if "fix:" in e]
        messages = [e for e in expected if e not in locations and e not in fixes]
        assert locations, f"{case}: no `file:line (#pointer)` expectation"
        assert fixes, f"{case}: no `fix:` expectation"
        assert messages, f"{case}: no expectation of the message itself"


def test_the_installed_command_exits_2_on_a_bad_schema(project: Path) -> None:
    """The CliRunner runs above stand for the real command: one case through the console script."""
    case = "ref_cycle_alias"
    root = project.parent
    _install(case, root / "schemas")
    before = tree_hash(root / "generated")
    command = ROOT / ".venv" / "bin" / "xsdk"
    if not command.exists():
        pytest.skip("no .venv/bin/xsdk (run `make test`, which creates the virtual environment)")
    result = subprocess.run([str(command), "generate", "--config", str(project)], capture_output=True, text=True,
                            timeout=60, env={**os.environ, "XSDK_CACHE_DIR": "off"})
    assert result.returncode == 2, result.stdout + result.stderr
    for expected in _directives(CASES[case], "expect"):
        assert expected in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert tree_hash(root / "generated") == before
