# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional
from typing_extensions import Annotated

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .callable_tool_allowed_caller import CallableToolAllowedCaller

__all__ = ["ApplyPatchToolParam"]


class ApplyPatchToolParam(BaseModel):
    type: Literal["apply_patch"]

    allowed_callers: Optional[Annotated[List[CallableToolAllowedCaller], FieldInfo(min_length=1)]] = None
