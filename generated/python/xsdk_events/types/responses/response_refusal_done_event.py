# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseRefusalDoneEvent"]


class ResponseRefusalDoneEvent(BaseModel):
    type: Literal["response.refusal.done"]

    item_id: str

    output_index: int

    content_index: int

    refusal: str

    sequence_number: int
