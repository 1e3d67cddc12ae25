#!/usr/bin/env bash
# tests/integration/wordpress/setup.sh start|stop|status|clean: the WordPress
# site the integration tests (tests/phpt/integration/) drive.
#
# The site is Debian's packaged WordPress (/usr/share/wordpress, 6.1.9, which
# bundles PHPMailer 6.6.5 in wp-includes/PHPMailer/), used as installed, on a
# private MariaDB. Nothing runs a web server: tests load wp-load.php from PHP
# CLI processes. Everything the site writes lives in $WP_TEST_WORK (default
# $SMTP_TEST_WORK/wordpress, i.e. tests/.work/wordpress):
#   db/            MariaDB: data/, mysqld.sock (the only listener:
#                  --skip-networking), server.pid (the PID we started),
#                  mariadb.log. Owned by user mysql; if that user cannot
#                  reach this directory (a checkout under /root), or the
#                  socket path would be too long, it is a symlink to
#                  /tmp/smtp-test-mariadb.<n>.
#   wp-config.php  the site's configuration (rewritten at every start)
#   wp-content/    WP_CONTENT_DIR (uploads etc.), instead of /var/lib/wordpress
#   wordpress.json what the tests read: paths, the environment a PHP process
#                  needs to load the site, the database socket
#   install.log    output of the last install.php run
# The must-use plugins come straight from the checkout
# (WPMU_PLUGIN_DIR = tests/integration/wordpress/mu-plugins).
#
# How a CLI process finds this configuration: Debian's
# /usr/share/wordpress/wp-config.php (a conffile we leave alone) includes
# /etc/wordpress/config-$WORDPRESS_CONFIG.php when the server variable
# WORDPRESS_CONFIG is set (PHP CLI puts the environment into $_SERVER), else
# config-<HTTP_HOST>.php. So the one file written outside $WP_TEST_WORK is
# /etc/wordpress/config-smtp-test-<n>.php (<n>: a checksum of $WP_TEST_WORK,
# so checkouts do not collide), a single line requiring our wp-config.php.
# A process loads the site with the environment
#   WORDPRESS_CONFIG=smtp-test-<n> HTTP_HOST=localhost
# (HTTP_HOST because Debian's file reads it unconditionally); wordpress.json
# lists exactly that. `clean` removes the file again.
#
#   start   idempotent: initialises MariaDB's data directory on first use
#           (~5 s), starts the server unless it runs, writes the config,
#           installs WordPress with wp_install() unless installed (install.php)
#   stop    stops the MariaDB we started (the PID in db/server.pid only)
#   status  exit 0 if it runs and answers, 3 if not
#   clean   stop, then remove $WP_TEST_WORK and the /etc/wordpress file
set -euo pipefail
LOG_TAG=wordpress
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=../../servers/lib.sh
source "$HERE/../../servers/lib.sh"

: "${WP_TEST_WORK:=$SMTP_TEST_WORK/wordpress}"
WP_TEST_WORK=$(readlink -m "$WP_TEST_WORK")
: "${WORDPRESS_DIR:=/usr/share/wordpress}"
DB_NAME=wordpress
DB_USER=wordpress
DB_PASSWORD=wordpress-test # the server has no TCP listener; only root reaches its socket
CONFIG_NAME=smtp-test-$(printf '%s' "$WP_TEST_WORK" | cksum | cut -d' ' -f1)
ETC_CONFIG=/etc/wordpress/config-$CONFIG_NAME.php
MARKER=mariadbd
LOCK=$WP_TEST_WORK/.setup.lock

# Paths of the MariaDB instance, below DB (the resolved db/ directory).
set_db_paths() {
	DB=$1
	DATADIR=$DB/data
	SOCKET=$DB/mysqld.sock
	PIDFILE=$DB/server.pid
	DBLOG=$DB/mariadb.log
}
set_db_paths "$(readlink -m "$WP_TEST_WORK/db")"

# reachable DIR: can user mysql walk into DIR?
reachable() { runuser -u mysql -- test -x "$1"; }

# choose_db_dir: make db/ usable by user mysql, with a socket path that fits
# in sun_path (108 bytes); otherwise use /tmp and leave a symlink.
choose_db_dir() {
	local want=$WP_TEST_WORK/db alt
	mkdir -p "$want"
	chmod 755 "$WP_TEST_WORK"
	if reachable "$(readlink -f "$want")" && ((${#SOCKET} < 100)); then
		set_db_paths "$(readlink -f "$want")"
		return
	fi
	alt=/tmp/smtp-test-mariadb.$(printf '%s' "$want" | cksum | cut -d' ' -f1)
	if [[ ! -L $want ]]; then
		# Only ever remove a directory that is empty or one of ours.
		[[ -z $(ls -A "$want") || -d $want/data/mysql ]] ||
			die "$want cannot hold the database and is not empty; set WP_TEST_WORK"
		rm -rf "$want"
	fi
	mkdir -p "$alt"
	ln -sfn "$alt" "$want"
	set_db_paths "$alt"
	reachable "$DB" || die "user mysql cannot reach $DB either"
	log "$want is unusable for MariaDB (unreachable for user mysql, or too long a socket path); using $alt (symlinked)"
}

running_pid() {
	local pid
	pid=$(read_pid "$PIDFILE")
	[[ -n $pid ]] && pid_alive "$pid" && pid_cmdline_has "$pid" "$MARKER" && echo "$pid"
	return 0
}

sql() { mariadb --no-defaults --socket="$SOCKET" --user=root --batch --skip-column-names "$@"; }
db_answers() { mariadb-admin --no-defaults --socket="$SOCKET" --user=root --connect-timeout=2 ping >/dev/null 2>&1; }
ready_or_dead() { [[ -z $(running_pid) ]] || db_answers; }

# init_datadir: create the system tables, once. db/.initialised marks a
# completed initialisation; a half-done one is redone.
init_datadir() {
	[[ -f $DB/.initialised ]] && return 0
	log "initialising $DATADIR"
	rm -rf "$DATADIR"
	mkdir -p "$DATADIR"
	chown mysql:mysql "$DB" "$DATADIR"
	if ! mariadb-install-db --no-defaults --user=mysql --datadir="$DATADIR" \
		--auth-root-authentication-method=socket --skip-test-db --skip-name-resolve \
		"${server_opts[@]}" >"$DB/install-db.log" 2>&1; then
		show_log "$DB/install-db.log"
		die "mariadb-install-db failed"
	fi
	touch "$DB/.initialised"
}

# The site's database and user (idempotent; root logs in through the socket
# as the system user root).
create_db() {
	sql <<-EOF
		CREATE DATABASE IF NOT EXISTS $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
		CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
		GRANT ALL PRIVILEGES ON $DB_NAME.* TO '$DB_USER'@'localhost';
	EOF
}

start_db() {
	local pid
	pid=$(running_pid)
	if [[ -n $pid ]]; then
		db_answers || die "MariaDB PID $pid is running but does not answer on $SOCKET"
		log "MariaDB already running (PID $pid)"
		return 0
	fi
	# Small and quick: the site has a handful of rows.
	mkdir -p "$DB/tmp"
	chown mysql:mysql "$DB/tmp"
	server_opts=(--skip-name-resolve --innodb-buffer-pool-size=16M --innodb-log-file-size=8M
		--skip-log-bin --tmpdir="$DB/tmp" --character-set-server=utf8mb4)
	init_datadir
	rm -f "$SOCKET" "$DB/mariadbd.pid"
	: >"$DBLOG"
	chown mysql:mysql "$DBLOG"
	spawn "$DBLOG" "$PIDFILE" mariadbd --no-defaults --user=mysql --datadir="$DATADIR" \
		--socket="$SOCKET" --pid-file="$DB/mariadbd.pid" --log-error="$DBLOG" \
		--skip-networking "${server_opts[@]}"
	if ! wait_until "$SMTP_TEST_START_TIMEOUT" "MariaDB to answer on $SOCKET" ready_or_dead ||
		[[ -z $(running_pid) ]]; then
		show_log "$DBLOG"
		stop_db || true
		die "MariaDB did not come up"
	fi
	log "MariaDB running: PID $(running_pid), socket $SOCKET"
}

stop_db() { stop_pid "$PIDFILE" "$MARKER" MariaDB; }

# php_str VALUE: VALUE as a single-quoted PHP string literal.
php_str() { printf "'%s'" "$(printf '%s' "$1" | sed "s/[\\\\']/\\\\&/g")"; }

write_config() {
	local salts='' key
	mkdir -p "$WP_TEST_WORK/wp-content"
	for key in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
		salts+="define('$key', '$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')');"$'\n'
	done
	cat >"$WP_TEST_WORK/wp-config.php.new" <<-EOF
		<?php
		// Written by tests/integration/wordpress/setup.sh at every start; edit that script instead.
		// Loaded by Debian's /usr/share/wordpress/wp-config.php through $ETC_CONFIG,
		// which then sets its defaults and requires wp-settings.php.
		define('DB_NAME', $(php_str "$DB_NAME"));
		define('DB_USER', $(php_str "$DB_USER"));
		define('DB_PASSWORD', $(php_str "$DB_PASSWORD"));
		define('DB_HOST', $(php_str "localhost:$SOCKET"));
		define('DB_CHARSET', 'utf8mb4');
		define('DB_COLLATE', '');
		$salts
		define('WP_HOME', 'http://localhost');
		define('WP_SITEURL', 'http://localhost');
		define('WP_CONTENT_DIR', $(php_str "$WP_TEST_WORK/wp-content"));
		define('WPMU_PLUGIN_DIR', $(php_str "$HERE/mu-plugins"));

		// Every PHP notice, warning and deprecation shows: the tests want to see them.
		define('WP_DEBUG', true);
		define('WP_DEBUG_DISPLAY', true);
		define('WP_DEBUG_LOG', false);

		// Offline and quiet: no cron, no update checks, no HTTP (see also mu-plugins/offline.php).
		define('DISABLE_WP_CRON', true);
		define('AUTOMATIC_UPDATER_DISABLED', true);
		define('WP_HTTP_BLOCK_EXTERNAL', true);
		define('WP_AUTO_UPDATE_CORE', false);
		\$table_prefix = 'wp_';
	EOF
	mv "$WP_TEST_WORK/wp-config.php.new" "$WP_TEST_WORK/wp-config.php"

	mkdir -p /etc/wordpress
	printf "<?php\n// Written by %s: the site of its integration tests.\nrequire_once %s;\n" \
		"$HERE/setup.sh" "$(php_str "$WP_TEST_WORK/wp-config.php")" >"$ETC_CONFIG.new"
	mv "$ETC_CONFIG.new" "$ETC_CONFIG"

	"$SYS_PYTHON" - "$WP_TEST_WORK/wordpress.json" <<-EOF
		import json, sys
		json.dump({
		    "abspath": "$WORDPRESS_DIR/",
		    "wp_load": "$WORDPRESS_DIR/wp-load.php",
		    "env": {"WORDPRESS_CONFIG": "$CONFIG_NAME", "HTTP_HOST": "localhost"},
		    "config": "$WP_TEST_WORK/wp-config.php",
		    "etc_config": "$ETC_CONFIG",
		    "mu_plugins": "$HERE/mu-plugins",
		    "content_dir": "$WP_TEST_WORK/wp-content",
		    "db_socket": "$SOCKET",
		    "db_name": "$DB_NAME",
		    "db_user": "$DB_USER",
		    "db_password": "$DB_PASSWORD",
		}, open(sys.argv[1], "w"), indent=2)
	EOF
}

install_site() {
	if ! WORDPRESS_CONFIG=$CONFIG_NAME HTTP_HOST=localhost \
		php "$HERE/install.php" "$WORDPRESS_DIR/wp-load.php" >"$WP_TEST_WORK/install.log" 2>&1; then
		show_log "$WP_TEST_WORK/install.log"
		die "WordPress install failed"
	fi
	log "$(tail -n 1 "$WP_TEST_WORK/install.log")"
}

do_start() {
	need_root
	[[ -f $WORDPRESS_DIR/wp-load.php ]] || die "$WORDPRESS_DIR/wp-load.php missing: run scripts/install-deps.sh"
	command -v mariadbd >/dev/null || die "mariadbd missing: run scripts/install-deps.sh"
	local start_ms
	start_ms=$(now_ms)
	choose_db_dir
	start_db
	create_db
	write_config
	install_site
	log "up in $(($(now_ms) - start_ms)) ms; wrote $WP_TEST_WORK/wordpress.json"
}

do_status() {
	local pid
	pid=$(running_pid)
	if [[ -z $pid ]]; then
		echo "wordpress: MariaDB not running"
		return 3
	fi
	if ! db_answers; then
		echo "wordpress: MariaDB PID $pid does not answer on $SOCKET"
		return 1
	fi
	echo "wordpress: MariaDB running, PID $pid, socket $SOCKET; site tables: $(sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='$DB_NAME'")"
}

do_clean() {
	stop_db
	rm -f "$ETC_CONFIG"
	if [[ -L $WP_TEST_WORK/db ]]; then
		rm -rf "$(readlink -f "$WP_TEST_WORK/db")"
	fi
	rm -rf "$WP_TEST_WORK"
	log "removed $WP_TEST_WORK and $ETC_CONFIG"
}

cmd=${1:-}
case $cmd in
start | stop | status | clean) ;;
*)
	echo "usage: $0 start|stop|status|clean" >&2
	exit 2
	;;
esac
mkdir -p "$WP_TEST_WORK"
# One setup.sh at a time per site (bounded wait).
exec 8>"$LOCK"
flock -w 120 8 || die "another setup.sh holds $LOCK"
case $cmd in
start) do_start ;;
stop) stop_db ;;
status) do_status ;;
clean) do_clean ;;
esac
