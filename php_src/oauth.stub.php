<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace Smtp\Engine;

interface OAuthTokenProvider
{
    /**
     * @return string
     */
    public function getOauth64();
}

class OAuth implements OAuthTokenProvider
{
    /** @var object|null */
    protected $provider;

    /** @var object|null */
    protected $oauthToken;

    /** @var string */
    protected $oauthUserEmail = '';

    /** @var string */
    protected $oauthClientSecret = '';

    /** @var string */
    protected $oauthClientId = '';

    /** @var string */
    protected $oauthRefreshToken = '';

    /**
     * @param array $options
     */
    public function __construct(#[\SensitiveParameter] $options) {}

    /**
     * @return object
     */
    protected function getGrant() {}

    /**
     * @return object
     */
    protected function getToken() {}

    /**
     * @return string
     */
    public function getOauth64() {}
}
