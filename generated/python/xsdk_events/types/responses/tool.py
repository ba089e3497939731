# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Union
from typing_extensions import TypeAlias

from .apply_patch_tool_param import ApplyPatchToolParam
from .code_interpreter_tool import CodeInterpreterTool
from .computer_tool import ComputerTool
from .computer_use_preview_tool import ComputerUsePreviewTool
from .custom_tool_param import CustomToolParam
from .file_search_tool import FileSearchTool
from .function_shell_tool_param import FunctionShellToolParam
from .function_tool import FunctionTool
from .image_gen_tool import ImageGenTool
from .local_shell_tool_param import LocalShellToolParam
from .mcp_tool import MCPTool
from .namespace_tool_param import NamespaceToolParam
from .programmatic_tool_calling_param import ProgrammaticToolCallingParam
from .tool_search_tool_param import ToolSearchToolParam
from .web_search_preview_tool import WebSearchPreviewTool
from .web_search_tool import WebSearchTool

__all__ = ["Tool"]

Tool: TypeAlias = Union[FunctionTool, FileSearchTool, ComputerTool, ComputerUsePreviewTool, WebSearchTool, MCPTool, CodeInterpreterTool, ProgrammaticToolCallingParam, ImageGenTool, LocalShellToolParam, FunctionShellToolParam, CustomToolParam, NamespaceToolParam, ToolSearchToolParam, WebSearchPreviewTool, ApplyPatchToolParam]
