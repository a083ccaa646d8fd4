# syntax=docker/dockerfile:1
# Build: docker build -t checkpost .   Migrate: docker run --rm checkpost checkpost db upgrade
FROM python:3.11-slim AS build
WORKDIR /app
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH PIP_DISABLE_PIP_VERSION_CHECK=1
# torch first, CPU build only, so nothing can pull a CUDA build.
RUN pip install --no-cache-dir torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu
COPY pyproject.toml README.md ./
COPY bot bot
COPY coaching coaching
COPY models models
COPY migrations migrations
COPY alembic.ini ./
RUN pip install --no-cache-dir .
# The classifier is prepared at build time: a container never trains when it starts.
RUN CHECKPOST_VAR_DIR=/app/var checkpost model prepare

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 checkpost
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY --from=build --chown=checkpost /app /app
ENV PATH=/opt/venv/bin:$PATH CHECKPOST_VAR_DIR=/app/var CHECKPOST_HOST=0.0.0.0 \
    CHECKPOST_ENV=production PYTHONUNBUFFERED=1
USER checkpost
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=60s \
  CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz').status != 200)"
CMD ["checkpost", "serve"]
