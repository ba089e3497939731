# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal
from typing_extensions import Annotated

from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["ProgramItemParam"]


class ProgramItemParam(BaseModel):
    id: str

    type: Literal["program"]

    call_id: Annotated[str, FieldInfo(min_length=1, max_length=64)]

    code: Annotated[str, FieldInfo(max_length=10485760)]

    fingerprint: Annotated[str, FieldInfo(max_length=10485760)]
