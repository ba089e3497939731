# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["ImageModel"]

ImageModel: TypeAlias = Literal["dall-e-2", "dall-e-3", "gpt-image-1"]
"""Image models the Images API documents; the API may accept others."""
