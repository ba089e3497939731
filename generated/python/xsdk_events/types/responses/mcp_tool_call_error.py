# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..._models import BaseModel, tag_or_unknown
from .http_error import HTTPError
from .mcp_protocol_error import MCPProtocolError
from .mcp_tool_execution_error import MCPToolExecutionError

__all__ = ["MCPToolCallError", "MCPToolCallErrorUnknown"]

_MCPToolCallError_TAGS = frozenset({
    "mcp_protocol_error",
    "mcp_tool_execution_error",
    "http_error",
})


class MCPToolCallErrorUnknown(BaseModel):
    """The MCPToolCallError member for a `type` this version does not know; every field is kept as received."""

    type: str


MCPToolCallError: TypeAlias = Annotated[
    Union[
        Annotated[MCPProtocolError, Tag("mcp_protocol_error")],
        Annotated[MCPToolExecutionError, Tag("mcp_tool_execution_error")],
        Annotated[HTTPError, Tag("http_error")],
        Annotated[MCPToolCallErrorUnknown, Tag("MCPToolCallErrorUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _MCPToolCallError_TAGS, "MCPToolCallErrorUnknown")),
]
