# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ToolChoiceMCP"]


class ToolChoiceMCP(BaseModel):
    type: Literal["mcp"]

    server_label: str

    name: Optional[str] = None
