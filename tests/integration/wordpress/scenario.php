<?php
/*
 * php scenario.php NAME WP_LOAD: one WordPress request, from the command line.
 *
 * Loads the site (WP_LOAD is /usr/share/wordpress/wp-load.php; the
 * environment carries WORDPRESS_CONFIG and HTTP_HOST, see setup.sh), runs
 * scenario NAME, which sends mail with wp_mail() through the settings of
 * mu-plugins/smtp-test.php, and prints one line
 *   RESULT {json}
 * with what happened: wp_mail()'s return values, the wp_mail_succeeded and
 * wp_mail_failed actions with their data, the mailer's ErrorInfo, every PHP
 * error raised, scenario details, and which classes PHPMailer's names
 * resolved to (their parents, files, and whether the parent is internal).
 * tests/phpt/inc/wordpress.inc runs this under each configuration and
 * compares the results. Anything else on the output is a failure there.
 *
 * Scenarios (inputs in the JSON environment variable SMTP_TEST_WP_ARGS):
 *   deliver  wp_mail() with an HTML body, headers and an attachment to
 *            args.to, through WordPress's own PHPMailer object
 *   fail     wp_mail() to args.to when sending must fail (the test gives
 *            wrong settings)
 *   i18n     as fail, with a WordPress 6.8-style WP_PHPMailer subclass as
 *            the global $phpmailer and a gettext filter prefixing "[i18n] "
 *   catcher  mu-plugins/mail-catcher.php's subclass (WP Mail SMTP's shape)
 *            sends to args.to, then fails on args.rejected
 *   shim     WordPress's deprecated class-phpmailer.php / class-smtp.php
 *            (class_alias to the global PHPMailer, SMTP, phpmailerException)
 *            and an old plugin's `new PHPMailer(true)` sending to args.to
 */
[, $scenario, $wp_load] = $argv;
$args = json_decode(getenv('SMTP_TEST_WP_ARGS') ?: '{}', true, 8, JSON_THROW_ON_ERROR);

$result = ['scenario' => $scenario, 'errors' => [], 'hooks' => [], 'wp_mail' => []];

set_error_handler(static function (int $type, string $message, string $file, int $line) use (&$result): bool {
    if (!(error_reporting() & $type)) {
        return false; // silenced with @, or below WordPress's error_reporting()
    }
    $names = [E_WARNING => 'Warning', E_NOTICE => 'Notice', E_DEPRECATED => 'Deprecated',
        E_USER_WARNING => 'User warning', E_USER_NOTICE => 'User notice',
        E_USER_DEPRECATED => 'User deprecated', E_USER_ERROR => 'User error'];
    $result['errors'][] = sprintf('%s: %s in %s:%d', $names[$type] ?? "E$type", strip_tags($message), $file, $line);
    return true;
});

if ($scenario === 'catcher') {
    putenv('SMTP_TEST_WP_MAIL_CATCHER=1');
}

require $wp_load;

add_action('wp_mail_succeeded', static function (array $mail_data) use (&$result) {
    $result['hooks'][] = ['wp_mail_succeeded', [
        'to' => $mail_data['to'], 'subject' => $mail_data['subject'],
        'attachments' => array_map('basename', (array) $mail_data['attachments']),
    ]];
});
add_action('wp_mail_failed', static function (WP_Error $error) use (&$result) {
    $data = $error->get_error_data();
    $result['hooks'][] = ['wp_mail_failed', [
        'code' => $error->get_error_code(),
        'message' => $error->get_error_message(),
        'phpmailer_exception_code' => $data['phpmailer_exception_code'] ?? null,
        'to' => $data['to'] ?? null,
    ]];
});

/** Describes the class a PHPMailer name resolves to, for the test to judge "native" or "stock". */
function smtp_test_describe_class(string $name): ?array
{
    if (!class_exists($name, false)) {
        return null;
    }
    $class = new ReflectionClass($name);
    $parent = $class->getParentClass();
    return [
        'name' => $class->getName(),
        'file' => $class->getFileName(),
        'internal' => $class->isInternal(),
        'parents' => array_values(class_parents($name)),
        'parent' => $parent ? [
            'name' => $parent->getName(),
            'internal' => $parent->isInternal(),
            'extension' => $parent->getExtensionName(),
        ] : null,
    ];
}

/** wp_mail(), noting its return value. */
function smtp_test_wp_mail(array &$result, ...$args): bool
{
    $sent = wp_mail(...$args);
    $result['wp_mail'][] = $sent;
    $result['error_info'][] = $GLOBALS['phpmailer']->ErrorInfo;
    return $sent;
}

$attachment_dir = null;
switch ($scenario) {
    case 'deliver':
        $attachment_dir = sys_get_temp_dir() . '/smtp-test-wp-' . getmypid() . '-' . bin2hex(random_bytes(4));
        mkdir($attachment_dir);
        $attachment = "$attachment_dir/report.csv";
        file_put_contents($attachment, "id;name\n1;Zoë\n2;Łukasz\n");
        smtp_test_wp_mail($result, $args['to'], 'Order #42 – déjà vu',
            "<html><body><h1>Hello</h1><p>Your <b>order</b> is ready. Ünïcödé ✓</p></body></html>",
            ['Content-Type: text/html; charset=UTF-8', 'Reply-To: Support <support@example.test>',
             'X-Smtp-Test: wordpress'],
            [$attachment]);
        $result['smtp_instance'] = get_class($GLOBALS['phpmailer']->getSMTPInstance());
        break;

    case 'fail':
        smtp_test_wp_mail($result, $args['to'], 'Doomed', 'This must not be delivered.');
        break;

    case 'i18n':
        add_filter('gettext', static function ($translation) {
            return '[i18n] ' . $translation;
        });
        // What wp_mail() does in WordPress 6.8+ when there is no mailer yet.
        require_once ABSPATH . WPINC . '/PHPMailer/PHPMailer.php';
        require_once ABSPATH . WPINC . '/PHPMailer/SMTP.php';
        require_once ABSPATH . WPINC . '/PHPMailer/Exception.php';
        require_once __DIR__ . '/lib/class-smtp-test-wp-phpmailer.php';
        $GLOBALS['phpmailer'] = new Smtp_Test_WP_PHPMailer(true);
        $GLOBALS['phpmailer']::$validator = static function ($email) {
            return (bool) is_email($email);
        };
        smtp_test_wp_mail($result, $args['to'], 'Doomed', 'This must not be delivered.');
        $translations = $GLOBALS['phpmailer']->getTranslations();
        $result['i18n'] = [
            'set_language_calls' => Smtp_Test_WP_PHPMailer::$set_language_calls,
            'translations' => count($translations),
            'all_prefixed' => count(array_filter($translations, fn($s) => str_starts_with($s, '[i18n] '))),
        ];
        break;

    case 'catcher':
        $catcher = $GLOBALS['phpmailer'] ?? null;
        $result['catcher_installed'] = $catcher instanceof Smtp_Test_Mail_Catcher;
        smtp_test_wp_mail($result, $args['to'], 'Caught', 'Sent through the mail catcher.');
        smtp_test_wp_mail($result, $args['rejected'], 'Caught and refused', 'The server refuses this recipient.');
        $result['catcher'] = [
            'same_object' => $GLOBALS['phpmailer'] === $catcher,
            'log' => $catcher instanceof Smtp_Test_Mail_Catcher ? $catcher->catcher_log() : null,
            'validator_calls' => Smtp_Test_Mail_Catcher::$validator_calls,
        ];
        break;

    case 'shim':
        // An old plugin (written for WordPress < 5.5) bringing its own mailer.
        global $phpmailer;
        require_once ABSPATH . WPINC . '/class-phpmailer.php';
        require_once ABSPATH . WPINC . '/class-smtp.php';
        $phpmailer = new PHPMailer(true);
        $aliases = [];
        foreach (['PHPMailer', 'SMTP', 'phpmailerException'] as $alias) {
            $aliases[$alias] = class_exists($alias, false) ? (new ReflectionClass($alias))->getName() : null;
        }
        $result['shim'] = ['aliases' => $aliases, 'global_class' => get_class($phpmailer)];
        smtp_test_wp_mail($result, $args['to'], 'Old plugin', 'Sent through the class-phpmailer.php alias.');
        try {
            $phpmailer->addAddress('not an address');
            $result['shim']['caught'] = null;
        } catch (phpmailerException $e) {
            $result['shim']['caught'] = [get_class($e), $e->getMessage()];
        }
        break;

    default:
        fwrite(STDERR, "unknown scenario $scenario\n");
        exit(2);
}

if ($attachment_dir !== null) {
    array_map('unlink', glob("$attachment_dir/*"));
    rmdir($attachment_dir);
}

$result['mailer_class'] = isset($GLOBALS['phpmailer']) ? get_class($GLOBALS['phpmailer']) : null;
$result['classes'] = [];
foreach (['PHPMailer', 'SMTP', 'Exception'] as $short) {
    $result['classes'][$short] = smtp_test_describe_class("PHPMailer\\PHPMailer\\$short");
}
// The configuration in effect, for the test to check it got the one it asked
// for. Not with extension_loaded(), function_exists() or ini_get(): opcache
// evaluates those at compile time, and a script from a file cache filled
// under another configuration would report that one.
$extensions = get_loaded_extensions();
$smtp_functions = in_array('smtp', $extensions, true) ? (get_extension_funcs('smtp') ?: []) : [];
$opcache = in_array('Zend OPcache', $extensions, true) ? opcache_get_status(false) : false;
$result['config'] = [
    'extension' => in_array('smtp', $extensions, true),
    // smtp_status() names the mode; ini_get() would give the ini parser's '' for off.
    'classes' => in_array('smtp_status', $smtp_functions, true) ? smtp_status()['classes'] : false,
    'opcache' => $opcache ? [
        'shm' => $opcache['opcache_enabled'],
        'file_cache' => $opcache['file_cache'] ?? null,
        'file_cache_only' => $opcache['file_cache_only'] ?? false,
    ] : null,
];
$result['smtp_status'] = in_array('smtp_status', $smtp_functions, true) ? smtp_status() : null;

echo 'RESULT ', json_encode($result, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR), "\n";
