# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional
from typing_extensions import Annotated

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .computer_call_safety_check_param import ComputerCallSafetyCheckParam
from .computer_screenshot_image import ComputerScreenshotImage
from .function_call_item_status import FunctionCallItemStatus

__all__ = ["ComputerCallOutputItemParam"]


class ComputerCallOutputItemParam(BaseModel):
    id: Optional[str] = None

    call_id: Annotated[str, FieldInfo(min_length=1, max_length=64)]

    type: Literal["computer_call_output"]

    output: ComputerScreenshotImage

    acknowledged_safety_checks: Optional[List[ComputerCallSafetyCheckParam]] = None

    status: Optional[FunctionCallItemStatus] = None
