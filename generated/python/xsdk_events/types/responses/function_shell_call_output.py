# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .function_shell_call_output_content import FunctionShellCallOutputContent
from .function_shell_call_output_status_enum import FunctionShellCallOutputStatusEnum
from .tool_call_caller import ToolCallCaller

__all__ = ["FunctionShellCallOutput"]


class FunctionShellCallOutput(BaseModel):
    __wire_required__ = frozenset({"max_output_length"})

    __wire_not_null__ = frozenset({"created_by"})

    type: Literal["shell_call_output"]

    id: str

    call_id: str

    caller: Optional[ToolCallCaller] = None

    status: FunctionShellCallOutputStatusEnum

    output: List[FunctionShellCallOutputContent]

    max_output_length: Optional[int] = None

    created_by: Optional[str] = None
