# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel
from .program_output_status import ProgramOutputStatus

__all__ = ["ProgramOutput"]


class ProgramOutput(BaseModel):
    type: Literal["program_output"]

    id: str

    call_id: str

    result: str

    status: ProgramOutputStatus
