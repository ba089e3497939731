# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel
from .response import Response

__all__ = ["ResponseCreatedEvent"]


class ResponseCreatedEvent(BaseModel):
    type: Literal["response.created"]

    response: Response

    sequence_number: int
