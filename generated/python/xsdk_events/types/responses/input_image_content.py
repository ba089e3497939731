# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel
from .image_detail import ImageDetail
from .prompt_cache_breakpoint_config import PromptCacheBreakpointConfig

__all__ = ["InputImageContent"]


class InputImageContent(BaseModel):
    __wire_not_null__ = frozenset({"prompt_cache_breakpoint"})

    type: Literal["input_image"]

    image_url: Optional[str] = None

    file_id: Optional[str] = None

    detail: ImageDetail

    prompt_cache_breakpoint: Optional[PromptCacheBreakpointConfig] = None
