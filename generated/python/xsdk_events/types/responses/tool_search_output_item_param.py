# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .function_call_item_status import FunctionCallItemStatus
from .tool import Tool
from .tool_search_execution_type import ToolSearchExecutionType

__all__ = ["ToolSearchOutputItemParam"]


class ToolSearchOutputItemParam(BaseModel):
    __wire_not_null__ = frozenset({"execution"})

    id: Optional[str] = None

    call_id: Optional[str] = None

    type: Literal["tool_search_output"]

    execution: Optional[ToolSearchExecutionType] = None

    tools: List[Tool]

    status: Optional[FunctionCallItemStatus] = None
