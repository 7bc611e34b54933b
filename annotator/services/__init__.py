"""Services: everything the app does to a project, headless; the CLI and the window call these."""
