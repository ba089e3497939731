# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..._models import BaseModel, tag_or_unknown
from .input_file_content import InputFileContent
from .input_image_content import InputImageContent
from .input_text_content import InputTextContent

__all__ = ["FunctionAndCustomToolCallOutput", "FunctionAndCustomToolCallOutputUnknown"]

_FunctionAndCustomToolCallOutput_TAGS = frozenset({
    "input_text",
    "input_image",
    "input_file",
})


class FunctionAndCustomToolCallOutputUnknown(BaseModel):
    """The FunctionAndCustomToolCallOutput member for a `type` this version does not know; every field is kept as received."""

    type: str


FunctionAndCustomToolCallOutput: TypeAlias = Annotated[
    Union[
        Annotated[InputTextContent, Tag("input_text")],
        Annotated[InputImageContent, Tag("input_image")],
        Annotated[InputFileContent, Tag("input_file")],
        Annotated[FunctionAndCustomToolCallOutputUnknown, Tag("FunctionAndCustomToolCallOutputUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _FunctionAndCustomToolCallOutput_TAGS, "FunctionAndCustomToolCallOutputUnknown")),
]
