# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel

__all__ = ["UrlCitationBody"]


class UrlCitationBody(BaseModel):
    type: Literal["url_citation"]

    url: str

    start_index: int

    end_index: int

    title: str
