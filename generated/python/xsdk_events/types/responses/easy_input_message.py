# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional, Union
from typing_extensions import TypeAlias

from ..._models import BaseModel
from .input_message_content_list import InputMessageContentList
from .message_phase import MessagePhase

__all__ = ["EasyInputMessage", "Content"]

Content: TypeAlias = Union[str, InputMessageContentList]


class EasyInputMessage(BaseModel):
    __wire_not_null__ = frozenset({"type"})

    role: Literal["user", "assistant", "system", "developer"]

    content: Content

    phase: Optional[MessagePhase] = None

    type: Optional[Literal["message"]] = None
