--TEST--
Fault matrix, plain SMTP: each stage x fault of faultsmtp ends within a time bound with stock PHPMailer's result, in both error modes; then the same object sends to Postfix
--EXTENSIONS--
smtp
--ENV--
TEST_TIMEOUT=400
--SKIPIF--
<?php
require __DIR__ . '/../inc/servers.inc';
smtp_test_skipif('postfix_starttls');
?>
--FILE--
<?php
require __DIR__ . '/../inc/fault_matrix.inc';
fault_matrix_run('plain');
?>
--EXPECT--
plain: 198 cases (11 stages, 10 kinds, both error modes)
different from PHPMailer: 0
over the time bound: 0
then failed on a healthy server: 0
deliberately not as PHPMailer (1 MiB reply line, STARTTLS response injection, garbage for a pipelined RCPT):
  greeting/longline exceptions: {"exception":"SMTP Error: Could not connect to SMTP host.","ErrorInfo":"SMTP Error: Could not connect to SMTP host."}
  greeting/longline ErrorInfo: {"sent":"false","ErrorInfo":"SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting"}
  ehlo/longline exceptions: {"exception":"SMTP Error: Could not authenticate.","ErrorInfo":"SMTP Error: Could not authenticate. SMTP server error: QUIT command failed"}
  ehlo/longline ErrorInfo: {"sent":"false","ErrorInfo":"SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting SMTP server error: QUIT command failed"}
  auth/longline exceptions: {"exception":"SMTP Error: Could not authenticate.","ErrorInfo":"SMTP Error: Could not authenticate. SMTP server error: QUIT command failed"}
  auth/longline ErrorInfo: {"sent":"false","ErrorInfo":"SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting SMTP server error: QUIT command failed"}
  mail/longline exceptions: {"exception":"The following From address failed: sender@example.test : MAIL FROM command failed,,0, SMTP server error: MAIL FROM command failed","ErrorInfo":"The following From address failed: sender@example.test : MAIL FROM command failed,,0, SMTP server error: MAIL FROM command failed SMTP server error: MAIL FROM command failed"}
  mail/longline ErrorInfo: {"sent":"false","ErrorInfo":"The following From address failed: sender@example.test : MAIL FROM command failed,,0, SMTP server error: MAIL FROM command failed SMTP server error: MAIL FROM command failed"}
  rcpt/garbage exceptions: {"exception":"SMTP Error: The following recipients failed: rcpt@example.test: O?? not smtp\r\n","ErrorInfo":"SMTP Error: The following recipients failed: rcpt@example.test: O?? not smtp\r\n SMTP server error: Called QUIT without being connected"}
  rcpt/garbage ErrorInfo: {"sent":"false","ErrorInfo":"SMTP Error: The following recipients failed: rcpt@example.test: O?? not smtp\r\n SMTP server error: Called QUIT without being connected"}
  rcpt/longline exceptions: {"exception":"SMTP Error: The following recipients failed: rcpt@example.test: ","ErrorInfo":"SMTP Error: The following recipients failed: rcpt@example.test:  SMTP server error: QUIT command failed"}
  rcpt/longline ErrorInfo: {"sent":"false","ErrorInfo":"SMTP Error: The following recipients failed: rcpt@example.test:  SMTP server error: QUIT command failed"}
  data/longline exceptions: {"exception":"SMTP Error: data not accepted.","ErrorInfo":"SMTP Error: data not accepted. SMTP server error: DATA command failed"}
  data/longline ErrorInfo: {"sent":"false","ErrorInfo":"SMTP Error: data not accepted. SMTP server error: DATA command failed"}
  body/longline exceptions: {"exception":"SMTP Error: data not accepted.","ErrorInfo":"SMTP Error: data not accepted. SMTP server error: DATA END command failed"}
  body/longline ErrorInfo: {"sent":"false","ErrorInfo":"SMTP Error: data not accepted. SMTP server error: DATA END command failed"}
  eod/longline exceptions: {"exception":"SMTP Error: data not accepted.","ErrorInfo":"SMTP Error: data not accepted. SMTP server error: DATA END command failed"}
  eod/longline ErrorInfo: {"sent":"false","ErrorInfo":"SMTP Error: data not accepted. SMTP server error: DATA END command failed"}
  rset/longline exceptions: {"sent":"true","ErrorInfo":""}
  rset/longline ErrorInfo: {"sent":"true","ErrorInfo":""}
  quit/longline exceptions: {"sent":"true","ErrorInfo":""}
  quit/longline ErrorInfo: {"sent":"true","ErrorInfo":""}
