"""Chinese Text Annotator: close reading and qualitative coding of Chinese historical texts."""

APP_NAME = "Chinese Text Annotator"
APP_ID = "chinese-text-annotator"
__version__ = "0.1.0"
