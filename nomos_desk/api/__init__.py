"""Qt-free async client for the Nomos API.

    from nomos_desk.api import NomosClient, F, errors, models

Nothing in this package imports Qt, so it runs in scripts, the index sync and tests
alike; the UI wraps it, never the other way round.
"""

from . import errors, filters, models, versions
from .auth import SecretUnavailable, Token
from .client import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, NomosClient
from .filters import F, Filter
from .http import BACKGROUND_RETRY, INTERACTIVE_RETRY, RetryNotice, RetryPolicy
from .models import Timestamp
from .pagination import MAX_LIMIT, Page, Pager
from .urls import check_url
from .versions import CURIE, DEFAULT_VERSION, EDISON, VERSIONS, ApiVersion, get_version

__all__ = [
    "BACKGROUND_RETRY", "INTERACTIVE_RETRY", "CURIE", "DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "DEFAULT_VERSION", "EDISON", "MAX_LIMIT",
    "VERSIONS", "ApiVersion", "F", "Filter", "NomosClient", "Page", "Pager", "RetryNotice",
    "RetryPolicy", "SecretUnavailable", "Timestamp", "Token", "check_url", "errors", "filters", "get_version",
    "models", "versions",
]
