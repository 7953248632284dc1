"""Who reads requests: normalize → cache → rules → (LLM) → person.

Never imports the generators (sweas) or the orchestration (runs).
"""
