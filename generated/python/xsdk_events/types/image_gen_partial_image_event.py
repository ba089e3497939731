# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from .._models import BaseModel

__all__ = ["ImageGenPartialImageEvent"]


class ImageGenPartialImageEvent(BaseModel):
    """Sent when a partial (preview) image is ready during a streaming image generation."""

    type: Literal["image_generation.partial_image"]
    """The event type, always `image_generation.partial_image`."""

    b64_json: str
    """The partial image, base64-encoded."""

    created_at: int
    """When the event was created, in Unix seconds."""

    size: Literal["1024x1024", "1024x1536", "1536x1024", "auto"]
    """Requested image size."""

    quality: Literal["low", "medium", "high", "auto"]
    """Requested image quality."""

    background: Literal["transparent", "opaque", "auto"]
    """Requested background."""

    output_format: Literal["png", "webp", "jpeg"]
    """Requested output format."""

    partial_image_index: int
    """Which partial image this is, counting from 0."""
