# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Dict, List, Literal, Optional

from ..._models import BaseModel

__all__ = ["LocalShellExecAction"]


class LocalShellExecAction(BaseModel):
    type: Literal["exec"]

    command: List[str]

    timeout_ms: Optional[int] = None

    working_directory: Optional[str] = None

    env: Dict[str, str]

    user: Optional[str] = None
