# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseMcpCallArgumentsDoneEvent"]


class ResponseMcpCallArgumentsDoneEvent(BaseModel):
    type: Literal["response.mcp_call_arguments.done"]

    output_index: int

    item_id: str

    arguments: str

    sequence_number: int
