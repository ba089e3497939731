# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional, Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Field as FieldInfo, Tag

from ..._models import BaseModel, tag_or_unknown
from .container_reference_param import ContainerReferenceParam
from .function_shell_action_param import FunctionShellActionParam
from .function_shell_call_item_status import FunctionShellCallItemStatus
from .local_environment_param import LocalEnvironmentParam
from .tool_call_caller_param import ToolCallCallerParam

__all__ = ["FunctionShellCallItemParam", "Environment", "EnvironmentUnknown"]

_Environment_TAGS = frozenset({
    "local",
    "container_reference",
})


class EnvironmentUnknown(BaseModel):
    """The Environment member for a `type` this version does not know; every field is kept as received."""

    type: str


Environment: TypeAlias = Annotated[
    Union[
        Annotated[LocalEnvironmentParam, Tag("local")],
        Annotated[ContainerReferenceParam, Tag("container_reference")],
        Annotated[EnvironmentUnknown, Tag("EnvironmentUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _Environment_TAGS, "EnvironmentUnknown")),
]


class FunctionShellCallItemParam(BaseModel):
    id: Optional[str] = None

    call_id: Annotated[str, FieldInfo(min_length=1, max_length=64)]

    caller: Optional[ToolCallCallerParam] = None

    type: Literal["shell_call"]

    action: FunctionShellActionParam

    status: Optional[FunctionShellCallItemStatus] = None

    environment: Optional[Environment] = None
