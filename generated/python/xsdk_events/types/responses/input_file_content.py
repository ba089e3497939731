# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel
from .file_input_detail import FileInputDetail
from .prompt_cache_breakpoint_config import PromptCacheBreakpointConfig

__all__ = ["InputFileContent"]


class InputFileContent(BaseModel):
    __wire_not_null__ = frozenset({"filename", "file_data", "prompt_cache_breakpoint", "file_url", "detail"})

    type: Literal["input_file"]

    file_id: Optional[str] = None

    filename: Optional[str] = None

    file_data: Optional[str] = None

    prompt_cache_breakpoint: Optional[PromptCacheBreakpointConfig] = None

    file_url: Optional[str] = None

    detail: Optional[FileInputDetail] = None
