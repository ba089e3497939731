# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel
from .output_item import OutputItem

__all__ = ["ResponseOutputItemAddedEvent"]


class ResponseOutputItemAddedEvent(BaseModel):
    type: Literal["response.output_item.added"]

    output_index: int

    sequence_number: int

    item: OutputItem
