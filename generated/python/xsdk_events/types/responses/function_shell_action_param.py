# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Optional

from ..._models import BaseModel

__all__ = ["FunctionShellActionParam"]


class FunctionShellActionParam(BaseModel):
    commands: List[str]

    timeout_ms: Optional[int] = None

    max_output_length: Optional[int] = None
