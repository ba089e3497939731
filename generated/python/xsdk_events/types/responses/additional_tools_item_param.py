# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .tool import Tool

__all__ = ["AdditionalToolsItemParam"]


class AdditionalToolsItemParam(BaseModel):
    id: Optional[str] = None

    type: Literal["additional_tools"]

    role: Literal["developer"]

    tools: List[Tool]
