"""OfficeDesk (机关办公桌面): the registries of a general office."""

__version__ = "0.1.0"
APP_NAME = "OfficeDesk"
APP_AUTHOR = "OfficeDesk"
