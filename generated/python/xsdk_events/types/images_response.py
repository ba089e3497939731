# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional

from .._models import BaseModel
from .image import Image

__all__ = ["ImagesResponse", "UsageInputTokensDetails", "UsageOutputTokensDetails", "Usage"]


class UsageInputTokensDetails(BaseModel):
    """The input tokens, split by kind."""

    image_tokens: int
    """Image tokens in the input."""

    text_tokens: int
    """Text tokens in the input."""


class UsageOutputTokensDetails(BaseModel):
    """The output tokens, split by kind."""

    image_tokens: int
    """Image tokens in the output."""

    text_tokens: int
    """Text tokens in the output."""


class Usage(BaseModel):
    """Token usage of the request (GPT image models only)."""

    __wire_not_null__ = frozenset({"output_tokens_details"})

    input_tokens: int
    """Tokens in the input, text and images together."""

    input_tokens_details: UsageInputTokensDetails
    """The input tokens, split by kind."""

    output_tokens: int
    """Tokens the model produced."""

    total_tokens: int
    """Input and output tokens together."""

    output_tokens_details: Optional[UsageOutputTokensDetails] = None
    """The output tokens, split by kind."""


class ImagesResponse(BaseModel):
    """The result of an image generation request."""

    __wire_not_null__ = frozenset({"data", "background", "output_format", "size", "quality", "usage"})

    created: int
    """When the images were created, in Unix seconds."""

    data: Optional[List[Image]] = None
    """The generated images."""

    background: Optional[Literal["transparent", "opaque"]] = None
    """Background the images were generated with."""

    output_format: Optional[Literal["png", "webp", "jpeg"]] = None
    """File format of the images."""

    size: Optional[Literal["1024x1024", "1024x1536", "1536x1024"]] = None
    """Dimensions of the images."""

    quality: Optional[Literal["low", "medium", "high"]] = None
    """Quality the images were generated at."""

    usage: Optional[Usage] = None
    """Token usage of the request (GPT image models only)."""
