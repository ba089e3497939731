# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Optional

from ..._models import BaseModel

__all__ = ["ResponseLogProb", "TopLogprobs"]


class TopLogprobs(BaseModel):
    __wire_not_null__ = frozenset({"token", "logprob"})

    token: Optional[str] = None

    logprob: Optional[float] = None


class ResponseLogProb(BaseModel):
    __wire_not_null__ = frozenset({"top_logprobs"})

    token: str

    logprob: float

    top_logprobs: Optional[List[TopLogprobs]] = None
