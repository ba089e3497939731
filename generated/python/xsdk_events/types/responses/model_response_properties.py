# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel
from .metadata import Metadata

__all__ = ["ModelResponseProperties"]


class ModelResponseProperties(BaseModel):
    __wire_not_null__ = frozenset({"user"})

    metadata: Optional[Metadata] = None

    top_logprobs: Optional[int] = None

    temperature: Optional[float] = None

    top_p: Optional[float] = None

    user: Optional[str] = None

    safety_identifier: Optional[str] = None

    prompt_cache_key: Optional[str] = None

    prompt_cache_retention: Optional[Literal["in_memory", "24h"]] = None
