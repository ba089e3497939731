# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel
from .input_message_content_list import InputMessageContentList

__all__ = ["InputMessage"]


class InputMessage(BaseModel):
    __wire_not_null__ = frozenset({"type", "status"})

    type: Optional[Literal["message"]] = None

    role: Literal["user", "system", "developer"]

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None

    content: InputMessageContentList
