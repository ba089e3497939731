# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional
from typing_extensions import Annotated

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .file_detail_enum import FileDetailEnum
from .prompt_cache_breakpoint_param import PromptCacheBreakpointParam

__all__ = ["InputFileContentParam"]


class InputFileContentParam(BaseModel):
    __wire_not_null__ = frozenset({"detail"})

    type: Literal["input_file"]

    file_id: Optional[str] = None

    filename: Optional[str] = None

    file_data: Optional[Annotated[str, FieldInfo(max_length=73400320)]] = None

    file_url: Optional[str] = None

    detail: Optional[FileDetailEnum] = None

    prompt_cache_breakpoint: Optional[PromptCacheBreakpointParam] = None
