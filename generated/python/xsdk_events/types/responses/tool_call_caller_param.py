# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..._models import BaseModel, tag_or_unknown
from .direct_tool_call_caller_param import DirectToolCallCallerParam
from .program_tool_call_caller_param import ProgramToolCallCallerParam

__all__ = ["ToolCallCallerParam", "ToolCallCallerParamUnknown"]

_ToolCallCallerParam_TAGS = frozenset({
    "direct",
    "program",
})


class ToolCallCallerParamUnknown(BaseModel):
    """The ToolCallCallerParam member for a `type` this version does not know; every field is kept as received."""

    type: str


ToolCallCallerParam: TypeAlias = Annotated[
    Union[
        Annotated[DirectToolCallCallerParam, Tag("direct")],
        Annotated[ProgramToolCallCallerParam, Tag("program")],
        Annotated[ToolCallCallerParamUnknown, Tag("ToolCallCallerParamUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _ToolCallCallerParam_TAGS, "ToolCallCallerParamUnknown")),
]
