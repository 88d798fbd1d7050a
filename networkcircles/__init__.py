"""networkcircles: your job-search network as concentric circles."""

__version__ = "0.1.0"
