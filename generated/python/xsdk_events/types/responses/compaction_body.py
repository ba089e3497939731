# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["CompactionBody"]


class CompactionBody(BaseModel):
    __wire_not_null__ = frozenset({"created_by"})

    type: Literal["compaction"]

    id: str

    encrypted_content: str

    created_by: Optional[str] = None
