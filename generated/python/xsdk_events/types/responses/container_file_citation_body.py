# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel

__all__ = ["ContainerFileCitationBody"]


class ContainerFileCitationBody(BaseModel):
    type: Literal["container_file_citation"]

    container_id: str

    file_id: str

    start_index: int

    end_index: int

    filename: str
