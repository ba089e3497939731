# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Optional

from .._models import BaseModel

__all__ = ["Image"]


class Image(BaseModel):
    """One generated image, as base64 data or as a URL."""

    __wire_not_null__ = frozenset({"b64_json", "url", "revised_prompt"})

    b64_json: Optional[str] = None
    """The image, base64-encoded (GPT image models, or dall-e with `response_format` b64_json)."""

    url: Optional[str] = None
    """Where to download the image (dall-e with `response_format` url); valid for 60 minutes."""

    revised_prompt: Optional[str] = None
    """The prompt dall-e-3 actually used, after rewriting yours."""
