#!/usr/bin/env bash
# Serves a built folder through Debian's nginx with the project's own
# config (deploy/nginx.conf), on 127.0.0.1, in the foreground, as the
# end-to-end tests, the bench and `serve.sh` use it.
#
# Usage: bash scripts/nginx.sh [folder=dist] [port=8080]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
folder="$(realpath "${1:-dist}")"
port="${2:-8080}"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
mkdir -p "$prefix/temp"
# Debian loads modules by paths relative to the prefix.
ln -s /usr/lib/nginx/modules "$prefix/modules"

# The site's server block as deployed, listening here and serving $folder.
sed -e "s|^\(\s*\)listen 80;|\1listen 127.0.0.1:$port;|" \
    -e '/listen \[::\]:80;/d' \
    -e "s|root /var/www/waika;|root $folder;|" \
    deploy/nginx.conf > "$prefix/site.conf"
grep -q "listen 127.0.0.1:$port;" "$prefix/site.conf"
grep -q "root $folder;" "$prefix/site.conf"

# What /etc/nginx/nginx.conf gives a site on Debian, without root's paths.
# Run as root, nginx would hand requests to "nobody", who may not be able
# to read a build in a private folder: here the workers are whoever runs
# this script.
user_line=""
if [[ "$(id -u)" == 0 ]]; then
  user_line="user root;"
fi
cat > "$prefix/nginx.conf" <<CONF
$user_line
daemon off;
worker_processes 1;
pid $prefix/nginx.pid;
error_log stderr warn;
include /etc/nginx/modules-enabled/*.conf;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    access_log off;
    client_body_temp_path $prefix/temp/body;
    proxy_temp_path $prefix/temp/proxy;
    fastcgi_temp_path $prefix/temp/fastcgi;
    uwsgi_temp_path $prefix/temp/uwsgi;
    scgi_temp_path $prefix/temp/scgi;
    include $prefix/site.conf;
}
CONF
echo "serving $folder on http://127.0.0.1:$port/ (nginx, deploy/nginx.conf)"
nginx -p "$prefix" -c "$prefix/nginx.conf" -e stderr &
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$prefix"' EXIT INT TERM
wait "$server"
