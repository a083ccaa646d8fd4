# syntax=docker/dockerfile:1
# checkpost image: the classifier is prepared at build time, so a container never trains.
#   docker build -t checkpost .                     (first build: ~15 min of training on 2 cores)
#   docker run --rm --env-file .env checkpost checkpost db upgrade    (one-shot, before serving)
#   docker run --env-file .env -p 8000:8000 checkpost
# scripts/smoke-image.sh runs the same steps without Docker; docs/deploy.md explains the rest.

FROM python:3.11-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1 PYTHONDONTWRITEBYTECODE=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
# torch first, CPU build only, so nothing installed after it can pull a CUDA build.
RUN pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot bot
COPY coaching coaching
COPY models models
# Not editable: the image runs the installed wheel (migrations ship inside bot/).
RUN pip install .
# Prepare the classifier into /app/var/models, then drop the development secret that
# `checkpost` writes when none is set: no key is ever baked into the image.
WORKDIR /app
RUN CHECKPOST_VAR_DIR=/app/var checkpost model prepare \
 && rm -f /app/var/secret_key

FROM python:3.11-slim-bookworm
RUN useradd --create-home --uid 10001 --user-group checkpost
COPY --from=build /opt/venv /opt/venv
# The models belong to root (read-only for the app); the rest of var/ is the app's.
COPY --from=build /app/var/models /app/var/models
RUN chown checkpost:checkpost /app/var
WORKDIR /app
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    HF_HUB_OFFLINE=1 \
    CHECKPOST_ENV=production \
    CHECKPOST_LOG_FORMAT=json \
    CHECKPOST_VAR_DIR=/app/var \
    CHECKPOST_HOST=0.0.0.0 \
    CHECKPOST_PORT=8000
USER checkpost
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=60s --retries=3 \
  CMD ["python", "-c", "import urllib.request as u; u.urlopen('http://127.0.0.1:8000/healthz', timeout=2)"]
# One uvicorn worker per container: scale with replicas (each loads the model once).
CMD ["checkpost", "serve"]
