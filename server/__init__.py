"""kg web server."""
