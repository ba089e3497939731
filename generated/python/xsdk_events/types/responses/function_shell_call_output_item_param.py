# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional
from typing_extensions import Annotated

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .function_shell_call_item_status import FunctionShellCallItemStatus
from .function_shell_call_output_content_param import FunctionShellCallOutputContentParam
from .tool_call_caller_param import ToolCallCallerParam

__all__ = ["FunctionShellCallOutputItemParam"]


class FunctionShellCallOutputItemParam(BaseModel):
    id: Optional[str] = None

    call_id: Annotated[str, FieldInfo(min_length=1, max_length=64)]

    caller: Optional[ToolCallCallerParam] = None

    type: Literal["shell_call_output"]

    output: List[FunctionShellCallOutputContentParam]

    status: Optional[FunctionShellCallItemStatus] = None

    max_output_length: Optional[int] = None
