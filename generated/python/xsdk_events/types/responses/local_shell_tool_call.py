# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel
from .local_shell_exec_action import LocalShellExecAction

__all__ = ["LocalShellToolCall"]


class LocalShellToolCall(BaseModel):
    type: Literal["local_shell_call"]

    id: str

    call_id: str

    action: LocalShellExecAction

    status: Literal["in_progress", "completed", "incomplete"]
