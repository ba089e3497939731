# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Optional

from pydantic import ConfigDict

from ..._models import BaseModel

__all__ = ["MCPToolFilter"]


class MCPToolFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")

    __wire_not_null__ = frozenset({"tool_names", "read_only"})

    tool_names: Optional[List[str]] = None

    read_only: Optional[bool] = None
