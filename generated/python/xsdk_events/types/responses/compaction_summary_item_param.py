# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional
from typing_extensions import Annotated

from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["CompactionSummaryItemParam"]


class CompactionSummaryItemParam(BaseModel):
    id: Optional[str] = None

    type: Literal["compaction"]

    encrypted_content: Annotated[str, FieldInfo(max_length=20971520)]
