"""Support requests: role-gated lifecycle, messaging, SLA and KPI reports."""
