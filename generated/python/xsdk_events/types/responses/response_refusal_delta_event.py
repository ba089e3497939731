# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseRefusalDeltaEvent"]


class ResponseRefusalDeltaEvent(BaseModel):
    type: Literal["response.refusal.delta"]

    item_id: str

    output_index: int

    content_index: int

    delta: str

    sequence_number: int
