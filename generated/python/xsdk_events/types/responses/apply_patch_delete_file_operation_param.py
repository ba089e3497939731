# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal
from typing_extensions import Annotated

from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["ApplyPatchDeleteFileOperationParam"]


class ApplyPatchDeleteFileOperationParam(BaseModel):
    type: Literal["delete_file"]

    path: Annotated[str, FieldInfo(min_length=1)]
