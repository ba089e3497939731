# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..._models import BaseModel, tag_or_unknown
from .direct_tool_call_caller import DirectToolCallCaller
from .program_tool_call_caller import ProgramToolCallCaller

__all__ = ["ToolCallCaller", "ToolCallCallerUnknown"]

_ToolCallCaller_TAGS = frozenset({
    "direct",
    "program",
})


class ToolCallCallerUnknown(BaseModel):
    """The ToolCallCaller member for a `type` this version does not know; every field is kept as received."""

    type: str


ToolCallCaller: TypeAlias = Annotated[
    Union[
        Annotated[DirectToolCallCaller, Tag("direct")],
        Annotated[ProgramToolCallCaller, Tag("program")],
        Annotated[ToolCallCallerUnknown, Tag("ToolCallCallerUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _ToolCallCaller_TAGS, "ToolCallCallerUnknown")),
]
