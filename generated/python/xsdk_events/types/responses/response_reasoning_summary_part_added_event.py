# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseReasoningSummaryPartAddedEvent", "Part"]


class Part(BaseModel):
    type: Literal["summary_text"]

    text: str


class ResponseReasoningSummaryPartAddedEvent(BaseModel):
    type: Literal["response.reasoning_summary_part.added"]

    item_id: str

    output_index: int

    summary_index: int

    sequence_number: int

    part: Part
