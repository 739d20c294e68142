"""Celery task of the monthly report (beat entry in :mod:`saypro_wagtail.schedules`)."""

from celery import shared_task


@shared_task(name="saypro_wagtail.send_monthly_report", ignore_result=True)
def send_monthly_report() -> int:
    """Daily: on or after ``SAYPRO_MONTHLY_REPORT_DAY``, e-mail last month's report once."""
    from .delivery import send_monthly_report as send

    return send()
