# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .computer_call_safety_check_param import ComputerCallSafetyCheckParam
from .computer_screenshot_image import ComputerScreenshotImage

__all__ = ["ComputerToolCallOutput"]


class ComputerToolCallOutput(BaseModel):
    __wire_not_null__ = frozenset({"id", "acknowledged_safety_checks", "status"})

    type: Literal["computer_call_output"]

    id: Optional[str] = None

    call_id: str

    acknowledged_safety_checks: Optional[List[ComputerCallSafetyCheckParam]] = None

    output: ComputerScreenshotImage

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
