"""`xsdk roundtrip`: every captured event through the referee and every language, then the chain
Python -> TypeScript -> Go -> Python; disagreements are listed and make the run fail."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import ir
from ..referee import Referee
from ..sse import Captured
from .session import Drivers

CHAIN = ("python", "typescript", "go", "python")


def json_equal(a: Any, b: Any) -> bool:
    """Equality of JSON values: numbers by value (1 == 1.0), but booleans are not numbers."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        # JSON numbers at double precision: 1e16 written by one language may come back as 10000000000000000
        return a == b or float(a) == float(b)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


@dataclass
class EventReport:
    line: int
    schema: str
    kind: str  # the event's discriminator value, or "-"
    expected: str  # "accept", "unknown" (forward compatible) or "reject"
    referee_error: str | None
    replies: dict[str, dict[str, Any]] = field(default_factory=dict)
    chain: str = "-"  # "ok", "broken at <language>: …", or "-" when not applicable
    problems: list[str] = field(default_factory=list)


def choose_schema(model: ir.Model, value: Any, forced: str | None) -> str:
    """The component an event is decoded as: `forced` when given; else the union listing its `type`,
    else the union whose members share its prefix (`response.` …), else the first union."""
    unions = [d for d in model.components() if isinstance(d, ir.UnionDecl)]
    kind = value.get("type") if isinstance(value, dict) else None
    if forced:
        return forced
    if isinstance(kind, str):
        for union in unions:
            if any(m.value == kind for m in union.members):
                return union.id
        prefix = kind.split(".", 1)[0] + "."
        sharing = [u for u in unions if any(m.value.startswith(prefix) for m in u.members)]
        if sharing:
            return sharing[0].id
    return unions[0].id if unions else model.components()[0].id


def expectation(model: ir.Model, schema: str, value: Any, valid: bool) -> str:
    decl = model.get(schema)
    if valid:
        return "accept"
    if isinstance(decl, ir.UnionDecl) and isinstance(value, dict):
        tag = value.get(decl.discriminator)
        if isinstance(tag, str) and all(m.value != tag for m in decl.members):
            return "unknown"
    return "reject"


def check_events(events: list[Captured], model: ir.Model, referee: Referee, drivers: Drivers,
                 union: str | None = None) -> list[EventReport]:
    reports: list[EventReport] = []
    requests = []
    for event in events:
        if event.error is not None:
            report = EventReport(event.line, "-", "-", "reject", event.error)
            report.problems.append(event.error)
            reports.append(report)
            continue
        schema = choose_schema(model, event.value, union)
        errors = referee.errors(_member(model, schema, event.value), event.value)
        kind = event.value.get("type", "-") if isinstance(event.value, dict) else "-"
        reports.append(EventReport(event.line, schema, str(kind),
                                   expectation(model, schema, event.value, not errors),
                                   _describe(errors[0]) if errors else None))
        requests.append((reports[-1], {"schema": schema, "value": event.value}))
    for language in drivers.languages:
        for (report, _), reply in zip(requests, drivers.run(language, [r for _, r in requests])):
            report.replies[language] = reply
    _chain(requests, drivers)
    for report, request in requests:
        report.problems.extend(_judge(report, request["value"]))
    return reports


def _member(model: ir.Model, schema: str, value: Any) -> str:
    """The union member the value's discriminator names (its errors say what is wrong), else the schema."""
    decl = model.get(schema)
    if isinstance(decl, ir.UnionDecl) and isinstance(value, dict):
        for member in decl.members:
            if value.get(decl.discriminator) == member.value:
                return member.target
    return schema


def _describe(error: Any) -> str:
    path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    return f"{path}: {error.message}"


def _chain(requests: list[tuple[EventReport, dict[str, Any]]], drivers: Drivers) -> None:
    steps = [lang for lang in CHAIN if lang in drivers.languages]
    if len(set(steps)) < 2:
        return
    live = [(report, request["value"]) for report, request in requests if report.expected != "reject"]
    values = [value for _, value in live]
    broken: dict[int, str] = {}
    for language in steps:
        replies = drivers.run(language, [{"schema": r.schema, "value": v} for (r, _), v in zip(live, values)])
        for index, reply in enumerate(replies):
            if index not in broken and not reply["ok"]:
                broken[index] = f"broken at {language}: {reply['error']}"
            values[index] = reply.get("value", values[index])
    for index, ((report, original), final) in enumerate(zip(live, values)):
        if index in broken:
            report.chain = broken[index]
        elif not json_equal(final, original):
            report.chain = "changed the event"
        else:
            report.chain = "ok"


def _judge(report: EventReport, value: Any) -> list[str]:
    problems = []
    paths = set()
    for language, reply in report.replies.items():
        if report.expected == "reject":
            if reply["ok"]:
                problems.append(f"{language} accepted what the schema rejects ({report.referee_error})")
            else:
                paths.add(reply["path"])
        elif not reply["ok"]:
            problems.append(f"{language} rejected it: {reply['error']}")
        elif not json_equal(reply["value"], value):
            problems.append(f"{language} re-encoded it differently")
        elif report.expected == "unknown" and reply["decoded"] != "unknown":
            problems.append(f"{language} decoded an unknown type as {reply['decoded']}")
    if len(paths) > 1:
        problems.append(f"the languages reject at different paths: {', '.join(sorted(paths))}")
    if report.chain.startswith(("broken", "changed")):
        problems.append(f"chain {' -> '.join(CHAIN)}: {report.chain}")
    return problems


def summary(reports: list[EventReport], languages: list[str]) -> str:
    """A per-type table: what the schema says of the events (accept, unknown = a newer type kept as is,
    reject) and how many of them each language and the chain handled that way."""
    rows: dict[str, dict[str, int]] = {}
    expected: dict[str, set[str]] = {}
    for report in reports:
        row = rows.setdefault(report.kind, {"events": 0, "chain": 0, **{lang: 0 for lang in languages}})
        expected.setdefault(report.kind, set()).add(report.expected)
        row["events"] += 1
        row["chain"] += report.chain in ("ok", "-")
        for language in languages:
            reply = report.replies.get(language)
            failed = any(p.startswith(language) for p in report.problems)
            row[language] += reply is not None and not failed
    header = ["type", "events", "schema says", *languages, "chain"]
    table = [header] + [[kind, str(r["events"]), "/".join(sorted(expected[kind])),
                         *(f"{r[c]}/{r['events']}" for c in header[3:])] for kind, r in sorted(rows.items())]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in table]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
