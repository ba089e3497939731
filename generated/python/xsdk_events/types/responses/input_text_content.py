# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel
from .prompt_cache_breakpoint_config import PromptCacheBreakpointConfig

__all__ = ["InputTextContent"]


class InputTextContent(BaseModel):
    __wire_not_null__ = frozenset({"prompt_cache_breakpoint"})

    type: Literal["input_text"]

    text: str

    prompt_cache_breakpoint: Optional[PromptCacheBreakpointConfig] = None
