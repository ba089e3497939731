# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel
from .tool_call_caller import ToolCallCaller

__all__ = ["FunctionToolCall"]


class FunctionToolCall(BaseModel):
    __wire_not_null__ = frozenset({"id", "namespace", "status"})

    id: Optional[str] = None

    type: Literal["function_call"]

    call_id: str

    caller: Optional[ToolCallCaller] = None

    namespace: Optional[str] = None

    name: str

    arguments: str

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
