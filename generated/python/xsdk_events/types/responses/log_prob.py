# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List

from ..._models import BaseModel
from .top_log_prob import TopLogProb

__all__ = ["LogProb"]


class LogProb(BaseModel):
    token: str

    logprob: float

    bytes: List[int]

    top_logprobs: List[TopLogProb]
