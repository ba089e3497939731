# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from ..._models import BaseModel
from .response_error_code import ResponseErrorCode

__all__ = ["ResponseError"]


class ResponseError(BaseModel):
    code: ResponseErrorCode

    message: str
