# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal

from ..._models import BaseModel
from .response_log_prob import ResponseLogProb

__all__ = ["ResponseTextDoneEvent"]


class ResponseTextDoneEvent(BaseModel):
    type: Literal["response.output_text.done"]

    item_id: str

    output_index: int

    content_index: int

    text: str

    sequence_number: int

    logprobs: List[ResponseLogProb]
