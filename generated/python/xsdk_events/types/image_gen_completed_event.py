# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from .._models import BaseModel

__all__ = ["ImageGenCompletedEvent", "UsageInputTokensDetails", "Usage"]


class UsageInputTokensDetails(BaseModel):
    """The input tokens, split by kind."""

    image_tokens: int
    """Image tokens in the input."""

    text_tokens: int
    """Text tokens in the input."""


class Usage(BaseModel):
    """Token usage of the generation."""

    input_tokens: int
    """Tokens in the input, text and images together."""

    input_tokens_details: UsageInputTokensDetails
    """The input tokens, split by kind."""

    output_tokens: int
    """Tokens the model produced."""

    total_tokens: int
    """Input and output tokens together."""


class ImageGenCompletedEvent(BaseModel):
    """Sent when a streaming image generation has finished and the final image is available."""

    type: Literal["image_generation.completed"]
    """The event type, always `image_generation.completed`."""

    b64_json: str
    """The final image, base64-encoded."""

    created_at: int
    """When the event was created, in Unix seconds."""

    size: Literal["1024x1024", "1024x1536", "1536x1024", "auto"]
    """Size of the generated image."""

    quality: Literal["low", "medium", "high", "auto"]
    """Quality of the generated image."""

    background: Literal["transparent", "opaque", "auto"]
    """Background of the generated image."""

    output_format: Literal["png", "webp", "jpeg"]
    """Output format of the generated image."""

    usage: Usage
    """Token usage of the generation."""
