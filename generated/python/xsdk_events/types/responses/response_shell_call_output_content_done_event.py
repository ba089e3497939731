# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal

from ..._models import BaseModel
from .function_shell_call_output_content import FunctionShellCallOutputContent

__all__ = ["ResponseShellCallOutputContentDoneEvent"]


class ResponseShellCallOutputContentDoneEvent(BaseModel):
    type: Literal["response.shell_call_output_content.done"]

    sequence_number: int

    item_id: str

    output_index: int

    command_index: int

    output: List[FunctionShellCallOutputContent]
