# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseImageGenCallInProgressEvent"]


class ResponseImageGenCallInProgressEvent(BaseModel):
    """Sent when an image generation tool call has started and is in progress."""

    type: Literal["response.image_generation_call.in_progress"]
    """The event type, always `response.image_generation_call.in_progress`."""

    item_id: str
    """ID of the image generation output item this event is about."""

    output_index: int
    """Position of that output item in the response's `output` array."""

    sequence_number: int
    """Position of this event in the stream, for ordering."""
