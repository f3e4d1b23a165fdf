# Builds the `timeline` executable and a small runtime image with libpq and the SQL migrations.
FROM swift:6.2-bookworm AS build
RUN apt-get update -qq && apt-get install -y -qq libpq-dev pkg-config >/dev/null && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Package.swift ./
COPY Sources ./Sources
COPY Tests ./Tests
RUN swift build -c release --product timeline --static-swift-stdlib

FROM debian:bookworm-slim
RUN apt-get update -qq && apt-get install -y -qq libpq5 ca-certificates libcurl4 libxml2 tzdata >/dev/null \
    && rm -rf /var/lib/apt/lists/* && useradd --system --create-home timeline \
    && mkdir -p /var/spool/timeline /etc/timeline && chown timeline /var/spool/timeline
COPY --from=build /src/.build/release/timeline /usr/local/bin/timeline
COPY --from=build /src/.build/release/timeline_ActorRecognition.resources /usr/local/bin/timeline_ActorRecognition.resources
COPY sql /opt/timeline/sql
COPY samples /opt/timeline/samples
COPY deploy/daemon.toml /etc/timeline/daemon.toml
ENV TIMELINE_SQL_DIR=/opt/timeline/sql TIMELINE_DAEMON_CONFIG=/etc/timeline/daemon.toml
USER timeline
WORKDIR /opt/timeline
ENTRYPOINT ["timeline"]
