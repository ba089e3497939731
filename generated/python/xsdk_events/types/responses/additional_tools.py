# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal

from ..._models import BaseModel
from .message_role import MessageRole
from .tool import Tool

__all__ = ["AdditionalTools"]


class AdditionalTools(BaseModel):
    type: Literal["additional_tools"]

    id: str

    role: MessageRole

    tools: List[Tool]
