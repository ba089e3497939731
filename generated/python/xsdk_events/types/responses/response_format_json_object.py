# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseFormatJsonObject"]


class ResponseFormatJsonObject(BaseModel):
    type: Literal["json_object"]
