# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .click_button_type import ClickButtonType

__all__ = ["ClickParam"]


class ClickParam(BaseModel):
    type: Literal["click"]

    button: ClickButtonType

    x: int

    y: int

    keys: Optional[List[str]] = None
