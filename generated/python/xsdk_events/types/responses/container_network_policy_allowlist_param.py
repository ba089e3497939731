# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional
from typing_extensions import Annotated

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .container_network_policy_domain_secret_param import ContainerNetworkPolicyDomainSecretParam

__all__ = ["ContainerNetworkPolicyAllowlistParam"]


class ContainerNetworkPolicyAllowlistParam(BaseModel):
    __wire_not_null__ = frozenset({"domain_secrets"})

    type: Literal["allowlist"]

    allowed_domains: Annotated[List[str], FieldInfo(min_length=1)]

    domain_secrets: Optional[Annotated[List[ContainerNetworkPolicyDomainSecretParam], FieldInfo(min_length=1)]] = None
