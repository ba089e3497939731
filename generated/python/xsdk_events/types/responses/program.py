# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel

__all__ = ["Program"]


class Program(BaseModel):
    type: Literal["program"]

    id: str

    call_id: str

    code: str

    fingerprint: str
