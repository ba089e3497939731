# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel
from .mcp_tool_call_error import MCPToolCallError
from .mcp_tool_call_status import MCPToolCallStatus

__all__ = ["MCPToolCall"]


class MCPToolCall(BaseModel):
    __wire_not_null__ = frozenset({"status"})

    type: Literal["mcp_call"]

    id: str

    server_label: str

    name: str

    arguments: str

    output: Optional[str] = None

    error: Optional[MCPToolCallError] = None

    status: Optional[MCPToolCallStatus] = None

    approval_request_id: Optional[str] = None
