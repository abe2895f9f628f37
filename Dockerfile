# syntax=docker.io/docker/dockerfile:1

# Base images are named in full (registry/repository:tag), as buildah and
# podman require, and pinned by the digest of the tag's multi-platform index,
# so a rebuild gets the same bytes. The tag says which release the digest is;
# the Go release matches go.mod's "go" line (the golang image sets
# GOTOOLCHAIN=local, so an older Go would refuse to build).
#
# The digests were taken from public Dockerfiles that pin the same tags; check
# or refresh them, after changing a tag or to take a base image's security
# updates, with
#   docker buildx imagetools inspect docker.io/library/golang:1.26.8-bookworm
#   docker buildx imagetools inspect gcr.io/distroless/static-debian12:nonroot
# (or: skopeo inspect --format '{{.Digest}}' docker://IMAGE), and paste the
# "Digest:" of the index after the "@".

# Build a static binary.
FROM docker.io/library/golang:1.26.8-bookworm@sha256:a688600ca24f8a4d3ca77f95b0dd40704a9fc787c826660eb7ba0b641b8b175d AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/conceptbot . \
 && mkdir -p /out/data

# Run it as a non-root user on a minimal image. Secrets come only from the
# environment (CONCEPTBOT_DISCORD_TOKEN, ...); nothing secret is baked in.
# CONCEPTBOT_HTTP_ADDR makes it serve /healthz, /readyz and /metrics on :8080
# without authentication (README.md, "Running the Discord bot").
FROM gcr.io/distroless/static-debian12:nonroot@sha256:b7bb25d9f7c31d2bdd1982feb4dafcaf137703c7075dbe2febb41c24212b946f
COPY --from=build /out/conceptbot /usr/local/bin/conceptbot
COPY --from=build --chown=65532:65532 /out/data /data
USER 65532:65532
ENV CONCEPTBOT_DATA_DIR=/data \
    CONCEPTBOT_HTTP_ADDR=:8080
VOLUME ["/data"]
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/conceptbot"]
CMD ["serve"]
