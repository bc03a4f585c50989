"""Type-checked by tests/test_package.py against the installed package: the callback apps mounted in the
web frameworks the package README shows, as its examples do. Every line must pass `mypy --strict`."""

from fastapi import FastAPI
from flask import Flask
from starlette.applications import Starlette
from starlette.routing import Mount
from werkzeug.middleware.dispatcher import DispatcherMiddleware

from nimserver import callbacks


def store(event: callbacks.AnyEvent) -> callbacks.Answer:
    return None


async def store_later(event: callbacks.AnyEvent) -> callbacks.Answer:
    return None


fastapi_app = FastAPI()
fastapi_app.mount("/nim", callbacks.asgi_app(store_later, app_secret="secret"))
starlette_app = Starlette(routes=[Mount("/nim", app=callbacks.asgi_app(store, app_secret="secret"))])
flask_app = Flask(__name__)
flask_app.wsgi_app = DispatcherMiddleware(  # type: ignore[method-assign]
    flask_app.wsgi_app, {"/nim": callbacks.wsgi_app(store, app_secret="secret")}
)
