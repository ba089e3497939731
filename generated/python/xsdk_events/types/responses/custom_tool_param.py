# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional, Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Field as FieldInfo, Tag

from ..._models import BaseModel, tag_or_unknown
from .callable_tool_allowed_caller import CallableToolAllowedCaller
from .custom_grammar_format_param import CustomGrammarFormatParam
from .custom_text_format_param import CustomTextFormatParam

__all__ = ["CustomToolParam", "Format", "FormatUnknown"]

_Format_TAGS = frozenset({
    "text",
    "grammar",
})


class FormatUnknown(BaseModel):
    """The Format member for a `type` this version does not know; every field is kept as received."""

    type: str


Format: TypeAlias = Annotated[
    Union[
        Annotated[CustomTextFormatParam, Tag("text")],
        Annotated[CustomGrammarFormatParam, Tag("grammar")],
        Annotated[FormatUnknown, Tag("FormatUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _Format_TAGS, "FormatUnknown")),
]


class CustomToolParam(BaseModel):
    __wire_not_null__ = frozenset({"description", "format", "defer_loading"})

    type: Literal["custom"]

    name: str

    description: Optional[str] = None

    format: Optional[Format] = None

    defer_loading: Optional[bool] = None

    allowed_callers: Optional[Annotated[List[CallableToolAllowedCaller], FieldInfo(min_length=1)]] = None
