"""What every client shares: credentials, base URL, signing and the HTTP call."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

import httpx

from ._errors import ApiError, TransportError
from ._fields import Endpoint, encode_fields
from ._signing import signed_headers

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded;charset=utf-8"
DEFAULT_TIMEOUT = 15.0


def _credential(value: str | None, variable: str, argument: str) -> str:
    value = value if value is not None else os.environ.get(variable)
    if not value:
        raise ValueError(f"{argument} is missing: pass {argument}= or set the {variable} environment variable")
    return value


class BaseClient:
    """Holds the credentials and the connection; generated clients add the groups."""

    _servers: Mapping[str, str] = {}
    _meanings: Mapping[int, str] = {}
    _user_agent = "nimserver-python"

    def __init__(
        self,
        app_key: str | None = None,
        app_secret: str | None = None,
        *,
        region: str = "cn",
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._app_key = _credential(app_key, "NIM_APP_KEY", "app_key")
        self._app_secret = _credential(app_secret, "NIM_APP_SECRET", "app_secret")
        if base_url is None:
            if region not in self._servers:
                choices = ", ".join(repr(name) for name in self._servers)
                raise ValueError(f"region must be one of {choices}, got {region!r}")
            base_url = self._servers[region]
        self.region = region
        self.base_url = base_url.rstrip("/")
        self._owns_http_client = http_client is None
        self._http = http_client if http_client is not None else httpx.Client(timeout=timeout)
        self._timeout = timeout

    def __repr__(self) -> str:
        return f"{type(self).__name__}(app_key={self._app_key!r}, base_url={self.base_url!r})"

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool, unless it belongs to the caller's http_client."""
        if self._owns_http_client:
            self._http.close()

    def _call(self, endpoint: Endpoint, values: Mapping[str, object]) -> Any:
        """Send one request and return the body of a successful answer."""
        form, files = encode_fields(endpoint, values)
        headers = signed_headers(self._app_key, self._app_secret)
        headers["User-Agent"] = self._user_agent
        url = f"{self.base_url}/{endpoint.path}"
        try:
            if endpoint.multipart:
                response = self._http.post(url, data=form, files=files, headers=headers, timeout=self._timeout)
            else:
                headers["Content-Type"] = FORM_CONTENT_TYPE
                body = urlencode(form).encode("ascii")
                response = self._http.post(url, content=body, headers=headers, timeout=self._timeout)
        except httpx.HTTPError as error:
            raise TransportError(f"{type(error).__name__}: {error}", endpoint=endpoint.path) from None
        return _parse(endpoint.path, response, self._meanings)


def _parse(endpoint: str, response: httpx.Response, meanings: Mapping[int, str]) -> dict[str, Any]:
    if response.status_code != 200:
        raise TransportError(f"HTTP status {response.status_code}", endpoint=endpoint)
    try:
        body = json.loads(response.content)
    except ValueError:
        raise TransportError("the response is not JSON", endpoint=endpoint) from None
    if not isinstance(body, dict) or not isinstance(body.get("code"), int):
        raise TransportError("the response is not a JSON object with an integer code", endpoint=endpoint)
    code = body["code"]
    if code != 200:
        desc = body.get("desc")
        raise ApiError(
            code=code,
            desc=desc if isinstance(desc, str) else json.dumps(desc, ensure_ascii=False),
            body=body,
            endpoint=endpoint,
            meaning=meanings.get(code),
        )
    return body
