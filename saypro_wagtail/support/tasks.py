from celery import shared_task

from .alerts import send_sla_alerts


@shared_task(name="saypro_wagtail.support.send_sla_alerts", ignore_result=True)
def send_sla_alerts_task() -> int:
    """Every five minutes: tell supervisors about requests close to, or past, an SLA target."""
    return send_sla_alerts()
