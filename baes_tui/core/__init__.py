"""The core: recognition, planning, execution and state. It never imports a screen."""
