# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseImageGenCallCompletedEvent"]


class ResponseImageGenCallCompletedEvent(BaseModel):
    """Sent when an image generation tool call has finished and the final image is available."""

    type: Literal["response.image_generation_call.completed"]
    """The event type, always `response.image_generation_call.completed`."""

    item_id: str
    """ID of the image generation output item this event is about."""

    output_index: int
    """Position of that output item in the response's `output` array."""

    sequence_number: int
    """Position of this event in the stream, for ordering."""
