# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel

__all__ = ["MCPApprovalRequest"]


class MCPApprovalRequest(BaseModel):
    type: Literal["mcp_approval_request"]

    id: str

    server_label: str

    name: str

    arguments: str
