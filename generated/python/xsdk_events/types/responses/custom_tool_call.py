# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel
from .tool_call_caller import ToolCallCaller

__all__ = ["CustomToolCall"]


class CustomToolCall(BaseModel):
    __wire_not_null__ = frozenset({"id", "namespace"})

    type: Literal["custom_tool_call"]

    id: Optional[str] = None

    call_id: str

    caller: Optional[ToolCallCaller] = None

    namespace: Optional[str] = None

    name: str

    input: str
