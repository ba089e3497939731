# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from .._models import BaseModel

__all__ = ["ImageEditPartialImageEvent"]


class ImageEditPartialImageEvent(BaseModel):
    """Sent when a partial (preview) image is ready during a streaming image edit."""

    type: Literal["image_edit.partial_image"]

    b64_json: str

    created_at: int

    size: Literal["1024x1024", "1024x1536", "1536x1024", "auto"]

    quality: Literal["low", "medium", "high", "auto"]

    background: Literal["transparent", "opaque", "auto"]

    output_format: Literal["png", "webp", "jpeg"]

    partial_image_index: int
