"""Dates the way Swedish documents write them: "15 mars 2021" (and "15 March 2021" with `--lang en`).

The month names live in the message catalog like every other word; this module is the name documents and
templates import them by.
"""

from samverkan.catalog import long_date, month_name

__all__ = ["long_date", "month_name"]
