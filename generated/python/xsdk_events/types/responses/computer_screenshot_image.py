# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ComputerScreenshotImage"]


class ComputerScreenshotImage(BaseModel):
    __wire_not_null__ = frozenset({"image_url", "file_id"})

    type: Literal["computer_screenshot"]

    image_url: Optional[str] = None

    file_id: Optional[str] = None
