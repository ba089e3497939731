# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional
from typing_extensions import Annotated

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .metadata import Metadata

__all__ = ["ModelResponseProperties"]


class ModelResponseProperties(BaseModel):
    __wire_not_null__ = frozenset({"user"})

    metadata: Optional[Metadata] = None

    top_logprobs: Optional[Annotated[int, FieldInfo(ge=0, le=20)]] = None

    temperature: Optional[Annotated[float, FieldInfo(ge=0, le=2)]] = None

    top_p: Optional[Annotated[float, FieldInfo(ge=0, le=1)]] = None

    user: Optional[str] = None

    safety_identifier: Optional[Annotated[str, FieldInfo(max_length=64)]] = None

    prompt_cache_key: Optional[str] = None

    prompt_cache_retention: Optional[Literal["in_memory", "24h"]] = None
