# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Dict, List, Literal, Optional, Union
from typing_extensions import Annotated, TypeAlias

from pydantic import ConfigDict, Field as FieldInfo

from ..._models import BaseModel
from .callable_tool_allowed_caller import CallableToolAllowedCaller
from .mcp_tool_filter import MCPToolFilter

__all__ = ["MCPTool", "AllowedTools", "RequireApprovalMCPToolApprovalFilter", "RequireApproval"]

AllowedTools: TypeAlias = Union[List[str], MCPToolFilter]


class RequireApprovalMCPToolApprovalFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")

    __wire_not_null__ = frozenset({"always", "never"})

    always: Optional[MCPToolFilter] = None

    never: Optional[MCPToolFilter] = None


RequireApproval: TypeAlias = Union[RequireApprovalMCPToolApprovalFilter, Literal["always", "never"]]


class MCPTool(BaseModel):
    __wire_not_null__ = frozenset({"server_url", "connector_id", "tunnel_id", "authorization", "server_description", "defer_loading"})

    type: Literal["mcp"]

    server_label: str

    server_url: Optional[str] = None

    connector_id: Optional[Literal["connector_dropbox", "connector_gmail", "connector_googlecalendar", "connector_googledrive", "connector_microsoftteams", "connector_outlookcalendar", "connector_outlookemail", "connector_sharepoint"]] = None

    tunnel_id: Optional[Annotated[str, FieldInfo(pattern="^tunnel_[a-z0-9]{32}$")]] = None

    authorization: Optional[str] = None

    server_description: Optional[str] = None

    headers: Optional[Dict[str, str]] = None

    allowed_tools: Optional[AllowedTools] = None

    allowed_callers: Optional[Annotated[List[CallableToolAllowedCaller], FieldInfo(min_length=1)]] = None

    require_approval: Optional[RequireApproval] = None

    defer_loading: Optional[bool] = None
