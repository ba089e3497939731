# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional, Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Field as FieldInfo, Tag

from ..._models import BaseModel, tag_or_unknown
from .container_memory_limit import ContainerMemoryLimit
from .container_network_policy_allowlist_param import ContainerNetworkPolicyAllowlistParam
from .container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam

__all__ = ["AutoCodeInterpreterToolParam", "NetworkPolicy", "NetworkPolicyUnknown"]

_NetworkPolicy_TAGS = frozenset({
    "disabled",
    "allowlist",
})


class NetworkPolicyUnknown(BaseModel):
    """The NetworkPolicy member for a `type` this version does not know; every field is kept as received."""

    type: str


NetworkPolicy: TypeAlias = Annotated[
    Union[
        Annotated[ContainerNetworkPolicyDisabledParam, Tag("disabled")],
        Annotated[ContainerNetworkPolicyAllowlistParam, Tag("allowlist")],
        Annotated[NetworkPolicyUnknown, Tag("NetworkPolicyUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _NetworkPolicy_TAGS, "NetworkPolicyUnknown")),
]


class AutoCodeInterpreterToolParam(BaseModel):
    __wire_not_null__ = frozenset({"file_ids", "network_policy"})

    type: Literal["auto"]

    file_ids: Optional[Annotated[List[str], FieldInfo(max_length=50)]] = None

    memory_limit: Optional[ContainerMemoryLimit] = None

    network_policy: Optional[NetworkPolicy] = None
