# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseReasoningSummaryTextDoneEvent"]


class ResponseReasoningSummaryTextDoneEvent(BaseModel):
    type: Literal["response.reasoning_summary_text.done"]

    item_id: str

    output_index: int

    summary_index: int

    text: str

    sequence_number: int
