"""Python rules of the `advertising` family; one rule per module, registered with @register."""
