"""Generates the nimserver client package from the OpenAPI description in spec/."""
