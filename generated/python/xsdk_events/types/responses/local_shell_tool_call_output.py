# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["LocalShellToolCallOutput"]


class LocalShellToolCallOutput(BaseModel):
    type: Literal["local_shell_call_output"]

    id: str

    output: str

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
