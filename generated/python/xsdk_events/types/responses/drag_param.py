# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .coord_param import CoordParam

__all__ = ["DragParam"]


class DragParam(BaseModel):
    type: Literal["drag"]

    path: List[CoordParam]

    keys: Optional[List[str]] = None
