#!/bin/bash
# Run once by the postgres image when it creates the primary's data directory: lets the
# database's owner role (a superuser, so it has REPLICATION) stream WAL to the standby service
# over the compose network, with the same password as its other connections. For a primary
# created before this file existed, append the same line to its pg_hba.conf and reload it.
set -euo pipefail
echo "host replication ${POSTGRES_USER} all scram-sha-256" >> "$PGDATA/pg_hba.conf"
