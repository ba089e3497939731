# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Optional

from ..._models import BaseModel

__all__ = ["ShellCallOutputDelta"]


class ShellCallOutputDelta(BaseModel):
    __wire_not_null__ = frozenset({"stdout", "stderr"})

    stdout: Optional[str] = None

    stderr: Optional[str] = None
