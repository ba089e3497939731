"""Stage 6: atomic writes and drift diffs."""

from __future__ import annotations

from pathlib import Path

from generator.write import diff_trees, read_tree, write_tree


def test_write_replaces_the_whole_tree(tmp_path: Path) -> None:
    out = tmp_path / "python"
    assert write_tree(out, {"a.py": "A\n", "pkg/b.py": "B\n"}) is True
    (out / "stale.py").write_text("old")
    assert write_tree(out, {"a.py": "A2\n"}) is True
    assert read_tree(out) == {"a.py": "A2\n"}  # stale and removed files are gone
    assert write_tree(out, {"a.py": "A2\n"}) is False  # nothing to do
    assert not list(tmp_path.glob(".python.xsdk-*"))


def test_caches_are_ignored(tmp_path: Path) -> None:
    out = tmp_path / "python"
    write_tree(out, {"a.py": "A\n"})
    (out / "__pycache__").mkdir()
    (out / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"\0")
    assert read_tree(out) == {"a.py": "A\n"}
    assert diff_trees(out, {"a.py": "A\n"}, "generated/python") == []


def test_diff_names_changed_missing_and_extra_files(tmp_path: Path) -> None:
    out = tmp_path / "go"
    write_tree(out, {"a.go": "one\ntwo\n", "extra.go": "x\n"})
    diffs = "".join(diff_trees(out, {"a.go": "one\n2\n", "new.go": "n\n"}, "generated/go"))
    assert "--- a/generated/go/a.go\n+++ b/generated/go/a.go" in diffs and "-two\n+2\n" in diffs
    assert "--- a/generated/go/extra.go\n+++ /dev/null" in diffs
    assert "--- /dev/null\n+++ b/generated/go/new.go" in diffs


def test_every_package_carries_the_license_verbatim(config, model) -> None:  # type: ignore[no-untyped-def]
    from generator.pipeline import build

    license_text = (config.root / "LICENSE").read_text(encoding="utf-8")
    for lang, tree in build(config, ["python", "typescript", "go"], model).items():
        assert tree["LICENSE"] == license_text, lang  # no generated header: license files are read by tools
