"""samverkan: kommunens och Polisens brottsförebyggande samverkan som YAML i git."""

__version__ = "0.1.0"
