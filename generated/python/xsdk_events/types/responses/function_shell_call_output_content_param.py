# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing_extensions import Annotated

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .function_shell_call_output_outcome_param import FunctionShellCallOutputOutcomeParam

__all__ = ["FunctionShellCallOutputContentParam"]


class FunctionShellCallOutputContentParam(BaseModel):
    stdout: Annotated[str, FieldInfo(max_length=10485760)]

    stderr: Annotated[str, FieldInfo(max_length=10485760)]

    outcome: FunctionShellCallOutputOutcomeParam
