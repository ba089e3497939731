# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseErrorEvent"]


class ResponseErrorEvent(BaseModel):
    __wire_required__ = frozenset({"code", "param"})

    type: Literal["error"]

    code: Optional[str] = None

    message: str

    param: Optional[str] = None

    sequence_number: int
