"""The web workbench (`marsad serve`): FastAPI pages and JSON API over the store interface and the
shared views. May import: store (interface), views, render, document. Never imports commands/."""
