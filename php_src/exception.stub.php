<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace Smtp\Engine;

class Exception extends \Exception
{
    /**
     * @return string
     */
    public function errorMessage() {}
}
