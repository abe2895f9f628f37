# syntax=docker/dockerfile:1

# Build a static binary.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/conceptbot . \
 && mkdir -p /out/data

# Run it as a non-root user on a minimal image. Secrets come only from the
# environment (CONCEPTBOT_DISCORD_TOKEN, ...); nothing secret is baked in.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/conceptbot /usr/local/bin/conceptbot
COPY --from=build --chown=65532:65532 /out/data /data
USER 65532:65532
ENV CONCEPTBOT_DATA_DIR=/data \
    CONCEPTBOT_HTTP_ADDR=:8080
VOLUME ["/data"]
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/conceptbot"]
CMD ["serve"]
