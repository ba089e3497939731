# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional, Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .auto_code_interpreter_tool_param import AutoCodeInterpreterToolParam
from .callable_tool_allowed_caller import CallableToolAllowedCaller

__all__ = ["CodeInterpreterTool", "Container"]

Container: TypeAlias = Union[str, AutoCodeInterpreterToolParam]


class CodeInterpreterTool(BaseModel):
    type: Literal["code_interpreter"]

    container: Container

    allowed_callers: Optional[Annotated[List[CallableToolAllowedCaller], FieldInfo(min_length=1)]] = None
