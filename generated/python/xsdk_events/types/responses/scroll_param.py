# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional

from ..._models import BaseModel

__all__ = ["ScrollParam"]


class ScrollParam(BaseModel):
    type: Literal["scroll"]

    x: int

    y: int

    scroll_x: int

    scroll_y: int

    keys: Optional[List[str]] = None
