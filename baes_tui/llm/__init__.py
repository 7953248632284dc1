"""The optional second reader and writer: an OpenAI-compatible client and its prompts."""
