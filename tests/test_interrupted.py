"""Interrupted writes: `xsdk generate` killed (SIGKILL) at any point leaves the previous trees and lock, or a
committed write the next run finishes; never a mix of old and new once anything reads the output again."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator import write
from generator.cli import main
from generator.write import JOURNAL, read_tree, recover, write_all

from conftest import ROOT
from helpers import copy_project

# Runs `xsdk generate` with one helper of generator/write.py wrapped so the process SIGKILLs itself
# before or after that helper's N-th call: `python -c KILLER before|after:helper:N generate --config …`.
KILLER = """
import os, signal, sys, time
import generator.write as w
when, name, n = sys.argv[1].split(":")
real, calls = getattr(w, name), [0]
def wrapped(*args, **kwargs):
    calls[0] += 1
    if when == "before" and calls[0] == int(n):
        os.kill(os.getpid(), signal.SIGKILL)
    if when == "slow":
        time.sleep(float(n))
    result = real(*args, **kwargs)
    if when == "after" and calls[0] == int(n):
        os.kill(os.getpid(), signal.SIGKILL)
    return result
setattr(w, name, wrapped)
from generator.cli import main
sys.argv = ["xsdk", *sys.argv[2:]]
main()
"""

QUALITY = "enum: [low, medium, high]"


def visible(generated: Path) -> str:
    """What a reader of generated/ sees: every file, names.lock included, outside the hidden staging."""
    digest = hashlib.sha256()
    for path in sorted(generated.rglob("*")):
        rel = path.relative_to(generated)
        if path.is_file() and not any(part.startswith(".") for part in rel.parts):
            digest.update(rel.as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def leftovers(generated: Path) -> list[str]:
    return sorted(p.name for p in generated.iterdir() if p.name.startswith("."))


def run(*args: str) -> Result:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the project, generated once (so the build cache knows it), then a schema edit that changes
    every language's tree and the lock."""
    monkeypatch.setenv("XSDK_CACHE_DIR", str(tmp_path / "cache"))
    config = copy_project(tmp_path)
    assert run("generate", "--config", str(config)).exit_code == 0
    schema = tmp_path / "schemas" / "images" / "images_response.yaml"
    schema.write_text(schema.read_text(encoding="utf-8").replace(QUALITY, "enum: [low, medium, high, ultra]"),
                      encoding="utf-8")
    return config


def killed(config: Path, point: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XSDK_CACHE_DIR": os.environ["XSDK_CACHE_DIR"]}
    return subprocess.run([sys.executable, "-c", KILLER, point, "generate", "--config", str(config)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


# (kill point, whether the write had committed: its journal was written)
POINTS = [
    ("after:_write_file:40", False),  # staging the first tree
    ("before:_write_journal:1", False),  # every tree and the lock staged, nothing committed
    ("after:_write_journal:1", True),  # committed, nothing swapped
    ("after:_rename:1", True),  # the first target moved aside, its new copy not yet in place
    ("after:_swap:2", True),  # go and the lock swapped, python and typescript not
    ("after:_swap:4", True),  # everything swapped, the journal still there
    ("before:_discard_retired:1", False),  # journal gone, the old copies not yet removed
]


@pytest.mark.parametrize("point,committed", POINTS, ids=[p for p, _ in POINTS])
def test_a_killed_generate_leaves_old_output_or_a_write_the_next_run_finishes(project: Path, point: str,
                                                                              committed: bool) -> None:
    generated = project.parent / "generated"
    old = visible(generated)
    proc = killed(project, point)
    assert proc.returncode == -signal.SIGKILL, proc.stdout + proc.stderr
    assert leftovers(generated), "the kill came too late to leave anything behind"
    if point.startswith("before:_discard"):
        assert visible(generated) != old  # already all new; only the retired copies are left
    elif not committed:
        assert visible(generated) == old  # the previous trees and lock, untouched
    else:
        assert JOURNAL in leftovers(generated)
        check = run("check", "--config", str(project))  # a reader is told, not shown a half-swapped tree
        assert check.exit_code == 1 and "interrupted generate" in check.stderr

    result = run("generate", "--config", str(project))
    assert result.exit_code == 0, result.output
    assert ("finished the interrupted write" in result.stderr) == committed
    assert leftovers(generated) == []
    check = run("check", "--config", str(project))
    assert check.exit_code == 0, check.output  # every tree and the lock are the new ones
    assert "ImagesResponseQualityUltra" in (generated / "names.lock").read_text(encoding="utf-8")
    assert run("generate", "--config", str(project)).stdout.count("unchanged") == 3  # and the fast path agrees


def test_an_external_sigkill_during_staging_leaves_the_previous_output(project: Path) -> None:
    """Killed from outside as soon as staging shows up (file writes slowed to make the window wide)."""
    generated = project.parent / "generated"
    old = visible(generated)
    proc = subprocess.Popen([sys.executable, "-c", KILLER, "slow:_write_file:0.01", "generate", "--config",
                             str(project)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not any(name.endswith(".xsdk-new") for name in leftovers(generated)):
        assert proc.poll() is None and time.monotonic() < deadline, "generate ended before staging was seen"
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert JOURNAL not in leftovers(generated)
    assert visible(generated) == old
    assert run("generate", "--config", str(project)).exit_code == 0
    assert leftovers(generated) == [] and run("check", "--config", str(project)).exit_code == 0


# --- the transaction itself, in process --------------------------------------------------------------------

def test_write_all_swaps_every_tree_and_file_or_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, lock = tmp_path / "a", tmp_path / "b", tmp_path / "names.lock"
    assert write_all(tmp_path, {a: {"x.txt": "1\n"}, b: {"y.txt": "1\n"}}, {lock: "1\n"}) == {a, b, lock}
    calls = []
    real_swap = write._swap

    def failing_swap(target: Path) -> None:  # the process dies after the first swap
        calls.append(target)
        if len(calls) == 2:
            raise KeyboardInterrupt
        real_swap(target)

    monkeypatch.setattr(write, "_swap", failing_swap)
    with pytest.raises(KeyboardInterrupt):
        write_all(tmp_path, {a: {"x.txt": "2\n"}, b: {"y.txt": "2\n"}}, {lock: "2\n"})
    assert read_tree(a) == {"x.txt": "2\n"} and read_tree(b) == {"y.txt": "1\n"}  # the mix a kill leaves
    assert json.loads((tmp_path / JOURNAL).read_text(encoding="utf-8"))["swap"] == ["a", "b", "names.lock"]
    monkeypatch.setattr(write, "_swap", real_swap)
    assert recover(tmp_path, [a, b, lock]) is True
    assert (read_tree(a), read_tree(b), lock.read_text()) == ({"x.txt": "2\n"}, {"y.txt": "2\n"}, "2\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b", "names.lock"]


def test_recover_rolls_back_a_swap_cut_short_without_a_journal(tmp_path: Path) -> None:
    """What the single-tree writer of earlier versions could leave: the target moved aside, no new copy."""
    target = tmp_path / "python"
    (tmp_path / ".python.xsdk-old").mkdir()
    (tmp_path / ".python.xsdk-old" / "a.py").write_text("old\n")
    (tmp_path / ".python.xsdk-new").mkdir()
    (tmp_path / ".python.xsdk-new" / "a.py").write_text("half")
    assert recover(tmp_path, [target]) is False
    assert read_tree(target) == {"a.py": "old\n"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["python"]
