# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional

from ..._models import BaseModel

__all__ = ["MoveParam"]


class MoveParam(BaseModel):
    type: Literal["move"]

    x: int

    y: int

    keys: Optional[List[str]] = None
