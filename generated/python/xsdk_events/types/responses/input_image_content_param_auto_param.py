# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional
from typing_extensions import Annotated

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .detail_enum import DetailEnum
from .prompt_cache_breakpoint_param import PromptCacheBreakpointParam

__all__ = ["InputImageContentParamAutoParam"]


class InputImageContentParamAutoParam(BaseModel):
    type: Literal["input_image"]

    image_url: Optional[Annotated[str, FieldInfo(max_length=20971520)]] = None

    file_id: Optional[str] = None

    detail: Optional[DetailEnum] = None

    prompt_cache_breakpoint: Optional[PromptCacheBreakpointParam] = None
