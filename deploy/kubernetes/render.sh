#!/usr/bin/env bash
# Renders everything a cluster installs into deploy/kubernetes/ (see README.md there):
#   <service>/kubernetes.yml      the manifests each service's Quarkus build writes (target/kubernetes)
#   helm/tip-monitor/             an umbrella chart over the charts the builds write (target/helm)
#   platform/                     CloudNativePG clusters, the Keycloak and the realm import (from the realm file)
# The result is committed and reviewed in git; deploy-tests checks it and that it is up to date.
set -euo pipefail
cd "$(dirname "$0")/../.."
services=country-service,victim-service,recommendation-service,gateway
# The services' builds write the manifests and charts (no image is built: quarkus.container-image.build=false);
# the same reactor run writes the renderer's class path (every module writes one into its target/).
mvn -B -q package dependency:build-classpath -DskipTests -pl "$services,deploy-tests" -am \
  -Dmdep.outputFile=target/render.classpath -Dmdep.includeScope=runtime
java -cp "deploy-tests/target/classes:$(cat deploy-tests/target/render.classpath)" \
  org.tipmonitor.deploy.Render . deploy/kubernetes
echo "rendered into deploy/kubernetes/ (git status deploy/kubernetes shows what changed)"
