# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional, Union
from typing_extensions import Annotated

from pydantic import ConfigDict, Field as FieldInfo

from ..._models import BaseModel
from .image_gen_action_enum import ImageGenActionEnum
from .input_fidelity import InputFidelity

__all__ = ["ImageGenTool", "InputImageMask"]


class InputImageMask(BaseModel):
    model_config = ConfigDict(extra="forbid")

    __wire_not_null__ = frozenset({"image_url", "file_id"})

    image_url: Optional[str] = None

    file_id: Optional[str] = None


class ImageGenTool(BaseModel):
    __wire_not_null__ = frozenset({"model", "quality", "size", "output_format", "output_compression", "moderation", "background", "input_image_mask", "partial_images", "action"})

    type: Literal["image_generation"]

    model: Union[str, Literal["gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5", "gpt-image-2", "gpt-image-2-2026-04-21"], None] = None

    quality: Optional[Literal["low", "medium", "high", "auto"]] = None

    size: Union[str, Literal["1024x1024", "1024x1536", "1536x1024", "auto"], None] = None

    output_format: Optional[Literal["png", "webp", "jpeg"]] = None

    output_compression: Optional[Annotated[int, FieldInfo(ge=0, le=100)]] = None

    moderation: Optional[Literal["auto", "low"]] = None

    background: Optional[Literal["transparent", "opaque", "auto"]] = None

    input_fidelity: Optional[InputFidelity] = None

    input_image_mask: Optional[InputImageMask] = None

    partial_images: Optional[Annotated[int, FieldInfo(ge=0, le=3)]] = None

    action: Optional[ImageGenActionEnum] = None
