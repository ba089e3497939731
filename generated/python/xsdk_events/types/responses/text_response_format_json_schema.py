# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .response_format_json_schema_schema import ResponseFormatJsonSchemaSchema

__all__ = ["TextResponseFormatJsonSchema"]


class TextResponseFormatJsonSchema(BaseModel):
    __wire_not_null__ = frozenset({"description"})

    type: Literal["json_schema"]

    description: Optional[str] = None

    name: str

    schema_: ResponseFormatJsonSchemaSchema = FieldInfo(alias="schema")

    strict: Optional[bool] = None
