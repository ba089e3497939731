# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseCustomToolCallInputDeltaEvent"]


class ResponseCustomToolCallInputDeltaEvent(BaseModel):
    type: Literal["response.custom_tool_call_input.delta"]

    sequence_number: int

    output_index: int

    item_id: str

    delta: str
