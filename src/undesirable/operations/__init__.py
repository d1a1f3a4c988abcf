"""Operations: one typed function per user question, called by the CLI, the HTTP API and the web pages.

A face (``cli``, ``api``, ``web``) parses its input, calls one operation and renders the result
it returns (terminal text, JSON, HTML). An operation may use the registry core
(``undesirable.registry``), following (``undesirable.following``) and proof
(``undesirable.proof``); none of those imports an operation, and no operation imports a face.
"""
