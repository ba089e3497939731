# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing_extensions import Annotated

from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["ContainerNetworkPolicyDomainSecretParam"]


class ContainerNetworkPolicyDomainSecretParam(BaseModel):
    domain: Annotated[str, FieldInfo(min_length=1)]

    name: Annotated[str, FieldInfo(min_length=1)]

    value: Annotated[str, FieldInfo(min_length=1, max_length=10485760)]
