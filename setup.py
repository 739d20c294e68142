"""Packaging for saypro-wagtail (import name ``saypro_wagtail``)."""

from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).resolve().parent

about = {}
exec((HERE / "saypro_wagtail" / "__version__.py").read_text(), about)

install_requires = [
    "wagtail>=8.0,<9.0",
    "wagtail-localize>=1.14.5,<2.0",
    "django-otp>=1.7,<2.0",
    # QR codes for authenticator apps (SVG, no image library needed).
    "qrcode>=7.4",
    "celery>=5.4,<6.0",
    "django-taggit>=6.0",
    "whitenoise>=6.6",
]

extras_require = {
    # Optional production pieces; the example site's production settings use them.
    "postgres": ["psycopg[binary]>=3.1"],
    "redis": ["redis>=5.0"],
}
extras_require["dev"] = [
    *extras_require["postgres"],
    *extras_require["redis"],
    "dj-database-url>=2.1",
    # The example site's Content-Security-Policy.
    "django-csp>=4.0,<5.0",
    "pytest>=8.0",
    "pytest-django>=4.8",
    "pytest-xdist>=3.5",
    "playwright>=1.45",
    "ruff>=0.6",
    "build>=1.2",
    "setuptools>=68",
    "wheel>=0.43",
]

setup(
    name="saypro-wagtail",
    version=about["__version__"],
    description=(
        "Reusable Wagtail apps: a multilingual help center, registration and profiles, "
        "support requests with messaging, and classified-ad moderation."
    ),
    long_description=(HERE / "README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    license="BSD-3-Clause",
    packages=find_packages(include=["saypro_wagtail", "saypro_wagtail.*"]),
    include_package_data=True,
    zip_safe=False,
    python_requires=">=3.11",
    install_requires=install_requires,
    extras_require=extras_require,
    classifiers=[
        "Framework :: Django",
        "Framework :: Django :: 5.2",
        "Framework :: Wagtail",
        "Framework :: Wagtail :: 8",
        "Programming Language :: Python :: 3",
        "Programming Language :: Python :: 3.11",
        "License :: OSI Approved :: BSD License",
    ],
)
