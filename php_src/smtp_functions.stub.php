<?php

/** @generate-class-entries */

/**
 * What the extension provides in this process: the smtp.* settings, the
 * PHPMailer versions whose source files it recognises (version => file
 * names), and each PHPMailer class it stood in for (the source file it
 * replaced, or null when the fallback autoloader declared it; the file's
 * VERSION; the engine base).
 */
function smtp_status(): array {}

/**
 * Delivers the messages of a durable outbox (SMTPOptions['smtp']['outbox'])
 * to one server, oldest first. $smtp: host, port (25), timeout (300),
 * helo, secure ('' | 'tls' | 'ssl'), username, password, options (as
 * SMTPOptions, for 'ssl'), debug (SMTP::$do_debug) and debug_output
 * (SMTP::$Debugoutput). A file is removed only after the server accepted
 * the message; another flusher's files are skipped. Returns
 * ['delivered' => [file, ...], 'deferred' => [file => reason], 'failed' => [file => reason]].
 */
function smtp_outbox_flush(string $dir, array $smtp): array {}
