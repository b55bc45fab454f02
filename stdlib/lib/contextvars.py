"""Context variables (PEP 567): re-exports the _contextvars module."""

from _contextvars import Context, ContextVar, Token, copy_context

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
