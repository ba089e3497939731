# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Dict, List, Literal, Optional

from ..._models import BaseModel
from .callable_tool_allowed_caller import CallableToolAllowedCaller

__all__ = ["FunctionTool"]


class FunctionTool(BaseModel):
    __wire_required__ = frozenset({"parameters", "strict"})

    __wire_not_null__ = frozenset({"defer_loading"})

    type: Literal["function"]

    name: str

    description: Optional[str] = None

    parameters: Optional[Dict[str, object]] = None

    output_schema: Optional[Dict[str, object]] = None

    strict: Optional[bool] = None

    defer_loading: Optional[bool] = None

    allowed_callers: Optional[List[CallableToolAllowedCaller]] = None
