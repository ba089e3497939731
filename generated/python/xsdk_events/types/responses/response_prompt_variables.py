# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Dict, Optional, Union
from typing_extensions import TypeAlias

from .input_file_content import InputFileContent
from .input_image_content import InputImageContent
from .input_text_content import InputTextContent

__all__ = ["ResponsePromptVariables", "Value"]

Value: TypeAlias = Union[str, InputTextContent, InputImageContent, InputFileContent]

ResponsePromptVariables: TypeAlias = Optional[Dict[str, Value]]
