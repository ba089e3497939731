# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from .._models import BaseModel

__all__ = ["ImagesUsage", "InputTokensDetails"]


class InputTokensDetails(BaseModel):
    text_tokens: int

    image_tokens: int


class ImagesUsage(BaseModel):
    """Token usage of an image generation or edit (GPT image models only)."""

    total_tokens: int

    input_tokens: int

    output_tokens: int

    input_tokens_details: InputTokensDetails
