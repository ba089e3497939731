# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel
from .output_content import OutputContent

__all__ = ["ResponseContentPartDoneEvent"]


class ResponseContentPartDoneEvent(BaseModel):
    type: Literal["response.content_part.done"]

    item_id: str

    output_index: int

    content_index: int

    sequence_number: int

    part: OutputContent
