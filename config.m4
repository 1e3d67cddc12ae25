dnl config.m4 for extension smtp

PHP_ARG_ENABLE([smtp],
  [whether to enable the smtp extension],
  [AS_HELP_STRING([--enable-smtp], [Enable the native SMTP and MIME engine])],
  [no])

if test "$PHP_SMTP" != "no"; then
  PHP_SETUP_OPENSSL(SMTP_SHARED_LIBADD,
    [AC_DEFINE(HAVE_SMTP_OPENSSL, 1, [ ])],
    [AC_MSG_ERROR([smtp needs OpenSSL >= 1.1.1 (pkg-config openssl)])])

  dnl PHP 8.2 has no PHP_SETUP_ZLIB; do what its ext/zlib does.
  PKG_CHECK_MODULES([ZLIB], [zlib >= 1.2.0.4])
  PHP_EVAL_LIBLINE($ZLIB_LIBS, SMTP_SHARED_LIBADD)
  PHP_EVAL_INCLINE($ZLIB_CFLAGS)

  dnl The engine: pure C, no PHP headers.
  SMTP_CORE_SOURCES="
    ext/core/smtp_alloc.c
    ext/core/smtp_buf.c
    ext/core/smtp_error.c
    ext/core/smtp_reply.c
    ext/core/smtp_memio.c
    ext/core/smtp_auth.c
    ext/core/smtp_pool.c
    ext/core/smtp_session.c
    ext/core/smtp_socket.c
    ext/core/smtp_tls.c
    ext/core/mime_address.c
    ext/core/mime_encode.c
    ext/core/mime_header.c
    ext/core/mime_message.c
    ext/core/mime_keys.c
    ext/core/mime_dkim.c
    ext/core/mime_smime.c
    ext/core/source_outline.c
    ext/core/smtp_outbox.c
  "

  dnl The PHP bindings.
  SMTP_BINDING_SOURCES="
    ext/smtp.c
    ext/smtp_call.c
    ext/smtp_debug.c
    ext/smtp_errors.c
    ext/smtp_objects.c
    ext/smtp_options.c
    ext/smtp_props.c
    ext/smtp_provision.c
    ext/smtp_substitute.c
    ext/smtp_tls_options.c
    ext/class_exception.c
    ext/class_smtp.c
    ext/class_smtp5.c
    ext/class_pop3.c
    ext/class_oauth.c
    ext/class_dsn.c
    ext/mailer.c
    ext/mailer7.c
    ext/mailer_address.c
    ext/mailer_attach.c
    ext/mailer_body.c
    ext/mailer_custom.c
    ext/mailer_dkim.c
    ext/mailer_envelope.c
    ext/mailer_html.c
    ext/mailer_lang.c
    ext/mailer_local.c
    ext/mailer_mime.c
    ext/mailer_send.c
    ext/mailer_smime.c
    ext/mailer_smtp.c
    ext/mailer_outbox.c
    ext/smtp_outbox_flush.c
    ext/mailer_stream.c
    ext/mailer_static.c
    ext/mailer5.c
  "

  PHP_NEW_EXTENSION(smtp, $SMTP_BINDING_SOURCES $SMTP_CORE_SOURCES, $ext_shared,,
    [-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -I@ext_srcdir@/ext -I@ext_srcdir@/ext/core -I@ext_srcdir@/php_src])
  PHP_ADD_BUILD_DIR([$ext_builddir/ext])
  PHP_ADD_BUILD_DIR([$ext_builddir/ext/core])
  PHP_SUBST(SMTP_SHARED_LIBADD)
  PHP_ADD_MAKEFILE_FRAGMENT([$ext_srcdir/Makefile.frag])
fi
