# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseShellCallCommandDeltaEvent"]


class ResponseShellCallCommandDeltaEvent(BaseModel):
    __wire_not_null__ = frozenset({"obfuscation"})

    type: Literal["response.shell_call_command.delta"]

    sequence_number: int

    output_index: int

    command_index: int

    delta: str

    obfuscation: Optional[str] = None
