# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel
from .shell_call_output_delta import ShellCallOutputDelta

__all__ = ["ResponseShellCallOutputContentDeltaEvent"]


class ResponseShellCallOutputContentDeltaEvent(BaseModel):
    type: Literal["response.shell_call_output_content.delta"]

    sequence_number: int

    item_id: str

    output_index: int

    command_index: int

    delta: ShellCallOutputDelta
