# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from ..._models import BaseModel
from .prompt_cache_mode_enum import PromptCacheModeEnum
from .prompt_cache_ttl_enum import PromptCacheTTLEnum

__all__ = ["PromptCacheOptions"]


class PromptCacheOptions(BaseModel):
    ttl: PromptCacheTTLEnum

    mode: PromptCacheModeEnum
