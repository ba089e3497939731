# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .reasoning_text_content import ReasoningTextContent
from .summary_text_content import SummaryTextContent

__all__ = ["ReasoningItem"]


class ReasoningItem(BaseModel):
    __wire_not_null__ = frozenset({"content", "status"})

    type: Literal["reasoning"]

    id: str

    encrypted_content: Optional[str] = None

    summary: List[SummaryTextContent]

    content: Optional[List[ReasoningTextContent]] = None

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
