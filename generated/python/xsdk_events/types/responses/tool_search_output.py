# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .function_call_output_status_enum import FunctionCallOutputStatusEnum
from .tool import Tool
from .tool_search_execution_type import ToolSearchExecutionType

__all__ = ["ToolSearchOutput"]


class ToolSearchOutput(BaseModel):
    __wire_required__ = frozenset({"call_id"})

    __wire_not_null__ = frozenset({"created_by"})

    type: Literal["tool_search_output"]

    id: str

    call_id: Optional[str] = None

    execution: ToolSearchExecutionType

    tools: List[Tool]

    status: FunctionCallOutputStatusEnum

    created_by: Optional[str] = None
