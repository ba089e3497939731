# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel
from .output_content import OutputContent

__all__ = ["ResponseContentPartAddedEvent"]


class ResponseContentPartAddedEvent(BaseModel):
    type: Literal["response.content_part.added"]

    item_id: str

    output_index: int

    content_index: int

    part: OutputContent

    sequence_number: int
