# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..._models import BaseModel, tag_or_unknown
from .response_format_json_object import ResponseFormatJsonObject
from .response_format_text import ResponseFormatText
from .text_response_format_json_schema import TextResponseFormatJsonSchema

__all__ = ["TextResponseFormatConfiguration", "TextResponseFormatConfigurationUnknown"]

_TextResponseFormatConfiguration_TAGS = frozenset({
    "text",
    "json_schema",
    "json_object",
})


class TextResponseFormatConfigurationUnknown(BaseModel):
    """The TextResponseFormatConfiguration member for a `type` this version does not know; every field is kept as received."""

    type: str


TextResponseFormatConfiguration: TypeAlias = Annotated[
    Union[
        Annotated[ResponseFormatText, Tag("text")],
        Annotated[TextResponseFormatJsonSchema, Tag("json_schema")],
        Annotated[ResponseFormatJsonObject, Tag("json_object")],
        Annotated[TextResponseFormatConfigurationUnknown, Tag("TextResponseFormatConfigurationUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _TextResponseFormatConfiguration_TAGS, "TextResponseFormatConfigurationUnknown")),
]
