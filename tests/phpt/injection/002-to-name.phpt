--TEST--
Injection corpus through to-name: no payload adds a header or an SMTP command, PHPMailer's rejections and encodings kept
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/faultsmtp.inc'; try { fault_request(['op' => 'ping']); } catch (RuntimeException $e) { echo 'skip ', $e->getMessage(); } ?>
--FILE--
<?php
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../inc/injection.inc';

// The input is one of injection_inputs(); the payloads are injection_payloads().
$findings = injection_check(['to-name']);
printf("%d payloads%s\n", count(injection_payloads()),
    getenv('ZEND_DONT_UNLOAD_MODULES') === '1' ? ' (the valgrind sample)' : '');
echo implode("\n", $findings), $findings ? "\n" : '';
printf("%d findings\n", count($findings));
?>
--EXPECTF--
%r(218 payloads|\d+ payloads \(the valgrind sample\))%r
0 findings
