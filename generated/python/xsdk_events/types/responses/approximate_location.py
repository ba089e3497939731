# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ApproximateLocation"]


class ApproximateLocation(BaseModel):
    type: Literal["approximate"]

    country: Optional[str] = None

    region: Optional[str] = None

    city: Optional[str] = None

    timezone: Optional[str] = None
