# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .message_phase import MessagePhase
from .output_message_content import OutputMessageContent

__all__ = ["OutputMessage"]


class OutputMessage(BaseModel):
    id: str

    type: Literal["message"]

    role: Literal["assistant"]

    content: List[OutputMessageContent]

    phase: Optional[MessagePhase] = None

    status: Literal["in_progress", "completed", "incomplete"]
