# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List

from ..._models import BaseModel

__all__ = ["TopLogProb"]


class TopLogProb(BaseModel):
    token: str

    logprob: float

    bytes: List[int]
