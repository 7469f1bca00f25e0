# Sourced by deploy/run.sh and deploy/keycloak.sh (ROOT set): exports the demo-only client secrets of
# deploy/demo-secrets.env, each only when the environment does not set it already. Production sets
# its own (Kubernetes Secrets, a vault); these values are for a machine running the demo.
load_demo_secrets() {
  local line name
  while IFS= read -r line; do
    [[ $line =~ ^([A-Z_]+)=(.*)$ ]] || continue
    name=${BASH_REMATCH[1]}
    [[ -n ${!name:-} ]] || export "$name=${BASH_REMATCH[2]}"
  done <"$ROOT/deploy/demo-secrets.env"
}
load_demo_secrets
