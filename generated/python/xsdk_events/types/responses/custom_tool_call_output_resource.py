# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional, Union
from typing_extensions import TypeAlias

from ..._models import BaseModel
from .function_and_custom_tool_call_output import FunctionAndCustomToolCallOutput
from .function_call_output_status_enum import FunctionCallOutputStatusEnum
from .tool_call_caller_param import ToolCallCallerParam

__all__ = ["CustomToolCallOutputResource", "Output"]

Output: TypeAlias = Union[str, List[FunctionAndCustomToolCallOutput]]


class CustomToolCallOutputResource(BaseModel):
    __wire_not_null__ = frozenset({"created_by"})

    type: Literal["custom_tool_call_output"]

    id: str

    call_id: str

    caller: Optional[ToolCallCallerParam] = None

    output: Output

    status: FunctionCallOutputStatusEnum

    created_by: Optional[str] = None
