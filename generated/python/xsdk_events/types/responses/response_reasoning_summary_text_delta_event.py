# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseReasoningSummaryTextDeltaEvent"]


class ResponseReasoningSummaryTextDeltaEvent(BaseModel):
    type: Literal["response.reasoning_summary_text.delta"]

    item_id: str

    output_index: int

    summary_index: int

    delta: str

    sequence_number: int
