# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional, Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Field as FieldInfo, Tag

from ..._models import BaseModel, tag_or_unknown
from .callable_tool_allowed_caller import CallableToolAllowedCaller
from .container_auto_param import ContainerAutoParam
from .container_reference_param import ContainerReferenceParam
from .local_environment_param import LocalEnvironmentParam

__all__ = ["FunctionShellToolParam", "Environment", "EnvironmentUnknown"]

_Environment_TAGS = frozenset({
    "container_auto",
    "local",
    "container_reference",
})


class EnvironmentUnknown(BaseModel):
    """The Environment member for a `type` this version does not know; every field is kept as received."""

    type: str


Environment: TypeAlias = Annotated[
    Union[
        Annotated[ContainerAutoParam, Tag("container_auto")],
        Annotated[LocalEnvironmentParam, Tag("local")],
        Annotated[ContainerReferenceParam, Tag("container_reference")],
        Annotated[EnvironmentUnknown, Tag("EnvironmentUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _Environment_TAGS, "EnvironmentUnknown")),
]


class FunctionShellToolParam(BaseModel):
    type: Literal["shell"]

    environment: Optional[Environment] = None

    allowed_callers: Optional[Annotated[List[CallableToolAllowedCaller], FieldInfo(min_length=1)]] = None
