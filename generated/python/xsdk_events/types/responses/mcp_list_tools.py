# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .mcp_list_tools_tool import MCPListToolsTool

__all__ = ["MCPListTools"]


class MCPListTools(BaseModel):
    type: Literal["mcp_list_tools"]

    id: str

    server_label: str

    tools: List[MCPListToolsTool]

    error: Optional[str] = None
