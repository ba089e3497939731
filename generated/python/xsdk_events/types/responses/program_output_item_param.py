# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal
from typing_extensions import Annotated

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .program_output_item_status import ProgramOutputItemStatus

__all__ = ["ProgramOutputItemParam"]


class ProgramOutputItemParam(BaseModel):
    id: str

    type: Literal["program_output"]

    call_id: Annotated[str, FieldInfo(min_length=1, max_length=64)]

    result: Annotated[str, FieldInfo(max_length=10485760)]

    status: ProgramOutputItemStatus
