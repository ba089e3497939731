# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Optional

from ..._models import BaseModel
from .text_response_format_configuration import TextResponseFormatConfiguration
from .verbosity import Verbosity

__all__ = ["ResponseTextParam"]


class ResponseTextParam(BaseModel):
    __wire_not_null__ = frozenset({"format"})

    format: Optional[TextResponseFormatConfiguration] = None

    verbosity: Optional[Verbosity] = None
