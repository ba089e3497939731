# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel
from .response import Response

__all__ = ["ResponseCompletedEvent"]


class ResponseCompletedEvent(BaseModel):
    type: Literal["response.completed"]

    response: Response

    sequence_number: int
