# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel
from .apply_patch_call_output_status import ApplyPatchCallOutputStatus
from .tool_call_caller import ToolCallCaller

__all__ = ["ApplyPatchToolCallOutput"]


class ApplyPatchToolCallOutput(BaseModel):
    __wire_not_null__ = frozenset({"created_by"})

    type: Literal["apply_patch_call_output"]

    id: str

    call_id: str

    caller: Optional[ToolCallCaller] = None

    status: ApplyPatchCallOutputStatus

    output: Optional[str] = None

    created_by: Optional[str] = None
