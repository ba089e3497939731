# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from .._models import BaseModel
from .images_usage import ImagesUsage

__all__ = ["ImageEditCompletedEvent"]


class ImageEditCompletedEvent(BaseModel):
    """Sent when a streaming image edit has finished and the final image is available."""

    type: Literal["image_edit.completed"]

    b64_json: str

    created_at: int

    size: Literal["1024x1024", "1024x1536", "1536x1024", "auto"]

    quality: Literal["low", "medium", "high", "auto"]

    background: Literal["transparent", "opaque", "auto"]

    output_format: Literal["png", "webp", "jpeg"]

    usage: ImagesUsage
