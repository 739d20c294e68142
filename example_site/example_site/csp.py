"""The site's Content-Security-Policy (django-csp), with room for Wagtail's admin.

Public pages run only the site's own scripts (and scripts carrying the response's nonce). The
Wagtail admin still writes some inline scripts (inline panels, date pickers), so under its URL
prefix inline scripts are allowed too, and the dashboard's check for a newer Wagtail; every
other directive is the same.
"""

from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        if (
            request.path.startswith(ADMIN_PREFIXES)
            and getattr(response, "_csp_replace", None) is None
        ):
            response._csp_replace = {
                "script-src": [SELF, UNSAFE_INLINE],
                # Wagtail's dashboard asks whether a newer Wagtail is out.
                "connect-src": [SELF, "https://releases.wagtail.org"],
            }
        return super().get_policy_parts(request, response, report_only)
