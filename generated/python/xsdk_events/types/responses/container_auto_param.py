# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional, Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Field as FieldInfo, Tag

from ..._models import BaseModel, tag_or_unknown
from .container_memory_limit import ContainerMemoryLimit
from .container_network_policy_allowlist_param import ContainerNetworkPolicyAllowlistParam
from .container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam
from .inline_skill_param import InlineSkillParam
from .skill_reference_param import SkillReferenceParam

__all__ = ["ContainerAutoParam", "NetworkPolicy", "Skills", "NetworkPolicyUnknown", "SkillsUnknown"]

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

_Skills_TAGS = frozenset({
    "skill_reference",
    "inline",
})


class SkillsUnknown(BaseModel):
    """The Skills member for a `type` this version does not know; every field is kept as received."""

    type: str


Skills: TypeAlias = Annotated[
    Union[
        Annotated[SkillReferenceParam, Tag("skill_reference")],
        Annotated[InlineSkillParam, Tag("inline")],
        Annotated[SkillsUnknown, Tag("SkillsUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _Skills_TAGS, "SkillsUnknown")),
]


class ContainerAutoParam(BaseModel):
    __wire_not_null__ = frozenset({"file_ids", "network_policy", "skills"})

    type: Literal["container_auto"]

    file_ids: Optional[Annotated[List[str], FieldInfo(max_length=50)]] = None

    memory_limit: Optional[ContainerMemoryLimit] = None

    network_policy: Optional[NetworkPolicy] = None

    skills: Optional[Annotated[List[Skills], FieldInfo(max_length=200)]] = None
