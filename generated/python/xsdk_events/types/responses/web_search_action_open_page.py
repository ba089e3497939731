# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["WebSearchActionOpenPage"]


class WebSearchActionOpenPage(BaseModel):
    type: Literal["open_page"]

    url: Optional[str] = None
