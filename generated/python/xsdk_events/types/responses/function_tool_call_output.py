# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional, Union
from typing_extensions import TypeAlias

from ..._models import BaseModel
from .function_and_custom_tool_call_output import FunctionAndCustomToolCallOutput
from .tool_call_caller_param import ToolCallCallerParam

__all__ = ["FunctionToolCallOutput", "Output"]

Output: TypeAlias = Union[str, List[FunctionAndCustomToolCallOutput]]


class FunctionToolCallOutput(BaseModel):
    __wire_not_null__ = frozenset({"id", "call_id", "name", "namespace", "status"})

    id: Optional[str] = None

    type: Literal["function_call_output"]

    call_id: Optional[str] = None

    name: Optional[str] = None

    namespace: Optional[str] = None

    caller: Optional[ToolCallCallerParam] = None

    output: Output

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
