# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel
from .computer_environment import ComputerEnvironment

__all__ = ["ComputerUsePreviewTool"]


class ComputerUsePreviewTool(BaseModel):
    type: Literal["computer_use_preview"]

    environment: ComputerEnvironment

    display_width: int

    display_height: int
