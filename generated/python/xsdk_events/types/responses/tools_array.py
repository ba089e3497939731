# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List
from typing_extensions import TypeAlias

from .tool import Tool

__all__ = ["ToolsArray"]

ToolsArray: TypeAlias = List[Tool]
