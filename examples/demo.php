<?php
/*
 * The main job of the extension in one script: an HTML message with a
 * plain-text alternative, an attachment and an inline image, sent over
 * SMTP by the PHPMailer API with no PHPMailer source present.
 *
 *   SMTP_HOST=127.0.0.1 SMTP_PORT=2525 php -d extension=smtp examples/demo.php
 */

use PHPMailer\PHPMailer\PHPMailer;
use PHPMailer\PHPMailer\Exception;

$dir = sys_get_temp_dir() . '/smtp-demo-' . getmypid();
@mkdir($dir);
// A 1x1 PNG for the inline image, and a small CSV for the attachment.
$logo = "$dir/logo.png";
file_put_contents($logo, base64_decode(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='
));
$report = "$dir/report.csv";
file_put_contents($report, "month,orders\nOctober,1204\nNovember,1377\n");

$mail = new PHPMailer(true);
try {
    $mail->isSMTP();
    $mail->Host = getenv('SMTP_HOST') ?: '127.0.0.1';
    $mail->Port = (int) (getenv('SMTP_PORT') ?: 25);
    $mail->CharSet = PHPMailer::CHARSET_UTF8;

    $mail->setFrom('shop@example.com', 'Example Shop');
    $mail->addAddress('customer@example.com', 'Zoë Customer');
    $mail->Subject = 'Your monthly report – November';

    $mail->isHTML(true);
    $mail->addEmbeddedImage($logo, 'logo');
    $mail->Body = '<p><img src="cid:logo" alt="logo"></p>'
        . '<h1>Monthly report</h1><p>Orders grew by <b>14%</b>. The figures are attached.</p>';
    $mail->AltBody = "Monthly report\n\nOrders grew by 14%. The figures are attached.";
    $mail->addAttachment($report, 'report-november.csv');

    $mail->send();
    $engine = get_parent_class($mail);
    echo "Sent message {$mail->getLastMessageID()} through the $engine engine.\n";
} catch (Exception $e) {
    echo "Not sent: {$mail->ErrorInfo}\n";
    exit(1);
} finally {
    @unlink($logo);
    @unlink($report);
    @rmdir($dir);
}
