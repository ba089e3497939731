# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseImageGenCallPartialImageEvent"]


class ResponseImageGenCallPartialImageEvent(BaseModel):
    """Sent when a partial (preview) image is ready while an image generation tool call streams."""

    __wire_not_null__ = frozenset({"size", "quality", "background", "output_format"})

    type: Literal["response.image_generation_call.partial_image"]
    """The event type, always `response.image_generation_call.partial_image`."""

    item_id: str
    """ID of the image generation output item this event is about."""

    output_index: int
    """Position of that output item in the response's `output` array."""

    sequence_number: int
    """Position of this event in the stream, for ordering."""

    partial_image_index: int
    """Which partial image this is, counting from 0."""

    partial_image_b64: str
    """The partial image, base64-encoded."""

    size: Optional[str] = None
    """Image size the call used."""

    quality: Optional[str] = None
    """Image quality the call used."""

    background: Optional[str] = None
    """Background setting the call used."""

    output_format: Optional[str] = None
    """Output format the call used."""
