# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional
from typing_extensions import Annotated

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .function_call_item_status import FunctionCallItemStatus
from .tool import Tool
from .tool_search_execution_type import ToolSearchExecutionType

__all__ = ["ToolSearchOutputItemParam"]


class ToolSearchOutputItemParam(BaseModel):
    __wire_not_null__ = frozenset({"execution"})

    id: Optional[str] = None

    call_id: Optional[Annotated[str, FieldInfo(min_length=1, max_length=64)]] = None

    type: Literal["tool_search_output"]

    execution: Optional[ToolSearchExecutionType] = None

    tools: List[Tool]

    status: Optional[FunctionCallItemStatus] = None
