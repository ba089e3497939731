"""Run documents through the fuzz harness (generate, type-check, round-trip) and print what fails.

    cd tests && ../.venv/bin/python -m fuzz.replay fuzz/findings/<name>.yaml [more.yaml ...]

Each file is an OpenAPI document (a finding, or a failing sample's openapi.yaml, whose path a failure
prints). Exit status 1 when any of them fails.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import yaml

from generator.roundtrip import go as go_driver

from .harness import run_batch


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    documents = [yaml.safe_load(Path(a).read_text(encoding="utf-8")) for a in argv]
    tool = go_driver.find_go()
    if not tool:
        print(go_driver.GO_MISSING)
        return 2
    with tempfile.TemporaryDirectory(prefix="xsdk-fuzz-replay-") as tmp:
        samples = run_batch(documents, Path(tmp) / "batch", tool, per_component=5)
        failed = 0
        for path, sample in zip(argv, samples):
            if sample.rejected:
                print(f"{path}: rejected by the generator: {sample.rejected}")
            elif sample.problems:
                failed += 1
                print(f"{path}: FAILS\n" + "\n".join("  " + p.replace("\n", "\n    ") for p in sample.problems))
            else:
                print(f"{path}: ok ({sample.instances} values round-tripped)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
