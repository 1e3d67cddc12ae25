--TEST--
Messages signed with DKIM natively and delivered by Postfix verify with dkimpy
--EXTENSIONS--
smtp
--SKIPIF--
<?php
require __DIR__ . '/../inc/dkim.inc';
smtp_test_skipif('postfix_plain');
dkim_test_skipif(true);
?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';
require __DIR__ . '/../inc/dkim.inc';

$keys = dkim_test_key('dkim-rsa');
$png = base64_decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==');

$setups = [
    'plain, identity, signed custom header' => function ($mail) {
        $mail->DKIM_identity = 'shop@example.test';
        $mail->DKIM_extraHeaders = ['X-Order'];
        $mail->addCustomHeader('X-Order', '12345');
        $mail->Subject = 'Order 12345';
        $mail->Body = "Thank you.\n.a line with a leading dot\nTrailing blanks   \n\n\n";
    },
    'HTML, alternative, attachment, inline image, UTF-8' => function ($mail) use ($png) {
        $mail->CharSet = 'utf-8';
        $mail->isHTML(true);
        $mail->Subject = 'Grüße – Monatsbericht mit einem langen Betreff, der über mehrere Zeilen gefaltet wird';
        $mail->addStringEmbeddedImage($png, 'logo', 'logo.png');
        $mail->Body = '<p><img src="cid:logo"> Grüße!</p>';
        $mail->AltBody = "Grüße!\n";
        $mail->addStringAttachment(str_repeat("month,orders\n", 300), 'report.csv');
    },
    'no z=, key as a string' => function ($mail) use ($keys) {
        $mail->DKIM_copyHeaderFields = false;
        $mail->DKIM_private = '';
        $mail->DKIM_private_string = file_get_contents($keys['key']);
        $mail->Subject = 'Key from a string';
        $mail->Body = 'Short';
    },
];

foreach ($setups as $name => $setup) {
    $mail = smtp_test_mailer('postfix_plain');
    $to = smtp_test_token();
    $mail->setFrom('shop@example.test', 'Example Shop');
    $mail->addAddress("$to@example.test");
    $mail->DKIM_domain = 'example.test';
    $mail->DKIM_selector = 'test';
    $mail->DKIM_private = $keys['key'];
    $setup($mail);
    $sent = $mail->send();
    $raw = smtp_test_wait_message($to);
    echo "$name: sent ", var_export($sent, true), ', ', implode(', ', dkim_test_verify($raw, $keys['pub'])), "\n";
}

// The verifier can fail: one changed byte in the body of the last message.
echo 'altered body: ', implode(', ', dkim_test_verify(str_replace("\nShort", "\nShorT", $raw), $keys['pub'])), "\n";
// ... or in a signed header.
echo 'altered Subject: ', implode(', ', dkim_test_verify(str_replace('Subject: Key from', 'Subject: Key From', $raw),
    $keys['pub'])), "\n";
?>
--EXPECTF--
plain, identity, signed custom header: sent true, pass
HTML, alternative, attachment, inline image, UTF-8: sent true, pass
no z=, key as a string: sent true, pass
altered body: fail: body hash mismatch%s
altered Subject: fail
