"""The vocabulary every layer shares: models, events, errors, names, config, results.

It imports nothing else of baes, so any layer may use it and it never pulls a layer in.
"""
