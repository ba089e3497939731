# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal
from typing_extensions import Annotated

from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["ProgramToolCallCallerParam"]


class ProgramToolCallCallerParam(BaseModel):
    type: Literal["program"]

    caller_id: Annotated[str, FieldInfo(min_length=1, max_length=64)]
