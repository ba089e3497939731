# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ItemReferenceParam"]


class ItemReferenceParam(BaseModel):
    type: Optional[Literal["item_reference"]] = None

    id: str
