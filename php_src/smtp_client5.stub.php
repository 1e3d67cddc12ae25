<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace Smtp\Engine;

/*
 * PHPMailer 5.2's SMTP class (class.smtp.php, global SMTP): SMTP's C
 * (ext/class_smtp.c) with 5.2's additions and the authenticate() of 5.2.
 * Its VERSION ('5.2.28') replaces the inherited one in C: an internal
 * class cannot redeclare a constant of its parent here.
 */
class SMTP5 extends SMTP
{
    /**
     * @var string
     * @cvalue SMTP_CRLF
     */
    public const CRLF = UNKNOWN;

    /** @var int */
    public const DEFAULT_SMTP_PORT = 25;

    /** @var string */
    public $Version = '5.2.28';

    /** @var int */
    public $SMTP_PORT = 25;

    /** @var string (the default, "\r\n", is set in C: gen_stub cannot write a line break) */
    public $CRLF = '';

    /**
     * @param string $username
     * @param string $password
     * @param string $authtype
     * @param string $realm
     * @param string $workstation
     * @param mixed $OAuth
     * @return bool
     */
    public function authenticate($username, #[\SensitiveParameter] $password, $authtype = null, $realm = '', $workstation = '', $OAuth = null) {}

    /**
     * @return mixed
     */
    public function close() {}
}
