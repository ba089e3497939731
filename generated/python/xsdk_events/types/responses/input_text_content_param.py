# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional
from typing_extensions import Annotated

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .prompt_cache_breakpoint_param import PromptCacheBreakpointParam

__all__ = ["InputTextContentParam"]


class InputTextContentParam(BaseModel):
    type: Literal["input_text"]

    text: Annotated[str, FieldInfo(max_length=10485760)]

    prompt_cache_breakpoint: Optional[PromptCacheBreakpointParam] = None
