# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal

from ..._models import BaseModel
from .annotation import Annotation
from .log_prob import LogProb

__all__ = ["OutputTextContent"]


class OutputTextContent(BaseModel):
    type: Literal["output_text"]

    text: str

    annotations: List[Annotation]

    logprobs: List[LogProb]
