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
