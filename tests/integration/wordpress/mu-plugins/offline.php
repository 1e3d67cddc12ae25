<?php
/*
 * Plugin Name: smtp tests: offline
 * Description: The test site makes no HTTP requests (update checks, pretty
 * permalink probes at install, oEmbed, ...): there is no network, and a test
 * must not wait for one.
 */
add_filter('pre_http_request', static function () {
    return new WP_Error('http_request_failed', 'HTTP is disabled on the smtp test site');
}, PHP_INT_MIN);
