"""The JSON Schema referee: validators for each component, with `$ref`s resolved across schema files.

Every language must accept exactly what these validators accept; tests and `xsdk validate` use them.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

import jsonschema
import referencing
from referencing.jsonschema import DRAFT202012

from .load import Workspace

BASE = "file:///xsdk-schemas/"


class Referee:
    def __init__(self, ws: Workspace) -> None:
        ws.load_closure()
        self.ws = ws

    @cached_property
    def _registry(self) -> referencing.Registry[Any]:
        resources = [(BASE + name, DRAFT202012.create_resource(f.data)) for name, f in self.ws.files.items()]
        return referencing.Registry().with_resources(resources)

    def component_names(self) -> list[str]:
        return list(self.ws.root.data.get("components", {}).get("schemas", {}))

    def validator(self, component: str) -> jsonschema.protocols.Validator:
        schema = {"$ref": f"{BASE}{self.ws.root_name}#/components/schemas/{component}"}
        cls = jsonschema.Draft202012Validator
        return cls(schema, registry=self._registry, format_checker=cls.FORMAT_CHECKER)

    def errors(self, component: str, instance: Any) -> list[jsonschema.ValidationError]:
        return sorted(self.validator(component).iter_errors(instance), key=lambda e: list(e.absolute_path))

    def is_valid(self, component: str, instance: Any) -> bool:
        return not self.errors(component, instance)
