# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Dict, Optional

from ..._models import BaseModel

__all__ = ["MCPListToolsTool"]


class MCPListToolsTool(BaseModel):
    name: str

    description: Optional[str] = None

    input_schema: Dict[str, object]

    annotations: Optional[Dict[str, object]] = None
