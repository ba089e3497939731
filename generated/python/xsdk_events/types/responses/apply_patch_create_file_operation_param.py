# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal
from typing_extensions import Annotated

from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["ApplyPatchCreateFileOperationParam"]


class ApplyPatchCreateFileOperationParam(BaseModel):
    type: Literal["create_file"]

    path: Annotated[str, FieldInfo(min_length=1)]

    diff: Annotated[str, FieldInfo(max_length=10485760)]
