# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal

from ..._models import BaseModel
from .response_log_prob import ResponseLogProb

__all__ = ["ResponseTextDeltaEvent"]


class ResponseTextDeltaEvent(BaseModel):
    type: Literal["response.output_text.delta"]

    item_id: str

    output_index: int

    content_index: int

    delta: str

    sequence_number: int

    logprobs: List[ResponseLogProb]
