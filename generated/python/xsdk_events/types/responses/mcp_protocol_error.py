# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel

__all__ = ["MCPProtocolError"]


class MCPProtocolError(BaseModel):
    type: Literal["mcp_protocol_error"]

    code: int

    message: str
