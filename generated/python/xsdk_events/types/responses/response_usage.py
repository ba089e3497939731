# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from ..._models import BaseModel

__all__ = ["ResponseUsage", "InputTokensDetails", "OutputTokensDetails"]


class InputTokensDetails(BaseModel):
    cached_tokens: int

    cache_write_tokens: int


class OutputTokensDetails(BaseModel):
    reasoning_tokens: int


class ResponseUsage(BaseModel):
    input_tokens: int

    input_tokens_details: InputTokensDetails

    output_tokens: int

    output_tokens_details: OutputTokensDetails

    total_tokens: int
