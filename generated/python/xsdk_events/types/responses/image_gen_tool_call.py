# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ImageGenToolCall"]


class ImageGenToolCall(BaseModel):
    __wire_required__ = frozenset({"result"})

    type: Literal["image_generation_call"]

    id: str

    status: Literal["in_progress", "completed", "generating", "failed"]

    result: Optional[str] = None
