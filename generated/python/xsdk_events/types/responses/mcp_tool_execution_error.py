# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel

__all__ = ["MCPToolExecutionError"]


class MCPToolExecutionError(BaseModel):
    type: Literal["mcp_tool_execution_error"]

    content: object
