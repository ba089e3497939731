# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseImageGenCallGeneratingEvent"]


class ResponseImageGenCallGeneratingEvent(BaseModel):
    """Sent while an image generation tool call is actively producing an image (an intermediate state)."""

    type: Literal["response.image_generation_call.generating"]
    """The event type, always `response.image_generation_call.generating`."""

    item_id: str
    """ID of the image generation output item this event is about."""

    output_index: int
    """Position of that output item in the response's `output` array."""

    sequence_number: int
    """Position of this event in the stream, for ordering."""
