# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Dict, List, Literal

from ..._models import BaseModel

__all__ = ["ToolChoiceAllowed"]


class ToolChoiceAllowed(BaseModel):
    type: Literal["allowed_tools"]

    mode: Literal["auto", "required"]

    tools: List[Dict[str, object]]
