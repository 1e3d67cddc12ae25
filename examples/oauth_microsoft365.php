<?php
/*
 * Microsoft 365 (Exchange Online) with XOAUTH2 and a token provider of your
 * own: any class implementing PHPMailer's OAuthTokenProvider will do, so no
 * OAuth library is needed when the application already holds an access
 * token (here: fetched with the client-credentials grant of an app
 * registration that has the SMTP.SendAsApp permission). Not run by the
 * tests: it needs Microsoft.
 *
 *   AZURE_TENANT=... AZURE_CLIENT_ID=... AZURE_CLIENT_SECRET=... \
 *   MAIL_FROM=shared@contoso.com MAIL_TO=you@example.com php -d extension=smtp examples/oauth_microsoft365.php
 */

use PHPMailer\PHPMailer\OAuthTokenProvider;
use PHPMailer\PHPMailer\PHPMailer;

final class Microsoft365Token implements OAuthTokenProvider
{
    private ?string $token = null;

    public function __construct(private string $tenant, private string $clientId, private string $secret,
        private string $user)
    {
    }

    /** The SASL XOAUTH2 string, base64: user, then the bearer token. */
    public function getOauth64(): string
    {
        $this->token ??= $this->fetch();
        return base64_encode("user={$this->user}\001auth=Bearer {$this->token}\001\001");
    }

    private function fetch(): string
    {
        $context = stream_context_create(['http' => [
            'method' => 'POST',
            'header' => 'Content-Type: application/x-www-form-urlencoded',
            'content' => http_build_query([
                'client_id' => $this->clientId,
                'client_secret' => $this->secret,
                'scope' => 'https://outlook.office365.com/.default',
                'grant_type' => 'client_credentials',
            ]),
        ]]);
        $url = 'https://login.microsoftonline.com/' . rawurlencode($this->tenant) . '/oauth2/v2.0/token';
        $reply = json_decode((string) file_get_contents($url, false, $context), true);
        if (!isset($reply['access_token'])) {
            throw new RuntimeException('no token: ' . ($reply['error_description'] ?? 'no answer'));
        }
        return $reply['access_token'];
    }
}

$mail = new PHPMailer(true);
$mail->isSMTP();
$mail->Host = 'smtp.office365.com';
$mail->Port = 587;
$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
$mail->SMTPAuth = true;
$mail->AuthType = 'XOAUTH2';
$mail->setOAuth(new Microsoft365Token(getenv('AZURE_TENANT'), getenv('AZURE_CLIENT_ID'),
    getenv('AZURE_CLIENT_SECRET'), getenv('MAIL_FROM')));

$mail->setFrom(getenv('MAIL_FROM'));
$mail->addAddress(getenv('MAIL_TO'));
$mail->Subject = 'Sent through Microsoft 365 with OAuth2';
$mail->Body = "Hello from PHPMailer's API on the smtp engine.\n";
$mail->send();
echo "Message sent\n";
