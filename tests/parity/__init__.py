"""Groups, connections, destinations and webhooks: Fivetrex parity and sync semantics (issue 4)."""
