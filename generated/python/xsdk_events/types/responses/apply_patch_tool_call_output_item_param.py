# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional
from typing_extensions import Annotated

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .apply_patch_call_output_status_param import ApplyPatchCallOutputStatusParam
from .tool_call_caller_param import ToolCallCallerParam

__all__ = ["ApplyPatchToolCallOutputItemParam"]


class ApplyPatchToolCallOutputItemParam(BaseModel):
    type: Literal["apply_patch_call_output"]

    id: Optional[str] = None

    call_id: Annotated[str, FieldInfo(min_length=1, max_length=64)]

    caller: Optional[ToolCallCallerParam] = None

    status: ApplyPatchCallOutputStatusParam

    output: Optional[Annotated[str, FieldInfo(max_length=10485760)]] = None
