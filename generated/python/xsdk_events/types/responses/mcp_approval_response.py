# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["MCPApprovalResponse"]


class MCPApprovalResponse(BaseModel):
    type: Literal["mcp_approval_response"]

    id: Optional[str] = None

    approval_request_id: str

    approve: bool

    reason: Optional[str] = None
