# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel

__all__ = ["ApplyPatchDeleteFileOperation"]


class ApplyPatchDeleteFileOperation(BaseModel):
    type: Literal["delete_file"]

    path: str
