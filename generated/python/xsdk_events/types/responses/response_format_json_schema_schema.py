# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Dict
from typing_extensions import TypeAlias

__all__ = ["ResponseFormatJsonSchemaSchema"]

ResponseFormatJsonSchemaSchema: TypeAlias = Dict[str, object]
