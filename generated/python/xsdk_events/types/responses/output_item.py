# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..._models import BaseModel, tag_or_unknown
from .additional_tools import AdditionalTools
from .apply_patch_tool_call import ApplyPatchToolCall
from .apply_patch_tool_call_output import ApplyPatchToolCallOutput
from .code_interpreter_tool_call import CodeInterpreterToolCall
from .compaction_body import CompactionBody
from .computer_tool_call import ComputerToolCall
from .computer_tool_call_output_resource import ComputerToolCallOutputResource
from .custom_tool_call import CustomToolCall
from .custom_tool_call_output_resource import CustomToolCallOutputResource
from .file_search_tool_call import FileSearchToolCall
from .function_shell_call import FunctionShellCall
from .function_shell_call_output import FunctionShellCallOutput
from .function_tool_call import FunctionToolCall
from .function_tool_call_output_resource import FunctionToolCallOutputResource
from .image_gen_tool_call import ImageGenToolCall
from .local_shell_tool_call import LocalShellToolCall
from .local_shell_tool_call_output import LocalShellToolCallOutput
from .mcp_approval_request import MCPApprovalRequest
from .mcp_approval_response_resource import MCPApprovalResponseResource
from .mcp_list_tools import MCPListTools
from .mcp_tool_call import MCPToolCall
from .output_message import OutputMessage
from .program import Program
from .program_output import ProgramOutput
from .reasoning_item import ReasoningItem
from .tool_search_call import ToolSearchCall
from .tool_search_output import ToolSearchOutput
from .web_search_tool_call import WebSearchToolCall

__all__ = ["OutputItem", "OutputItemUnknown"]

_OutputItem_TAGS = frozenset({
    "message",
    "file_search_call",
    "function_call",
    "function_call_output",
    "web_search_call",
    "computer_call",
    "computer_call_output",
    "reasoning",
    "program",
    "program_output",
    "tool_search_call",
    "tool_search_output",
    "additional_tools",
    "compaction",
    "image_generation_call",
    "code_interpreter_call",
    "local_shell_call",
    "local_shell_call_output",
    "shell_call",
    "shell_call_output",
    "apply_patch_call",
    "apply_patch_call_output",
    "mcp_call",
    "mcp_list_tools",
    "mcp_approval_request",
    "mcp_approval_response",
    "custom_tool_call",
    "custom_tool_call_output",
})


class OutputItemUnknown(BaseModel):
    """The OutputItem member for a `type` this version does not know; every field is kept as received."""

    type: str


OutputItem: TypeAlias = Annotated[
    Union[
        Annotated[OutputMessage, Tag("message")],
        Annotated[FileSearchToolCall, Tag("file_search_call")],
        Annotated[FunctionToolCall, Tag("function_call")],
        Annotated[FunctionToolCallOutputResource, Tag("function_call_output")],
        Annotated[WebSearchToolCall, Tag("web_search_call")],
        Annotated[ComputerToolCall, Tag("computer_call")],
        Annotated[ComputerToolCallOutputResource, Tag("computer_call_output")],
        Annotated[ReasoningItem, Tag("reasoning")],
        Annotated[Program, Tag("program")],
        Annotated[ProgramOutput, Tag("program_output")],
        Annotated[ToolSearchCall, Tag("tool_search_call")],
        Annotated[ToolSearchOutput, Tag("tool_search_output")],
        Annotated[AdditionalTools, Tag("additional_tools")],
        Annotated[CompactionBody, Tag("compaction")],
        Annotated[ImageGenToolCall, Tag("image_generation_call")],
        Annotated[CodeInterpreterToolCall, Tag("code_interpreter_call")],
        Annotated[LocalShellToolCall, Tag("local_shell_call")],
        Annotated[LocalShellToolCallOutput, Tag("local_shell_call_output")],
        Annotated[FunctionShellCall, Tag("shell_call")],
        Annotated[FunctionShellCallOutput, Tag("shell_call_output")],
        Annotated[ApplyPatchToolCall, Tag("apply_patch_call")],
        Annotated[ApplyPatchToolCallOutput, Tag("apply_patch_call_output")],
        Annotated[MCPToolCall, Tag("mcp_call")],
        Annotated[MCPListTools, Tag("mcp_list_tools")],
        Annotated[MCPApprovalRequest, Tag("mcp_approval_request")],
        Annotated[MCPApprovalResponseResource, Tag("mcp_approval_response")],
        Annotated[CustomToolCall, Tag("custom_tool_call")],
        Annotated[CustomToolCallOutputResource, Tag("custom_tool_call_output")],
        Annotated[OutputItemUnknown, Tag("OutputItemUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _OutputItem_TAGS, "OutputItemUnknown")),
]
