# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .computer_call_output_status import ComputerCallOutputStatus
from .computer_call_safety_check_param import ComputerCallSafetyCheckParam
from .computer_screenshot_image import ComputerScreenshotImage

__all__ = ["ComputerToolCallOutputResource"]


class ComputerToolCallOutputResource(BaseModel):
    __wire_not_null__ = frozenset({"acknowledged_safety_checks", "created_by"})

    type: Literal["computer_call_output"]

    id: str

    call_id: str

    acknowledged_safety_checks: Optional[List[ComputerCallSafetyCheckParam]] = None

    output: ComputerScreenshotImage

    status: ComputerCallOutputStatus

    created_by: Optional[str] = None
