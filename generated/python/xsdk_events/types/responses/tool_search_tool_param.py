# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel
from .empty_model_param import EmptyModelParam
from .tool_search_execution_type import ToolSearchExecutionType

__all__ = ["ToolSearchToolParam"]


class ToolSearchToolParam(BaseModel):
    __wire_not_null__ = frozenset({"execution"})

    type: Literal["tool_search"]

    execution: Optional[ToolSearchExecutionType] = None

    description: Optional[str] = None

    parameters: Optional[EmptyModelParam] = None
