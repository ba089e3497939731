# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal

from ..._models import BaseModel

__all__ = ["KeyPressAction"]


class KeyPressAction(BaseModel):
    type: Literal["keypress"]

    keys: List[str]
