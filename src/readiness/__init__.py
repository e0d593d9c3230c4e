"""readiness: self-assessment against INTERPOL's 2020 report on COVID-19 and online CSEA."""

__version__ = "1.0.0"
