--TEST--
Injection corpus through attachment-type: no payload adds a header or an SMTP command, PHPMailer's rejections and encodings kept
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/faultsmtp.inc'; try { fault_request(['op' => 'ping']); } catch (RuntimeException $e) { echo 'skip ', $e->getMessage(); } ?>
--FILE--
<?php
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../inc/injection.inc';

// The input is one of injection_inputs(); the payloads are injection_payloads().
$findings = injection_check(['attachment-type']);
printf("%d payloads\n", count(injection_payloads()));
echo implode("\n", $findings), $findings ? "\n" : '';
printf("%d findings\n", count($findings));
?>
--EXPECT--
218 payloads
0 findings
