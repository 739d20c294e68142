"""Example site pages served in-process through Django's test client (one process, no server)."""

from django.test import Client

from bench.measure import queries, requests_per_second


def run():
    client = Client()

    def home():
        response = client.get("/en/")
        assert response.status_code == 200, response.status_code

    def contact():
        response = client.get("/en/contact/")
        assert response.status_code == 200, response.status_code

    return [
        ("home page: SQL queries per request", queries(home), "queries"),
        ("home page: throughput", requests_per_second(home), "req/s"),
        ("contact form page: SQL queries per request", queries(contact), "queries"),
        ("contact form page: throughput", requests_per_second(contact), "req/s"),
    ]
