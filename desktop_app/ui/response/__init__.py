"""Response viewer: the status line, error card, JSON tree and raw text of one API result."""

from desktop_app.ui.response.error_card import ErrorCard
from desktop_app.ui.response.json_model import PATH_ROLE, VALUE_ROLE, JsonTreeModel
from desktop_app.ui.response.view import ResponseView

__all__ = ["PATH_ROLE", "VALUE_ROLE", "ErrorCard", "JsonTreeModel", "ResponseView"]
