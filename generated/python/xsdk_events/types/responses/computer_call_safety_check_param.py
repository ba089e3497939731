# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Optional

from ..._models import BaseModel

__all__ = ["ComputerCallSafetyCheckParam"]


class ComputerCallSafetyCheckParam(BaseModel):
    id: str

    code: Optional[str] = None

    message: Optional[str] = None
