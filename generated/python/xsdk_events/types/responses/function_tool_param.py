# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Dict, List, Literal, Optional
from typing_extensions import Annotated

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .callable_tool_allowed_caller import CallableToolAllowedCaller
from .empty_model_param import EmptyModelParam

__all__ = ["FunctionToolParam"]


class FunctionToolParam(BaseModel):
    __wire_not_null__ = frozenset({"defer_loading"})

    name: Annotated[str, FieldInfo(min_length=1, max_length=128, pattern="^[a-zA-Z0-9_\\-]+$")]

    description: Optional[str] = None

    parameters: Optional[EmptyModelParam] = None

    strict: Optional[bool] = None

    type: Literal["function"]

    output_schema: Optional[Dict[str, object]] = None

    defer_loading: Optional[bool] = None

    allowed_callers: Optional[Annotated[List[CallableToolAllowedCaller], FieldInfo(min_length=1)]] = None
