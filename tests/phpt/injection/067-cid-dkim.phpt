--TEST--
Injection corpus: inline image Content-IDs and the DKIM domain, selector and identity: no payload adds a header or an SMTP command, and PHPMailer's rejections and encodings are kept
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/faultsmtp.inc'; try { fault_request(['op' => 'ping']); } catch (RuntimeException $e) { echo 'skip ', $e->getMessage(); } ?>
--FILE--
<?php
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../inc/injection.inc';

$inputs = ['embedded-cid', 'dkim-domain', 'dkim-selector', 'dkim-identity'];
$findings = injection_check($inputs);
printf("%d payloads, %d inputs\n", count(injection_payloads()), count($inputs));
echo implode("\n", $findings), $findings ? "\n" : '';
printf("%d findings\n", count($findings));
?>
--EXPECT--
218 payloads, 4 inputs
0 findings
