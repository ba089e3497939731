# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional, Union
from typing_extensions import Annotated, Required, TypedDict

from pydantic import ConfigDict, Field as FieldInfo, with_config

from .image_model import ImageModel

__all__ = ["ImageGenerateParamsBase", "ImageGenerateParamsNonStreaming", "ImageGenerateParamsStreaming", "ImageGenerateParams"]

_CONFIG = ConfigDict(extra="allow", strict=True)


@with_config(_CONFIG)
class ImageGenerateParamsBase(TypedDict, total=False):
    """What to generate and how; only `prompt` is required."""

    prompt: Required[str]
    """Text description of the image(s) to create."""

    model: Union[str, ImageModel, None]
    """Model to generate with; one of the ImageModel values or another model name."""

    n: Optional[Annotated[int, FieldInfo(ge=1, le=10)]]
    """How many images to generate, from 1 to 10 (dall-e-3 supports only 1)."""

    quality: Literal["standard", "hd", "low", "medium", "high", "auto"]
    """Quality level; which values apply depends on the model."""

    response_format: Optional[Literal["url", "b64_json"]]
    """Return images as URLs or as base64 JSON (dall-e models only; GPT image models always return base64)."""

    size: Optional[Literal["auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"]]
    """Dimensions of the generated images; which sizes apply depends on the model."""

    style: Optional[Literal["vivid", "natural"]]
    """Rendering style (dall-e-3 only)."""

    background: Optional[Literal["transparent", "opaque", "auto"]]
    """Background of the generated images (GPT image models only)."""

    output_format: Optional[Literal["png", "jpeg", "webp"]]
    """File format of the generated images (GPT image models only)."""

    output_compression: Optional[Annotated[int, FieldInfo(ge=0, le=100)]]
    """Compression level in percent for jpeg and webp output (GPT image models only)."""

    partial_images: Optional[Annotated[int, FieldInfo(ge=0, le=3)]]
    """How many partial images to stream before the final one, from 0 to 3."""

    moderation: Optional[Literal["low", "auto"]]
    """Strictness of content moderation (GPT image models only)."""

    user: str
    """A stable identifier for your end user, to help detect abuse."""


@with_config(_CONFIG)
class ImageGenerateParamsNonStreaming(ImageGenerateParamsBase, total=False):
    stream: Optional[Literal[False]]
    """Stream partial images as they are produced instead of returning one response."""


@with_config(_CONFIG)
class ImageGenerateParamsStreaming(ImageGenerateParamsBase):
    stream: Required[Literal[True]]
    """Stream partial images as they are produced instead of returning one response."""


ImageGenerateParams = Union[ImageGenerateParamsNonStreaming, ImageGenerateParamsStreaming]
