# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel
from .function_call_status import FunctionCallStatus
from .tool_search_execution_type import ToolSearchExecutionType

__all__ = ["ToolSearchCall"]


class ToolSearchCall(BaseModel):
    __wire_required__ = frozenset({"call_id"})

    __wire_not_null__ = frozenset({"created_by"})

    type: Literal["tool_search_call"]

    id: str

    call_id: Optional[str] = None

    execution: ToolSearchExecutionType

    arguments: object

    status: FunctionCallStatus

    created_by: Optional[str] = None
