# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseReasoningSummaryPartDoneEvent", "Part"]


class Part(BaseModel):
    type: Literal["summary_text"]

    text: str


class ResponseReasoningSummaryPartDoneEvent(BaseModel):
    __wire_not_null__ = frozenset({"status"})

    type: Literal["response.reasoning_summary_part.done"]

    item_id: str

    output_index: int

    summary_index: int

    status: Optional[Literal["incomplete"]] = None

    sequence_number: int

    part: Part
