"""Who writes code: the generator contract (base.py), the template registry and its filters,
the views templates render from, and the four generators (database, backend, frontend, tests).
"""
