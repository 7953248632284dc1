"""Who conducts a run: planning, the dependency graph, the wave kernel, the TechLead, the
generated-test runner, the project folder and its state, metrics.

Uses recognition's results, the generators (sweas) and the judges (validation); nothing below
imports it.
"""
