# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel

__all__ = ["CodeInterpreterOutputLogs"]


class CodeInterpreterOutputLogs(BaseModel):
    type: Literal["logs"]

    logs: str
