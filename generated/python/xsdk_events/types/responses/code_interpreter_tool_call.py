# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional, Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..._models import BaseModel, tag_or_unknown
from .code_interpreter_output_image import CodeInterpreterOutputImage
from .code_interpreter_output_logs import CodeInterpreterOutputLogs

__all__ = ["CodeInterpreterToolCall", "Outputs", "OutputsUnknown"]

_Outputs_TAGS = frozenset({
    "logs",
    "image",
})


class OutputsUnknown(BaseModel):
    """The Outputs member for a `type` this version does not know; every field is kept as received."""

    type: str


Outputs: TypeAlias = Annotated[
    Union[
        Annotated[CodeInterpreterOutputLogs, Tag("logs")],
        Annotated[CodeInterpreterOutputImage, Tag("image")],
        Annotated[OutputsUnknown, Tag("OutputsUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _Outputs_TAGS, "OutputsUnknown")),
]


class CodeInterpreterToolCall(BaseModel):
    __wire_required__ = frozenset({"code", "outputs"})

    type: Literal["code_interpreter_call"]

    id: str

    status: Literal["in_progress", "completed", "incomplete", "interpreting", "failed"]

    container_id: str

    code: Optional[str] = None

    outputs: Optional[List[Outputs]] = None
