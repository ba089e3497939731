# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel

__all__ = ["FileCitationBody"]


class FileCitationBody(BaseModel):
    type: Literal["file_citation"]

    file_id: str

    index: int

    filename: str
