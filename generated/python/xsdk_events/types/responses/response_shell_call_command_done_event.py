# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseShellCallCommandDoneEvent"]


class ResponseShellCallCommandDoneEvent(BaseModel):
    type: Literal["response.shell_call_command.done"]

    sequence_number: int

    output_index: int

    command_index: int

    command: str
