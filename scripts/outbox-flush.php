<?php
/*
 * scripts/outbox-flush.php DIR [HOST [PORT]] [--secure=tls|ssl] [--user=NAME] [--debug=N]:
 * delivers the durable outbox DIR (SMTPOptions['smtp']['outbox']) with
 * smtp_outbox_flush(), for cron or a systemd timer. The password comes from
 * the environment (SMTP_OUTBOX_PASSWORD), never the command line. Exit
 * status: 0 all delivered, 1 some deferred (try again later), 2 some
 * refused for good (kept as *.failed), 3 usage.
 */
$opts = getopt('', ['secure:', 'user:', 'debug:'], $rest);
$args = array_slice($argv, $rest);
if (!function_exists('smtp_outbox_flush') || count($args) < 1 || count($args) > 3) {
    fwrite(STDERR, "usage: php scripts/outbox-flush.php DIR [HOST [PORT]] [--secure=tls|ssl] [--user=NAME] [--debug=N]\n");
    exit(3);
}
$config = [
    'host' => $args[1] ?? '127.0.0.1',
    'port' => (int) ($args[2] ?? 25),
    'secure' => $opts['secure'] ?? '',
    'debug' => (int) ($opts['debug'] ?? 0),
    'debug_output' => 'error_log',
];
if (isset($opts['user'])) {
    $config['username'] = $opts['user'];
    $config['password'] = (string) getenv('SMTP_OUTBOX_PASSWORD');
}
$result = smtp_outbox_flush($args[0], $config);
foreach ($result['delivered'] as $file) {
    echo "delivered $file\n";
}
foreach (['deferred', 'failed'] as $kind) {
    foreach ($result[$kind] as $file => $reason) {
        echo "$kind $file: $reason\n";
    }
}
exit($result['failed'] ? 2 : ($result['deferred'] ? 1 : 0));
