# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Field as FieldInfo, Tag

from ..._models import BaseModel, tag_or_unknown
from .custom_tool_param import CustomToolParam
from .function_tool_param import FunctionToolParam

__all__ = ["NamespaceToolParam", "Tools", "ToolsUnknown"]

_Tools_TAGS = frozenset({
    "function",
    "custom",
})


class ToolsUnknown(BaseModel):
    """The Tools member for a `type` this version does not know; every field is kept as received."""

    type: str


Tools: TypeAlias = Annotated[
    Union[
        Annotated[FunctionToolParam, Tag("function")],
        Annotated[CustomToolParam, Tag("custom")],
        Annotated[ToolsUnknown, Tag("ToolsUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _Tools_TAGS, "ToolsUnknown")),
]


class NamespaceToolParam(BaseModel):
    type: Literal["namespace"]

    name: Annotated[str, FieldInfo(min_length=1)]

    description: str

    tools: Annotated[List[Tools], FieldInfo(min_length=1)]
