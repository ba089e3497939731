# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional, Union
from typing_extensions import TypeAlias

from ..._models import BaseModel
from .function_and_custom_tool_call_output import FunctionAndCustomToolCallOutput
from .tool_call_caller_param import ToolCallCallerParam

__all__ = ["CustomToolCallOutput", "Output"]

Output: TypeAlias = Union[str, List[FunctionAndCustomToolCallOutput]]


class CustomToolCallOutput(BaseModel):
    __wire_not_null__ = frozenset({"id"})

    type: Literal["custom_tool_call_output"]

    id: Optional[str] = None

    call_id: str

    caller: Optional[ToolCallCallerParam] = None

    output: Output
