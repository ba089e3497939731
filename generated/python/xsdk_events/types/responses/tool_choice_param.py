# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Union
from typing_extensions import TypeAlias

from .specific_apply_patch_param import SpecificApplyPatchParam
from .specific_function_shell_param import SpecificFunctionShellParam
from .specific_programmatic_tool_calling_param import SpecificProgrammaticToolCallingParam
from .tool_choice_allowed import ToolChoiceAllowed
from .tool_choice_custom import ToolChoiceCustom
from .tool_choice_function import ToolChoiceFunction
from .tool_choice_mcp import ToolChoiceMCP
from .tool_choice_options import ToolChoiceOptions
from .tool_choice_types import ToolChoiceTypes

__all__ = ["ToolChoiceParam"]

ToolChoiceParam: TypeAlias = Union[ToolChoiceOptions, ToolChoiceAllowed, ToolChoiceTypes, ToolChoiceFunction, ToolChoiceMCP, ToolChoiceCustom, SpecificProgrammaticToolCallingParam, SpecificApplyPatchParam, SpecificFunctionShellParam]
