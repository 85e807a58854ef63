"""claims-extractor: quantitative claims from ML paper abstracts, as validated records."""

__version__ = "0.1.0"
