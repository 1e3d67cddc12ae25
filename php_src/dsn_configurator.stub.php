<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace Smtp\Engine;

class DSNConfigurator
{
    /**
     * @param string $dsn
     * @param bool|null $exceptions
     * @return \PHPMailer\PHPMailer\PHPMailer
     */
    public static function mailer($dsn, $exceptions = null) {}

    /**
     * @param string $dsn
     * @return \PHPMailer\PHPMailer\PHPMailer
     */
    public function configure(\PHPMailer\PHPMailer\PHPMailer $mailer, $dsn) {}

    /**
     * @param string $url
     * @return array|false
     */
    protected function parseUrl($url) {}
}
