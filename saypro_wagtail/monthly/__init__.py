"""The monthly (or quarterly) report across the installed apps.

Each app contributes a :class:`~.sections.ReportSection` through the
``register_saypro_monthly_report_sections`` hook; an app that is not installed registers nothing
and is absent from the report. The admin view, the exports, the printable version, the saved
copies and the scheduled delivery only use that API.
"""
