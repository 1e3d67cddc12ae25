/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 0be6b2684ddf698998d143bd7e39da95057235bd */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase___construct, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, exceptions, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase___destruct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_edebug, 0, 0, 1)
	ZEND_ARG_INFO(0, str)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_isHTML, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, isHtml, "true")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_MailerBase_isSMTP arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_isMail arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_isSendmail arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_isQmail arginfo_class_Smtp_Engine_MailerBase___destruct

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_addAddress, 0, 0, 1)
	ZEND_ARG_INFO(0, address)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, name, "\'\'")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_MailerBase_addCC arginfo_class_Smtp_Engine_MailerBase_addAddress

#define arginfo_class_Smtp_Engine_MailerBase_addBCC arginfo_class_Smtp_Engine_MailerBase_addAddress

#define arginfo_class_Smtp_Engine_MailerBase_addReplyTo arginfo_class_Smtp_Engine_MailerBase_addAddress

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_addOrEnqueueAnAddress, 0, 0, 3)
	ZEND_ARG_INFO(0, kind)
	ZEND_ARG_INFO(0, address)
	ZEND_ARG_INFO(0, name)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_addAnAddress, 0, 0, 2)
	ZEND_ARG_INFO(0, kind)
	ZEND_ARG_INFO(0, address)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, name, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_setFrom, 0, 0, 1)
	ZEND_ARG_INFO(0, address)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, name, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, auto, "true")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_MailerBase_getLastMessageID arginfo_class_Smtp_Engine_MailerBase___destruct

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_validateAddress, 0, 0, 1)
	ZEND_ARG_INFO(0, address)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, patternselect, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_punyencodeAddress, 0, 0, 1)
	ZEND_ARG_INFO(0, address)
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_MailerBase_send arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_preSend arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_postSend arginfo_class_Smtp_Engine_MailerBase___destruct

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_sendmailSend, 0, 0, 2)
	ZEND_ARG_INFO(0, header)
	ZEND_ARG_INFO(0, body)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_isShellSafe, 0, 0, 1)
	ZEND_ARG_INFO(0, string)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_isPermittedPath, 0, 0, 1)
	ZEND_ARG_INFO(0, path)
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_MailerBase_fileIsAccessible arginfo_class_Smtp_Engine_MailerBase_isPermittedPath

#define arginfo_class_Smtp_Engine_MailerBase_mailSend arginfo_class_Smtp_Engine_MailerBase_sendmailSend

#define arginfo_class_Smtp_Engine_MailerBase_getSMTPInstance arginfo_class_Smtp_Engine_MailerBase___destruct

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_setSMTPInstance, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, smtp, PHPMailer\\PHPMailer\\SMTP, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_MailerBase_smtpSend arginfo_class_Smtp_Engine_MailerBase_sendmailSend

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_smtpConnect, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, options, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_MailerBase_smtpClose arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_getTranslations arginfo_class_Smtp_Engine_MailerBase___destruct

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_addrAppend, 0, 0, 2)
	ZEND_ARG_INFO(0, type)
	ZEND_ARG_INFO(0, addr)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_addrFormat, 0, 0, 1)
	ZEND_ARG_INFO(0, addr)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_wrapText, 0, 0, 2)
	ZEND_ARG_INFO(0, message)
	ZEND_ARG_INFO(0, length)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, qp_mode, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_utf8CharBoundary, 0, 0, 2)
	ZEND_ARG_INFO(0, encodedText)
	ZEND_ARG_INFO(0, maxLength)
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_MailerBase_setWordWrap arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_createHeader arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_getMailMIME arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_getSentMIMEMessage arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_generateId arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_createBody arginfo_class_Smtp_Engine_MailerBase___destruct

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_getBoundary, 0, 0, 4)
	ZEND_ARG_INFO(0, boundary)
	ZEND_ARG_INFO(0, charSet)
	ZEND_ARG_INFO(0, contentType)
	ZEND_ARG_INFO(0, encoding)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_endBoundary, 0, 0, 1)
	ZEND_ARG_INFO(0, boundary)
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_MailerBase_setMessageType arginfo_class_Smtp_Engine_MailerBase___destruct

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_headerLine, 0, 0, 2)
	ZEND_ARG_INFO(0, name)
	ZEND_ARG_INFO(0, value)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_textLine, 0, 0, 1)
	ZEND_ARG_INFO(0, value)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_addAttachment, 0, 0, 1)
	ZEND_ARG_INFO(0, path)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, name, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, encoding, "self::ENCODING_BASE64")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, type, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, disposition, "\'attachment\'")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_MailerBase_getAttachments arginfo_class_Smtp_Engine_MailerBase___destruct

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_attachAll, 0, 0, 2)
	ZEND_ARG_INFO(0, disposition_type)
	ZEND_ARG_INFO(0, boundary)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_encodeFile, 0, 0, 1)
	ZEND_ARG_INFO(0, path)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, encoding, "self::ENCODING_BASE64")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_encodeString, 0, 0, 1)
	ZEND_ARG_INFO(0, str)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, encoding, "self::ENCODING_BASE64")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_encodeHeader, 0, 0, 1)
	ZEND_ARG_INFO(0, str)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, position, "\'text\'")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_MailerBase_hasMultiBytes arginfo_class_Smtp_Engine_MailerBase_edebug

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_has8bitChars, 0, 0, 1)
	ZEND_ARG_INFO(0, text)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_base64EncodeWrapMB, 0, 0, 1)
	ZEND_ARG_INFO(0, str)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, linebreak, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_MailerBase_encodeQP arginfo_class_Smtp_Engine_MailerBase_isShellSafe

#define arginfo_class_Smtp_Engine_MailerBase_encodeQ arginfo_class_Smtp_Engine_MailerBase_encodeHeader

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_addStringAttachment, 0, 0, 2)
	ZEND_ARG_INFO(0, string)
	ZEND_ARG_INFO(0, filename)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, encoding, "self::ENCODING_BASE64")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, type, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, disposition, "\'attachment\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_addEmbeddedImage, 0, 0, 2)
	ZEND_ARG_INFO(0, path)
	ZEND_ARG_INFO(0, cid)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, name, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, encoding, "self::ENCODING_BASE64")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, type, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, disposition, "\'inline\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_addStringEmbeddedImage, 0, 0, 2)
	ZEND_ARG_INFO(0, string)
	ZEND_ARG_INFO(0, cid)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, name, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, encoding, "self::ENCODING_BASE64")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, type, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, disposition, "\'inline\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_validateEncoding, 0, 0, 1)
	ZEND_ARG_INFO(0, encoding)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_cidExists, 0, 0, 1)
	ZEND_ARG_INFO(0, cid)
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_MailerBase_inlineImageExists arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_attachmentExists arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_alternativeExists arginfo_class_Smtp_Engine_MailerBase___destruct

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_clearQueuedAddresses, 0, 0, 1)
	ZEND_ARG_INFO(0, kind)
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_MailerBase_clearAddresses arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_clearCCs arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_clearBCCs arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_clearReplyTos arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_clearAllRecipients arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_clearAttachments arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_clearCustomHeaders arginfo_class_Smtp_Engine_MailerBase___destruct

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_setError, 0, 0, 1)
	ZEND_ARG_INFO(0, msg)
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_MailerBase_rfcDate arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_serverHostname arginfo_class_Smtp_Engine_MailerBase___destruct

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_isValidHost, 0, 0, 1)
	ZEND_ARG_INFO(0, host)
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_MailerBase_isError arginfo_class_Smtp_Engine_MailerBase___destruct

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_addCustomHeader, 0, 0, 1)
	ZEND_ARG_INFO(0, name)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, value, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_MailerBase_getCustomHeaders arginfo_class_Smtp_Engine_MailerBase___destruct

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_msgHTML, 0, 0, 1)
	ZEND_ARG_INFO(0, message)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, basedir, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, advanced, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_html2text, 0, 0, 1)
	ZEND_ARG_INFO(0, html)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, advanced, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase__mime_types, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, ext, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_filenameToType, 0, 0, 1)
	ZEND_ARG_INFO(0, filename)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_mb_pathinfo, 0, 0, 1)
	ZEND_ARG_INFO(0, path)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, options, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_set, 0, 0, 1)
	ZEND_ARG_INFO(0, name)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, value, "\'\'")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_MailerBase_secureHeader arginfo_class_Smtp_Engine_MailerBase_edebug

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_normalizeBreaks, 0, 0, 1)
	ZEND_ARG_INFO(0, text)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, breaktype, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_MailerBase_stripTrailingWSP arginfo_class_Smtp_Engine_MailerBase_has8bitChars

#define arginfo_class_Smtp_Engine_MailerBase_getLE arginfo_class_Smtp_Engine_MailerBase___destruct

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_setLE, 0, 0, 1)
	ZEND_ARG_INFO(0, le)
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_MailerBase_hasLineLongerThanMax arginfo_class_Smtp_Engine_MailerBase_edebug

#define arginfo_class_Smtp_Engine_MailerBase_quotedString arginfo_class_Smtp_Engine_MailerBase_edebug

#define arginfo_class_Smtp_Engine_MailerBase_getToAddresses arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_getCcAddresses arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_getBccAddresses arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_getReplyToAddresses arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_getAllRecipientAddresses arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_getOAuth arginfo_class_Smtp_Engine_MailerBase___destruct

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_setOAuth, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, oauth, PHPMailer\\PHPMailer\\OAuthTokenProvider, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_MailerBase_addressHasUnicodeLocalPart arginfo_class_Smtp_Engine_MailerBase_punyencodeAddress

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_anyAddressHasUnicodeLocalPart, 0, 0, 1)
	ZEND_ARG_INFO(0, addresses)
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_MailerBase_clearCustomHeader arginfo_class_Smtp_Engine_MailerBase_addCustomHeader

#define arginfo_class_Smtp_Engine_MailerBase_getBoundaries arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_getSMTPXclientAttributes arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_needsSMTPUTF8 arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_replaceCustomHeader arginfo_class_Smtp_Engine_MailerBase_addCustomHeader

#define arginfo_class_Smtp_Engine_MailerBase_setBoundaries arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_MailerBase_setSMTPXclientAttribute arginfo_class_Smtp_Engine_MailerBase_headerLine

#define arginfo_class_Smtp_Engine_MailerBase_stripTrailingBreaks arginfo_class_Smtp_Engine_MailerBase_has8bitChars

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_sign, 0, 0, 3)
	ZEND_ARG_INFO(0, cert_filename)
	ZEND_ARG_INFO(0, key_filename)
	ZEND_ARG_INFO(0, key_pass)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, extracerts_filename, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_DKIM_QP, 0, 0, 1)
	ZEND_ARG_INFO(0, txt)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_DKIM_Sign, 0, 0, 1)
	ZEND_ARG_INFO(0, signHeader)
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_MailerBase_DKIM_HeaderC arginfo_class_Smtp_Engine_MailerBase_DKIM_Sign

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_DKIM_BodyC, 0, 0, 1)
	ZEND_ARG_INFO(0, body)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_MailerBase_DKIM_Add, 0, 0, 3)
	ZEND_ARG_INFO(0, headers_line)
	ZEND_ARG_INFO(0, subject)
	ZEND_ARG_INFO(0, body)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer6_setLanguage, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, langcode, "\'en\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, lang_path, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer6_lang, 0, 0, 1)
	ZEND_ARG_INFO(0, key)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer6_parseAddresses, 0, 0, 1)
	ZEND_ARG_INFO(0, addrstr)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, useimap, "true")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, charset, "self::CHARSET_ISO88591")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_PHPMailer6_idnSupported arginfo_class_Smtp_Engine_MailerBase___destruct

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer6_doCallback, 0, 0, 8)
	ZEND_ARG_INFO(0, isSent)
	ZEND_ARG_INFO(0, to)
	ZEND_ARG_INFO(0, cc)
	ZEND_ARG_INFO(0, bcc)
	ZEND_ARG_INFO(0, subject)
	ZEND_ARG_INFO(0, body)
	ZEND_ARG_INFO(0, from)
	ZEND_ARG_INFO(0, extra)
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_PHPMailer7_setLanguage arginfo_class_Smtp_Engine_PHPMailer6_setLanguage

#define arginfo_class_Smtp_Engine_PHPMailer7_lang arginfo_class_Smtp_Engine_PHPMailer6_lang

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer7_parseAddresses, 0, 0, 1)
	ZEND_ARG_INFO(0, addrstr)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, useimap, "null")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, charset, "self::CHARSET_ISO88591")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer7_parseSimplerAddresses, 0, 0, 2)
	ZEND_ARG_INFO(0, addrstr)
	ZEND_ARG_INFO(0, charset)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer7_decodeHeader, 0, 0, 1)
	ZEND_ARG_INFO(0, value)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, charset, "self::CHARSET_ISO88591")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_PHPMailer7_idnSupported arginfo_class_Smtp_Engine_MailerBase___destruct

#define arginfo_class_Smtp_Engine_PHPMailer7_doCallback arginfo_class_Smtp_Engine_PHPMailer6_doCallback


ZEND_METHOD(Smtp_Engine_MailerBase, __construct);
ZEND_METHOD(Smtp_Engine_MailerBase, __destruct);
ZEND_METHOD(Smtp_Engine_MailerBase, edebug);
ZEND_METHOD(Smtp_Engine_MailerBase, isHTML);
ZEND_METHOD(Smtp_Engine_MailerBase, isSMTP);
ZEND_METHOD(Smtp_Engine_MailerBase, isMail);
ZEND_METHOD(Smtp_Engine_MailerBase, isSendmail);
ZEND_METHOD(Smtp_Engine_MailerBase, isQmail);
ZEND_METHOD(Smtp_Engine_MailerBase, addAddress);
ZEND_METHOD(Smtp_Engine_MailerBase, addCC);
ZEND_METHOD(Smtp_Engine_MailerBase, addBCC);
ZEND_METHOD(Smtp_Engine_MailerBase, addReplyTo);
ZEND_METHOD(Smtp_Engine_MailerBase, addOrEnqueueAnAddress);
ZEND_METHOD(Smtp_Engine_MailerBase, addAnAddress);
ZEND_METHOD(Smtp_Engine_MailerBase, setFrom);
ZEND_METHOD(Smtp_Engine_MailerBase, getLastMessageID);
ZEND_METHOD(Smtp_Engine_MailerBase, validateAddress);
ZEND_METHOD(Smtp_Engine_MailerBase, punyencodeAddress);
ZEND_METHOD(Smtp_Engine_MailerBase, send);
ZEND_METHOD(Smtp_Engine_MailerBase, preSend);
ZEND_METHOD(Smtp_Engine_MailerBase, postSend);
ZEND_METHOD(Smtp_Engine_MailerBase, sendmailSend);
ZEND_METHOD(Smtp_Engine_MailerBase, isShellSafe);
ZEND_METHOD(Smtp_Engine_MailerBase, isPermittedPath);
ZEND_METHOD(Smtp_Engine_MailerBase, fileIsAccessible);
ZEND_METHOD(Smtp_Engine_MailerBase, mailSend);
ZEND_METHOD(Smtp_Engine_MailerBase, getSMTPInstance);
ZEND_METHOD(Smtp_Engine_MailerBase, setSMTPInstance);
ZEND_METHOD(Smtp_Engine_MailerBase, smtpSend);
ZEND_METHOD(Smtp_Engine_MailerBase, smtpConnect);
ZEND_METHOD(Smtp_Engine_MailerBase, smtpClose);
ZEND_METHOD(Smtp_Engine_MailerBase, getTranslations);
ZEND_METHOD(Smtp_Engine_MailerBase, addrAppend);
ZEND_METHOD(Smtp_Engine_MailerBase, addrFormat);
ZEND_METHOD(Smtp_Engine_MailerBase, wrapText);
ZEND_METHOD(Smtp_Engine_MailerBase, utf8CharBoundary);
ZEND_METHOD(Smtp_Engine_MailerBase, setWordWrap);
ZEND_METHOD(Smtp_Engine_MailerBase, createHeader);
ZEND_METHOD(Smtp_Engine_MailerBase, getMailMIME);
ZEND_METHOD(Smtp_Engine_MailerBase, getSentMIMEMessage);
ZEND_METHOD(Smtp_Engine_MailerBase, generateId);
ZEND_METHOD(Smtp_Engine_MailerBase, createBody);
ZEND_METHOD(Smtp_Engine_MailerBase, getBoundary);
ZEND_METHOD(Smtp_Engine_MailerBase, endBoundary);
ZEND_METHOD(Smtp_Engine_MailerBase, setMessageType);
ZEND_METHOD(Smtp_Engine_MailerBase, headerLine);
ZEND_METHOD(Smtp_Engine_MailerBase, textLine);
ZEND_METHOD(Smtp_Engine_MailerBase, addAttachment);
ZEND_METHOD(Smtp_Engine_MailerBase, getAttachments);
ZEND_METHOD(Smtp_Engine_MailerBase, attachAll);
ZEND_METHOD(Smtp_Engine_MailerBase, encodeFile);
ZEND_METHOD(Smtp_Engine_MailerBase, encodeString);
ZEND_METHOD(Smtp_Engine_MailerBase, encodeHeader);
ZEND_METHOD(Smtp_Engine_MailerBase, hasMultiBytes);
ZEND_METHOD(Smtp_Engine_MailerBase, has8bitChars);
ZEND_METHOD(Smtp_Engine_MailerBase, base64EncodeWrapMB);
ZEND_METHOD(Smtp_Engine_MailerBase, encodeQP);
ZEND_METHOD(Smtp_Engine_MailerBase, encodeQ);
ZEND_METHOD(Smtp_Engine_MailerBase, addStringAttachment);
ZEND_METHOD(Smtp_Engine_MailerBase, addEmbeddedImage);
ZEND_METHOD(Smtp_Engine_MailerBase, addStringEmbeddedImage);
ZEND_METHOD(Smtp_Engine_MailerBase, validateEncoding);
ZEND_METHOD(Smtp_Engine_MailerBase, cidExists);
ZEND_METHOD(Smtp_Engine_MailerBase, inlineImageExists);
ZEND_METHOD(Smtp_Engine_MailerBase, attachmentExists);
ZEND_METHOD(Smtp_Engine_MailerBase, alternativeExists);
ZEND_METHOD(Smtp_Engine_MailerBase, clearQueuedAddresses);
ZEND_METHOD(Smtp_Engine_MailerBase, clearAddresses);
ZEND_METHOD(Smtp_Engine_MailerBase, clearCCs);
ZEND_METHOD(Smtp_Engine_MailerBase, clearBCCs);
ZEND_METHOD(Smtp_Engine_MailerBase, clearReplyTos);
ZEND_METHOD(Smtp_Engine_MailerBase, clearAllRecipients);
ZEND_METHOD(Smtp_Engine_MailerBase, clearAttachments);
ZEND_METHOD(Smtp_Engine_MailerBase, clearCustomHeaders);
ZEND_METHOD(Smtp_Engine_MailerBase, setError);
ZEND_METHOD(Smtp_Engine_MailerBase, rfcDate);
ZEND_METHOD(Smtp_Engine_MailerBase, serverHostname);
ZEND_METHOD(Smtp_Engine_MailerBase, isValidHost);
ZEND_METHOD(Smtp_Engine_MailerBase, isError);
ZEND_METHOD(Smtp_Engine_MailerBase, addCustomHeader);
ZEND_METHOD(Smtp_Engine_MailerBase, getCustomHeaders);
ZEND_METHOD(Smtp_Engine_MailerBase, msgHTML);
ZEND_METHOD(Smtp_Engine_MailerBase, html2text);
ZEND_METHOD(Smtp_Engine_MailerBase, _mime_types);
ZEND_METHOD(Smtp_Engine_MailerBase, filenameToType);
ZEND_METHOD(Smtp_Engine_MailerBase, mb_pathinfo);
ZEND_METHOD(Smtp_Engine_MailerBase, set);
ZEND_METHOD(Smtp_Engine_MailerBase, secureHeader);
ZEND_METHOD(Smtp_Engine_MailerBase, normalizeBreaks);
ZEND_METHOD(Smtp_Engine_MailerBase, stripTrailingWSP);
ZEND_METHOD(Smtp_Engine_MailerBase, getLE);
ZEND_METHOD(Smtp_Engine_MailerBase, setLE);
ZEND_METHOD(Smtp_Engine_MailerBase, hasLineLongerThanMax);
ZEND_METHOD(Smtp_Engine_MailerBase, quotedString);
ZEND_METHOD(Smtp_Engine_MailerBase, getToAddresses);
ZEND_METHOD(Smtp_Engine_MailerBase, getCcAddresses);
ZEND_METHOD(Smtp_Engine_MailerBase, getBccAddresses);
ZEND_METHOD(Smtp_Engine_MailerBase, getReplyToAddresses);
ZEND_METHOD(Smtp_Engine_MailerBase, getAllRecipientAddresses);
ZEND_METHOD(Smtp_Engine_MailerBase, getOAuth);
ZEND_METHOD(Smtp_Engine_MailerBase, setOAuth);
ZEND_METHOD(Smtp_Engine_MailerBase, addressHasUnicodeLocalPart);
ZEND_METHOD(Smtp_Engine_MailerBase, anyAddressHasUnicodeLocalPart);
ZEND_METHOD(Smtp_Engine_MailerBase, clearCustomHeader);
ZEND_METHOD(Smtp_Engine_MailerBase, getBoundaries);
ZEND_METHOD(Smtp_Engine_MailerBase, getSMTPXclientAttributes);
ZEND_METHOD(Smtp_Engine_MailerBase, needsSMTPUTF8);
ZEND_METHOD(Smtp_Engine_MailerBase, replaceCustomHeader);
ZEND_METHOD(Smtp_Engine_MailerBase, setBoundaries);
ZEND_METHOD(Smtp_Engine_MailerBase, setSMTPXclientAttribute);
ZEND_METHOD(Smtp_Engine_MailerBase, stripTrailingBreaks);
ZEND_METHOD(Smtp_Engine_MailerBase, sign);
ZEND_METHOD(Smtp_Engine_MailerBase, DKIM_QP);
ZEND_METHOD(Smtp_Engine_MailerBase, DKIM_Sign);
ZEND_METHOD(Smtp_Engine_MailerBase, DKIM_HeaderC);
ZEND_METHOD(Smtp_Engine_MailerBase, DKIM_BodyC);
ZEND_METHOD(Smtp_Engine_MailerBase, DKIM_Add);
ZEND_METHOD(Smtp_Engine_PHPMailer6, setLanguage);
ZEND_METHOD(Smtp_Engine_PHPMailer6, lang);
ZEND_METHOD(Smtp_Engine_MailerBase, parseAddresses);
ZEND_METHOD(Smtp_Engine_MailerBase, idnSupported);
ZEND_METHOD(Smtp_Engine_MailerBase, doCallback);
ZEND_METHOD(Smtp_Engine_PHPMailer7, setLanguage);
ZEND_METHOD(Smtp_Engine_PHPMailer7, lang);
ZEND_METHOD(Smtp_Engine_PHPMailer7, parseAddresses);
ZEND_METHOD(Smtp_Engine_PHPMailer7, parseSimplerAddresses);
ZEND_METHOD(Smtp_Engine_PHPMailer7, decodeHeader);


static const zend_function_entry class_Smtp_Engine_MailerBase_methods[] = {
	ZEND_ME(Smtp_Engine_MailerBase, __construct, arginfo_class_Smtp_Engine_MailerBase___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, __destruct, arginfo_class_Smtp_Engine_MailerBase___destruct, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, edebug, arginfo_class_Smtp_Engine_MailerBase_edebug, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_MailerBase, isHTML, arginfo_class_Smtp_Engine_MailerBase_isHTML, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, isSMTP, arginfo_class_Smtp_Engine_MailerBase_isSMTP, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, isMail, arginfo_class_Smtp_Engine_MailerBase_isMail, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, isSendmail, arginfo_class_Smtp_Engine_MailerBase_isSendmail, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, isQmail, arginfo_class_Smtp_Engine_MailerBase_isQmail, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, addAddress, arginfo_class_Smtp_Engine_MailerBase_addAddress, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, addCC, arginfo_class_Smtp_Engine_MailerBase_addCC, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, addBCC, arginfo_class_Smtp_Engine_MailerBase_addBCC, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, addReplyTo, arginfo_class_Smtp_Engine_MailerBase_addReplyTo, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, addOrEnqueueAnAddress, arginfo_class_Smtp_Engine_MailerBase_addOrEnqueueAnAddress, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_MailerBase, addAnAddress, arginfo_class_Smtp_Engine_MailerBase_addAnAddress, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_MailerBase, setFrom, arginfo_class_Smtp_Engine_MailerBase_setFrom, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, getLastMessageID, arginfo_class_Smtp_Engine_MailerBase_getLastMessageID, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, validateAddress, arginfo_class_Smtp_Engine_MailerBase_validateAddress, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Smtp_Engine_MailerBase, punyencodeAddress, arginfo_class_Smtp_Engine_MailerBase_punyencodeAddress, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, send, arginfo_class_Smtp_Engine_MailerBase_send, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, preSend, arginfo_class_Smtp_Engine_MailerBase_preSend, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, postSend, arginfo_class_Smtp_Engine_MailerBase_postSend, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, sendmailSend, arginfo_class_Smtp_Engine_MailerBase_sendmailSend, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_MailerBase, isShellSafe, arginfo_class_Smtp_Engine_MailerBase_isShellSafe, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Smtp_Engine_MailerBase, isPermittedPath, arginfo_class_Smtp_Engine_MailerBase_isPermittedPath, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Smtp_Engine_MailerBase, fileIsAccessible, arginfo_class_Smtp_Engine_MailerBase_fileIsAccessible, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Smtp_Engine_MailerBase, mailSend, arginfo_class_Smtp_Engine_MailerBase_mailSend, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_MailerBase, getSMTPInstance, arginfo_class_Smtp_Engine_MailerBase_getSMTPInstance, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, setSMTPInstance, arginfo_class_Smtp_Engine_MailerBase_setSMTPInstance, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, smtpSend, arginfo_class_Smtp_Engine_MailerBase_smtpSend, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_MailerBase, smtpConnect, arginfo_class_Smtp_Engine_MailerBase_smtpConnect, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, smtpClose, arginfo_class_Smtp_Engine_MailerBase_smtpClose, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, getTranslations, arginfo_class_Smtp_Engine_MailerBase_getTranslations, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, addrAppend, arginfo_class_Smtp_Engine_MailerBase_addrAppend, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, addrFormat, arginfo_class_Smtp_Engine_MailerBase_addrFormat, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, wrapText, arginfo_class_Smtp_Engine_MailerBase_wrapText, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, utf8CharBoundary, arginfo_class_Smtp_Engine_MailerBase_utf8CharBoundary, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, setWordWrap, arginfo_class_Smtp_Engine_MailerBase_setWordWrap, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, createHeader, arginfo_class_Smtp_Engine_MailerBase_createHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, getMailMIME, arginfo_class_Smtp_Engine_MailerBase_getMailMIME, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, getSentMIMEMessage, arginfo_class_Smtp_Engine_MailerBase_getSentMIMEMessage, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, generateId, arginfo_class_Smtp_Engine_MailerBase_generateId, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_MailerBase, createBody, arginfo_class_Smtp_Engine_MailerBase_createBody, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, getBoundary, arginfo_class_Smtp_Engine_MailerBase_getBoundary, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_MailerBase, endBoundary, arginfo_class_Smtp_Engine_MailerBase_endBoundary, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_MailerBase, setMessageType, arginfo_class_Smtp_Engine_MailerBase_setMessageType, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_MailerBase, headerLine, arginfo_class_Smtp_Engine_MailerBase_headerLine, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, textLine, arginfo_class_Smtp_Engine_MailerBase_textLine, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, addAttachment, arginfo_class_Smtp_Engine_MailerBase_addAttachment, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, getAttachments, arginfo_class_Smtp_Engine_MailerBase_getAttachments, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, attachAll, arginfo_class_Smtp_Engine_MailerBase_attachAll, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_MailerBase, encodeFile, arginfo_class_Smtp_Engine_MailerBase_encodeFile, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_MailerBase, encodeString, arginfo_class_Smtp_Engine_MailerBase_encodeString, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, encodeHeader, arginfo_class_Smtp_Engine_MailerBase_encodeHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, hasMultiBytes, arginfo_class_Smtp_Engine_MailerBase_hasMultiBytes, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, has8bitChars, arginfo_class_Smtp_Engine_MailerBase_has8bitChars, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, base64EncodeWrapMB, arginfo_class_Smtp_Engine_MailerBase_base64EncodeWrapMB, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, encodeQP, arginfo_class_Smtp_Engine_MailerBase_encodeQP, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, encodeQ, arginfo_class_Smtp_Engine_MailerBase_encodeQ, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, addStringAttachment, arginfo_class_Smtp_Engine_MailerBase_addStringAttachment, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, addEmbeddedImage, arginfo_class_Smtp_Engine_MailerBase_addEmbeddedImage, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, addStringEmbeddedImage, arginfo_class_Smtp_Engine_MailerBase_addStringEmbeddedImage, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, validateEncoding, arginfo_class_Smtp_Engine_MailerBase_validateEncoding, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_MailerBase, cidExists, arginfo_class_Smtp_Engine_MailerBase_cidExists, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_MailerBase, inlineImageExists, arginfo_class_Smtp_Engine_MailerBase_inlineImageExists, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, attachmentExists, arginfo_class_Smtp_Engine_MailerBase_attachmentExists, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, alternativeExists, arginfo_class_Smtp_Engine_MailerBase_alternativeExists, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, clearQueuedAddresses, arginfo_class_Smtp_Engine_MailerBase_clearQueuedAddresses, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, clearAddresses, arginfo_class_Smtp_Engine_MailerBase_clearAddresses, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, clearCCs, arginfo_class_Smtp_Engine_MailerBase_clearCCs, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, clearBCCs, arginfo_class_Smtp_Engine_MailerBase_clearBCCs, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, clearReplyTos, arginfo_class_Smtp_Engine_MailerBase_clearReplyTos, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, clearAllRecipients, arginfo_class_Smtp_Engine_MailerBase_clearAllRecipients, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, clearAttachments, arginfo_class_Smtp_Engine_MailerBase_clearAttachments, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, clearCustomHeaders, arginfo_class_Smtp_Engine_MailerBase_clearCustomHeaders, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, setError, arginfo_class_Smtp_Engine_MailerBase_setError, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_MailerBase, rfcDate, arginfo_class_Smtp_Engine_MailerBase_rfcDate, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Smtp_Engine_MailerBase, serverHostname, arginfo_class_Smtp_Engine_MailerBase_serverHostname, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_MailerBase, isValidHost, arginfo_class_Smtp_Engine_MailerBase_isValidHost, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Smtp_Engine_MailerBase, isError, arginfo_class_Smtp_Engine_MailerBase_isError, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, addCustomHeader, arginfo_class_Smtp_Engine_MailerBase_addCustomHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, getCustomHeaders, arginfo_class_Smtp_Engine_MailerBase_getCustomHeaders, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, msgHTML, arginfo_class_Smtp_Engine_MailerBase_msgHTML, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, html2text, arginfo_class_Smtp_Engine_MailerBase_html2text, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, _mime_types, arginfo_class_Smtp_Engine_MailerBase__mime_types, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Smtp_Engine_MailerBase, filenameToType, arginfo_class_Smtp_Engine_MailerBase_filenameToType, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Smtp_Engine_MailerBase, mb_pathinfo, arginfo_class_Smtp_Engine_MailerBase_mb_pathinfo, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Smtp_Engine_MailerBase, set, arginfo_class_Smtp_Engine_MailerBase_set, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, secureHeader, arginfo_class_Smtp_Engine_MailerBase_secureHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, normalizeBreaks, arginfo_class_Smtp_Engine_MailerBase_normalizeBreaks, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Smtp_Engine_MailerBase, stripTrailingWSP, arginfo_class_Smtp_Engine_MailerBase_stripTrailingWSP, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Smtp_Engine_MailerBase, getLE, arginfo_class_Smtp_Engine_MailerBase_getLE, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Smtp_Engine_MailerBase, setLE, arginfo_class_Smtp_Engine_MailerBase_setLE, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Smtp_Engine_MailerBase, hasLineLongerThanMax, arginfo_class_Smtp_Engine_MailerBase_hasLineLongerThanMax, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Smtp_Engine_MailerBase, quotedString, arginfo_class_Smtp_Engine_MailerBase_quotedString, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Smtp_Engine_MailerBase, getToAddresses, arginfo_class_Smtp_Engine_MailerBase_getToAddresses, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, getCcAddresses, arginfo_class_Smtp_Engine_MailerBase_getCcAddresses, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, getBccAddresses, arginfo_class_Smtp_Engine_MailerBase_getBccAddresses, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, getReplyToAddresses, arginfo_class_Smtp_Engine_MailerBase_getReplyToAddresses, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, getAllRecipientAddresses, arginfo_class_Smtp_Engine_MailerBase_getAllRecipientAddresses, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, getOAuth, arginfo_class_Smtp_Engine_MailerBase_getOAuth, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, setOAuth, arginfo_class_Smtp_Engine_MailerBase_setOAuth, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, addressHasUnicodeLocalPart, arginfo_class_Smtp_Engine_MailerBase_addressHasUnicodeLocalPart, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_MailerBase, anyAddressHasUnicodeLocalPart, arginfo_class_Smtp_Engine_MailerBase_anyAddressHasUnicodeLocalPart, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_MailerBase, clearCustomHeader, arginfo_class_Smtp_Engine_MailerBase_clearCustomHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, getBoundaries, arginfo_class_Smtp_Engine_MailerBase_getBoundaries, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, getSMTPXclientAttributes, arginfo_class_Smtp_Engine_MailerBase_getSMTPXclientAttributes, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, needsSMTPUTF8, arginfo_class_Smtp_Engine_MailerBase_needsSMTPUTF8, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, replaceCustomHeader, arginfo_class_Smtp_Engine_MailerBase_replaceCustomHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, setBoundaries, arginfo_class_Smtp_Engine_MailerBase_setBoundaries, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, setSMTPXclientAttribute, arginfo_class_Smtp_Engine_MailerBase_setSMTPXclientAttribute, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, stripTrailingBreaks, arginfo_class_Smtp_Engine_MailerBase_stripTrailingBreaks, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Smtp_Engine_MailerBase, sign, arginfo_class_Smtp_Engine_MailerBase_sign, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, DKIM_QP, arginfo_class_Smtp_Engine_MailerBase_DKIM_QP, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, DKIM_Sign, arginfo_class_Smtp_Engine_MailerBase_DKIM_Sign, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, DKIM_HeaderC, arginfo_class_Smtp_Engine_MailerBase_DKIM_HeaderC, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, DKIM_BodyC, arginfo_class_Smtp_Engine_MailerBase_DKIM_BodyC, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_MailerBase, DKIM_Add, arginfo_class_Smtp_Engine_MailerBase_DKIM_Add, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Smtp_Engine_PHPMailer6_methods[] = {
	ZEND_ME(Smtp_Engine_PHPMailer6, setLanguage, arginfo_class_Smtp_Engine_PHPMailer6_setLanguage, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_PHPMailer6, lang, arginfo_class_Smtp_Engine_PHPMailer6_lang, ZEND_ACC_PROTECTED)
	ZEND_MALIAS(Smtp_Engine_MailerBase, parseAddresses, parseAddresses, arginfo_class_Smtp_Engine_PHPMailer6_parseAddresses, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_MALIAS(Smtp_Engine_MailerBase, idnSupported, idnSupported, arginfo_class_Smtp_Engine_PHPMailer6_idnSupported, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_MALIAS(Smtp_Engine_MailerBase, doCallback, doCallback, arginfo_class_Smtp_Engine_PHPMailer6_doCallback, ZEND_ACC_PROTECTED)
	ZEND_FE_END
};


static const zend_function_entry class_Smtp_Engine_PHPMailer7_methods[] = {
	ZEND_ME(Smtp_Engine_PHPMailer7, setLanguage, arginfo_class_Smtp_Engine_PHPMailer7_setLanguage, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Smtp_Engine_PHPMailer7, lang, arginfo_class_Smtp_Engine_PHPMailer7_lang, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Smtp_Engine_PHPMailer7, parseAddresses, arginfo_class_Smtp_Engine_PHPMailer7_parseAddresses, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Smtp_Engine_PHPMailer7, parseSimplerAddresses, arginfo_class_Smtp_Engine_PHPMailer7_parseSimplerAddresses, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Smtp_Engine_PHPMailer7, decodeHeader, arginfo_class_Smtp_Engine_PHPMailer7_decodeHeader, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_MALIAS(Smtp_Engine_MailerBase, idnSupported, idnSupported, arginfo_class_Smtp_Engine_PHPMailer7_idnSupported, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_MALIAS(Smtp_Engine_MailerBase, doCallback, doCallback, arginfo_class_Smtp_Engine_PHPMailer7_doCallback, ZEND_ACC_PROTECTED)
	ZEND_FE_END
};

static zend_class_entry *register_class_Smtp_Engine_MailerBase(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Smtp\\Engine", "MailerBase", class_Smtp_Engine_MailerBase_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_ABSTRACT;

	zval const_CHARSET_ASCII_value;
	zend_string *const_CHARSET_ASCII_value_str = zend_string_init("us-ascii", strlen("us-ascii"), 1);
	ZVAL_STR(&const_CHARSET_ASCII_value, const_CHARSET_ASCII_value_str);
	zend_string *const_CHARSET_ASCII_name = zend_string_init_interned("CHARSET_ASCII", sizeof("CHARSET_ASCII") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CHARSET_ASCII_name, &const_CHARSET_ASCII_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CHARSET_ASCII_name);

	zval const_CHARSET_ISO88591_value;
	zend_string *const_CHARSET_ISO88591_value_str = zend_string_init("iso-8859-1", strlen("iso-8859-1"), 1);
	ZVAL_STR(&const_CHARSET_ISO88591_value, const_CHARSET_ISO88591_value_str);
	zend_string *const_CHARSET_ISO88591_name = zend_string_init_interned("CHARSET_ISO88591", sizeof("CHARSET_ISO88591") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CHARSET_ISO88591_name, &const_CHARSET_ISO88591_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CHARSET_ISO88591_name);

	zval const_CHARSET_UTF8_value;
	zend_string *const_CHARSET_UTF8_value_str = zend_string_init("utf-8", strlen("utf-8"), 1);
	ZVAL_STR(&const_CHARSET_UTF8_value, const_CHARSET_UTF8_value_str);
	zend_string *const_CHARSET_UTF8_name = zend_string_init_interned("CHARSET_UTF8", sizeof("CHARSET_UTF8") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CHARSET_UTF8_name, &const_CHARSET_UTF8_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CHARSET_UTF8_name);

	zval const_CONTENT_TYPE_PLAINTEXT_value;
	zend_string *const_CONTENT_TYPE_PLAINTEXT_value_str = zend_string_init("text/plain", strlen("text/plain"), 1);
	ZVAL_STR(&const_CONTENT_TYPE_PLAINTEXT_value, const_CONTENT_TYPE_PLAINTEXT_value_str);
	zend_string *const_CONTENT_TYPE_PLAINTEXT_name = zend_string_init_interned("CONTENT_TYPE_PLAINTEXT", sizeof("CONTENT_TYPE_PLAINTEXT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CONTENT_TYPE_PLAINTEXT_name, &const_CONTENT_TYPE_PLAINTEXT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CONTENT_TYPE_PLAINTEXT_name);

	zval const_CONTENT_TYPE_TEXT_CALENDAR_value;
	zend_string *const_CONTENT_TYPE_TEXT_CALENDAR_value_str = zend_string_init("text/calendar", strlen("text/calendar"), 1);
	ZVAL_STR(&const_CONTENT_TYPE_TEXT_CALENDAR_value, const_CONTENT_TYPE_TEXT_CALENDAR_value_str);
	zend_string *const_CONTENT_TYPE_TEXT_CALENDAR_name = zend_string_init_interned("CONTENT_TYPE_TEXT_CALENDAR", sizeof("CONTENT_TYPE_TEXT_CALENDAR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CONTENT_TYPE_TEXT_CALENDAR_name, &const_CONTENT_TYPE_TEXT_CALENDAR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CONTENT_TYPE_TEXT_CALENDAR_name);

	zval const_CONTENT_TYPE_TEXT_HTML_value;
	zend_string *const_CONTENT_TYPE_TEXT_HTML_value_str = zend_string_init("text/html", strlen("text/html"), 1);
	ZVAL_STR(&const_CONTENT_TYPE_TEXT_HTML_value, const_CONTENT_TYPE_TEXT_HTML_value_str);
	zend_string *const_CONTENT_TYPE_TEXT_HTML_name = zend_string_init_interned("CONTENT_TYPE_TEXT_HTML", sizeof("CONTENT_TYPE_TEXT_HTML") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CONTENT_TYPE_TEXT_HTML_name, &const_CONTENT_TYPE_TEXT_HTML_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CONTENT_TYPE_TEXT_HTML_name);

	zval const_CONTENT_TYPE_MULTIPART_ALTERNATIVE_value;
	zend_string *const_CONTENT_TYPE_MULTIPART_ALTERNATIVE_value_str = zend_string_init("multipart/alternative", strlen("multipart/alternative"), 1);
	ZVAL_STR(&const_CONTENT_TYPE_MULTIPART_ALTERNATIVE_value, const_CONTENT_TYPE_MULTIPART_ALTERNATIVE_value_str);
	zend_string *const_CONTENT_TYPE_MULTIPART_ALTERNATIVE_name = zend_string_init_interned("CONTENT_TYPE_MULTIPART_ALTERNATIVE", sizeof("CONTENT_TYPE_MULTIPART_ALTERNATIVE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CONTENT_TYPE_MULTIPART_ALTERNATIVE_name, &const_CONTENT_TYPE_MULTIPART_ALTERNATIVE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CONTENT_TYPE_MULTIPART_ALTERNATIVE_name);

	zval const_CONTENT_TYPE_MULTIPART_MIXED_value;
	zend_string *const_CONTENT_TYPE_MULTIPART_MIXED_value_str = zend_string_init("multipart/mixed", strlen("multipart/mixed"), 1);
	ZVAL_STR(&const_CONTENT_TYPE_MULTIPART_MIXED_value, const_CONTENT_TYPE_MULTIPART_MIXED_value_str);
	zend_string *const_CONTENT_TYPE_MULTIPART_MIXED_name = zend_string_init_interned("CONTENT_TYPE_MULTIPART_MIXED", sizeof("CONTENT_TYPE_MULTIPART_MIXED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CONTENT_TYPE_MULTIPART_MIXED_name, &const_CONTENT_TYPE_MULTIPART_MIXED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CONTENT_TYPE_MULTIPART_MIXED_name);

	zval const_CONTENT_TYPE_MULTIPART_RELATED_value;
	zend_string *const_CONTENT_TYPE_MULTIPART_RELATED_value_str = zend_string_init("multipart/related", strlen("multipart/related"), 1);
	ZVAL_STR(&const_CONTENT_TYPE_MULTIPART_RELATED_value, const_CONTENT_TYPE_MULTIPART_RELATED_value_str);
	zend_string *const_CONTENT_TYPE_MULTIPART_RELATED_name = zend_string_init_interned("CONTENT_TYPE_MULTIPART_RELATED", sizeof("CONTENT_TYPE_MULTIPART_RELATED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CONTENT_TYPE_MULTIPART_RELATED_name, &const_CONTENT_TYPE_MULTIPART_RELATED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CONTENT_TYPE_MULTIPART_RELATED_name);

	zval const_ENCODING_7BIT_value;
	zend_string *const_ENCODING_7BIT_value_str = zend_string_init("7bit", strlen("7bit"), 1);
	ZVAL_STR(&const_ENCODING_7BIT_value, const_ENCODING_7BIT_value_str);
	zend_string *const_ENCODING_7BIT_name = zend_string_init_interned("ENCODING_7BIT", sizeof("ENCODING_7BIT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ENCODING_7BIT_name, &const_ENCODING_7BIT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ENCODING_7BIT_name);

	zval const_ENCODING_8BIT_value;
	zend_string *const_ENCODING_8BIT_value_str = zend_string_init("8bit", strlen("8bit"), 1);
	ZVAL_STR(&const_ENCODING_8BIT_value, const_ENCODING_8BIT_value_str);
	zend_string *const_ENCODING_8BIT_name = zend_string_init_interned("ENCODING_8BIT", sizeof("ENCODING_8BIT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ENCODING_8BIT_name, &const_ENCODING_8BIT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ENCODING_8BIT_name);

	zval const_ENCODING_BASE64_value;
	zend_string *const_ENCODING_BASE64_value_str = zend_string_init("base64", strlen("base64"), 1);
	ZVAL_STR(&const_ENCODING_BASE64_value, const_ENCODING_BASE64_value_str);
	zend_string *const_ENCODING_BASE64_name = zend_string_init_interned("ENCODING_BASE64", sizeof("ENCODING_BASE64") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ENCODING_BASE64_name, &const_ENCODING_BASE64_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ENCODING_BASE64_name);

	zval const_ENCODING_BINARY_value;
	zend_string *const_ENCODING_BINARY_value_str = zend_string_init("binary", strlen("binary"), 1);
	ZVAL_STR(&const_ENCODING_BINARY_value, const_ENCODING_BINARY_value_str);
	zend_string *const_ENCODING_BINARY_name = zend_string_init_interned("ENCODING_BINARY", sizeof("ENCODING_BINARY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ENCODING_BINARY_name, &const_ENCODING_BINARY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ENCODING_BINARY_name);

	zval const_ENCODING_QUOTED_PRINTABLE_value;
	zend_string *const_ENCODING_QUOTED_PRINTABLE_value_str = zend_string_init("quoted-printable", strlen("quoted-printable"), 1);
	ZVAL_STR(&const_ENCODING_QUOTED_PRINTABLE_value, const_ENCODING_QUOTED_PRINTABLE_value_str);
	zend_string *const_ENCODING_QUOTED_PRINTABLE_name = zend_string_init_interned("ENCODING_QUOTED_PRINTABLE", sizeof("ENCODING_QUOTED_PRINTABLE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ENCODING_QUOTED_PRINTABLE_name, &const_ENCODING_QUOTED_PRINTABLE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ENCODING_QUOTED_PRINTABLE_name);

	zval const_ENCRYPTION_STARTTLS_value;
	zend_string *const_ENCRYPTION_STARTTLS_value_str = zend_string_init("tls", strlen("tls"), 1);
	ZVAL_STR(&const_ENCRYPTION_STARTTLS_value, const_ENCRYPTION_STARTTLS_value_str);
	zend_string *const_ENCRYPTION_STARTTLS_name = zend_string_init_interned("ENCRYPTION_STARTTLS", sizeof("ENCRYPTION_STARTTLS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ENCRYPTION_STARTTLS_name, &const_ENCRYPTION_STARTTLS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ENCRYPTION_STARTTLS_name);

	zval const_ENCRYPTION_SMTPS_value;
	zend_string *const_ENCRYPTION_SMTPS_value_str = zend_string_init("ssl", strlen("ssl"), 1);
	ZVAL_STR(&const_ENCRYPTION_SMTPS_value, const_ENCRYPTION_SMTPS_value_str);
	zend_string *const_ENCRYPTION_SMTPS_name = zend_string_init_interned("ENCRYPTION_SMTPS", sizeof("ENCRYPTION_SMTPS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ENCRYPTION_SMTPS_name, &const_ENCRYPTION_SMTPS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ENCRYPTION_SMTPS_name);

	zval const_ICAL_METHOD_REQUEST_value;
	zend_string *const_ICAL_METHOD_REQUEST_value_str = zend_string_init("REQUEST", strlen("REQUEST"), 1);
	ZVAL_STR(&const_ICAL_METHOD_REQUEST_value, const_ICAL_METHOD_REQUEST_value_str);
	zend_string *const_ICAL_METHOD_REQUEST_name = zend_string_init_interned("ICAL_METHOD_REQUEST", sizeof("ICAL_METHOD_REQUEST") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ICAL_METHOD_REQUEST_name, &const_ICAL_METHOD_REQUEST_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ICAL_METHOD_REQUEST_name);

	zval const_ICAL_METHOD_PUBLISH_value;
	zend_string *const_ICAL_METHOD_PUBLISH_value_str = zend_string_init("PUBLISH", strlen("PUBLISH"), 1);
	ZVAL_STR(&const_ICAL_METHOD_PUBLISH_value, const_ICAL_METHOD_PUBLISH_value_str);
	zend_string *const_ICAL_METHOD_PUBLISH_name = zend_string_init_interned("ICAL_METHOD_PUBLISH", sizeof("ICAL_METHOD_PUBLISH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ICAL_METHOD_PUBLISH_name, &const_ICAL_METHOD_PUBLISH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ICAL_METHOD_PUBLISH_name);

	zval const_ICAL_METHOD_REPLY_value;
	zend_string *const_ICAL_METHOD_REPLY_value_str = zend_string_init("REPLY", strlen("REPLY"), 1);
	ZVAL_STR(&const_ICAL_METHOD_REPLY_value, const_ICAL_METHOD_REPLY_value_str);
	zend_string *const_ICAL_METHOD_REPLY_name = zend_string_init_interned("ICAL_METHOD_REPLY", sizeof("ICAL_METHOD_REPLY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ICAL_METHOD_REPLY_name, &const_ICAL_METHOD_REPLY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ICAL_METHOD_REPLY_name);

	zval const_ICAL_METHOD_ADD_value;
	zend_string *const_ICAL_METHOD_ADD_value_str = zend_string_init("ADD", strlen("ADD"), 1);
	ZVAL_STR(&const_ICAL_METHOD_ADD_value, const_ICAL_METHOD_ADD_value_str);
	zend_string *const_ICAL_METHOD_ADD_name = zend_string_init_interned("ICAL_METHOD_ADD", sizeof("ICAL_METHOD_ADD") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ICAL_METHOD_ADD_name, &const_ICAL_METHOD_ADD_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ICAL_METHOD_ADD_name);

	zval const_ICAL_METHOD_CANCEL_value;
	zend_string *const_ICAL_METHOD_CANCEL_value_str = zend_string_init("CANCEL", strlen("CANCEL"), 1);
	ZVAL_STR(&const_ICAL_METHOD_CANCEL_value, const_ICAL_METHOD_CANCEL_value_str);
	zend_string *const_ICAL_METHOD_CANCEL_name = zend_string_init_interned("ICAL_METHOD_CANCEL", sizeof("ICAL_METHOD_CANCEL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ICAL_METHOD_CANCEL_name, &const_ICAL_METHOD_CANCEL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ICAL_METHOD_CANCEL_name);

	zval const_ICAL_METHOD_REFRESH_value;
	zend_string *const_ICAL_METHOD_REFRESH_value_str = zend_string_init("REFRESH", strlen("REFRESH"), 1);
	ZVAL_STR(&const_ICAL_METHOD_REFRESH_value, const_ICAL_METHOD_REFRESH_value_str);
	zend_string *const_ICAL_METHOD_REFRESH_name = zend_string_init_interned("ICAL_METHOD_REFRESH", sizeof("ICAL_METHOD_REFRESH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ICAL_METHOD_REFRESH_name, &const_ICAL_METHOD_REFRESH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ICAL_METHOD_REFRESH_name);

	zval const_ICAL_METHOD_COUNTER_value;
	zend_string *const_ICAL_METHOD_COUNTER_value_str = zend_string_init("COUNTER", strlen("COUNTER"), 1);
	ZVAL_STR(&const_ICAL_METHOD_COUNTER_value, const_ICAL_METHOD_COUNTER_value_str);
	zend_string *const_ICAL_METHOD_COUNTER_name = zend_string_init_interned("ICAL_METHOD_COUNTER", sizeof("ICAL_METHOD_COUNTER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ICAL_METHOD_COUNTER_name, &const_ICAL_METHOD_COUNTER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ICAL_METHOD_COUNTER_name);

	zval const_ICAL_METHOD_DECLINECOUNTER_value;
	zend_string *const_ICAL_METHOD_DECLINECOUNTER_value_str = zend_string_init("DECLINECOUNTER", strlen("DECLINECOUNTER"), 1);
	ZVAL_STR(&const_ICAL_METHOD_DECLINECOUNTER_value, const_ICAL_METHOD_DECLINECOUNTER_value_str);
	zend_string *const_ICAL_METHOD_DECLINECOUNTER_name = zend_string_init_interned("ICAL_METHOD_DECLINECOUNTER", sizeof("ICAL_METHOD_DECLINECOUNTER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ICAL_METHOD_DECLINECOUNTER_name, &const_ICAL_METHOD_DECLINECOUNTER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ICAL_METHOD_DECLINECOUNTER_name);

	zval const_STOP_MESSAGE_value;
	ZVAL_LONG(&const_STOP_MESSAGE_value, 0);
	zend_string *const_STOP_MESSAGE_name = zend_string_init_interned("STOP_MESSAGE", sizeof("STOP_MESSAGE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STOP_MESSAGE_name, &const_STOP_MESSAGE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STOP_MESSAGE_name);

	zval const_STOP_CONTINUE_value;
	ZVAL_LONG(&const_STOP_CONTINUE_value, 1);
	zend_string *const_STOP_CONTINUE_name = zend_string_init_interned("STOP_CONTINUE", sizeof("STOP_CONTINUE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STOP_CONTINUE_name, &const_STOP_CONTINUE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STOP_CONTINUE_name);

	zval const_STOP_CRITICAL_value;
	ZVAL_LONG(&const_STOP_CRITICAL_value, 2);
	zend_string *const_STOP_CRITICAL_name = zend_string_init_interned("STOP_CRITICAL", sizeof("STOP_CRITICAL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STOP_CRITICAL_name, &const_STOP_CRITICAL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STOP_CRITICAL_name);

	zval const_CRLF_value;
	zend_string *const_CRLF_value_str = zend_string_init(SMTP_CRLF, strlen(SMTP_CRLF), 1);
	ZVAL_STR(&const_CRLF_value, const_CRLF_value_str);
	zend_string *const_CRLF_name = zend_string_init_interned("CRLF", sizeof("CRLF") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRLF_name, &const_CRLF_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRLF_name);

	zval const_FWS_value;
	zend_string *const_FWS_value_str = zend_string_init(" ", strlen(" "), 1);
	ZVAL_STR(&const_FWS_value, const_FWS_value_str);
	zend_string *const_FWS_name = zend_string_init_interned("FWS", sizeof("FWS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_FWS_name, &const_FWS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_FWS_name);

	zval const_MAIL_MAX_LINE_LENGTH_value;
	ZVAL_LONG(&const_MAIL_MAX_LINE_LENGTH_value, 63);
	zend_string *const_MAIL_MAX_LINE_LENGTH_name = zend_string_init_interned("MAIL_MAX_LINE_LENGTH", sizeof("MAIL_MAX_LINE_LENGTH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MAIL_MAX_LINE_LENGTH_name, &const_MAIL_MAX_LINE_LENGTH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MAIL_MAX_LINE_LENGTH_name);

	zval const_MAX_LINE_LENGTH_value;
	ZVAL_LONG(&const_MAX_LINE_LENGTH_value, 998);
	zend_string *const_MAX_LINE_LENGTH_name = zend_string_init_interned("MAX_LINE_LENGTH", sizeof("MAX_LINE_LENGTH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MAX_LINE_LENGTH_name, &const_MAX_LINE_LENGTH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MAX_LINE_LENGTH_name);

	zval const_STD_LINE_LENGTH_value;
	ZVAL_LONG(&const_STD_LINE_LENGTH_value, 76);
	zend_string *const_STD_LINE_LENGTH_name = zend_string_init_interned("STD_LINE_LENGTH", sizeof("STD_LINE_LENGTH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STD_LINE_LENGTH_name, &const_STD_LINE_LENGTH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STD_LINE_LENGTH_name);

	zval property_Priority_default_value;
	ZVAL_NULL(&property_Priority_default_value);
	zend_string *property_Priority_name = zend_string_init("Priority", sizeof("Priority") - 1, 1);
	zend_declare_property_ex(class_entry, property_Priority_name, &property_Priority_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_Priority_name);

	zval property_CharSet_default_value;
	zend_string *property_CharSet_default_value_str = zend_string_init("iso-8859-1", strlen("iso-8859-1"), 1);
	ZVAL_STR(&property_CharSet_default_value, property_CharSet_default_value_str);
	zend_string *property_CharSet_name = zend_string_init("CharSet", sizeof("CharSet") - 1, 1);
	zend_declare_property_ex(class_entry, property_CharSet_name, &property_CharSet_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_CharSet_name);

	zval property_ContentType_default_value;
	zend_string *property_ContentType_default_value_str = zend_string_init("text/plain", strlen("text/plain"), 1);
	ZVAL_STR(&property_ContentType_default_value, property_ContentType_default_value_str);
	zend_string *property_ContentType_name = zend_string_init("ContentType", sizeof("ContentType") - 1, 1);
	zend_declare_property_ex(class_entry, property_ContentType_name, &property_ContentType_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_ContentType_name);

	zval property_Encoding_default_value;
	zend_string *property_Encoding_default_value_str = zend_string_init("8bit", strlen("8bit"), 1);
	ZVAL_STR(&property_Encoding_default_value, property_Encoding_default_value_str);
	zend_string *property_Encoding_name = zend_string_init("Encoding", sizeof("Encoding") - 1, 1);
	zend_declare_property_ex(class_entry, property_Encoding_name, &property_Encoding_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_Encoding_name);

	zval property_ErrorInfo_default_value;
	ZVAL_EMPTY_STRING(&property_ErrorInfo_default_value);
	zend_string *property_ErrorInfo_name = zend_string_init("ErrorInfo", sizeof("ErrorInfo") - 1, 1);
	zend_declare_property_ex(class_entry, property_ErrorInfo_name, &property_ErrorInfo_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_ErrorInfo_name);

	zval property_From_default_value;
	ZVAL_EMPTY_STRING(&property_From_default_value);
	zend_string *property_From_name = zend_string_init("From", sizeof("From") - 1, 1);
	zend_declare_property_ex(class_entry, property_From_name, &property_From_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_From_name);

	zval property_FromName_default_value;
	ZVAL_EMPTY_STRING(&property_FromName_default_value);
	zend_string *property_FromName_name = zend_string_init("FromName", sizeof("FromName") - 1, 1);
	zend_declare_property_ex(class_entry, property_FromName_name, &property_FromName_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_FromName_name);

	zval property_Sender_default_value;
	ZVAL_EMPTY_STRING(&property_Sender_default_value);
	zend_string *property_Sender_name = zend_string_init("Sender", sizeof("Sender") - 1, 1);
	zend_declare_property_ex(class_entry, property_Sender_name, &property_Sender_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_Sender_name);

	zval property_Subject_default_value;
	ZVAL_EMPTY_STRING(&property_Subject_default_value);
	zend_string *property_Subject_name = zend_string_init("Subject", sizeof("Subject") - 1, 1);
	zend_declare_property_ex(class_entry, property_Subject_name, &property_Subject_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_Subject_name);

	zval property_Body_default_value;
	ZVAL_EMPTY_STRING(&property_Body_default_value);
	zend_string *property_Body_name = zend_string_init("Body", sizeof("Body") - 1, 1);
	zend_declare_property_ex(class_entry, property_Body_name, &property_Body_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_Body_name);

	zval property_AltBody_default_value;
	ZVAL_EMPTY_STRING(&property_AltBody_default_value);
	zend_string *property_AltBody_name = zend_string_init("AltBody", sizeof("AltBody") - 1, 1);
	zend_declare_property_ex(class_entry, property_AltBody_name, &property_AltBody_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_AltBody_name);

	zval property_Ical_default_value;
	ZVAL_EMPTY_STRING(&property_Ical_default_value);
	zend_string *property_Ical_name = zend_string_init("Ical", sizeof("Ical") - 1, 1);
	zend_declare_property_ex(class_entry, property_Ical_name, &property_Ical_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_Ical_name);

	zval property_IcalMethods_default_value;
	ZVAL_EMPTY_ARRAY(&property_IcalMethods_default_value);
	zend_string *property_IcalMethods_name = zend_string_init("IcalMethods", sizeof("IcalMethods") - 1, 1);
	zend_declare_property_ex(class_entry, property_IcalMethods_name, &property_IcalMethods_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_IcalMethods_name);

	zval property_MIMEBody_default_value;
	ZVAL_EMPTY_STRING(&property_MIMEBody_default_value);
	zend_string *property_MIMEBody_name = zend_string_init("MIMEBody", sizeof("MIMEBody") - 1, 1);
	zend_declare_property_ex(class_entry, property_MIMEBody_name, &property_MIMEBody_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_MIMEBody_name);

	zval property_MIMEHeader_default_value;
	ZVAL_EMPTY_STRING(&property_MIMEHeader_default_value);
	zend_string *property_MIMEHeader_name = zend_string_init("MIMEHeader", sizeof("MIMEHeader") - 1, 1);
	zend_declare_property_ex(class_entry, property_MIMEHeader_name, &property_MIMEHeader_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_MIMEHeader_name);

	zval property_mailHeader_default_value;
	ZVAL_EMPTY_STRING(&property_mailHeader_default_value);
	zend_string *property_mailHeader_name = zend_string_init("mailHeader", sizeof("mailHeader") - 1, 1);
	zend_declare_property_ex(class_entry, property_mailHeader_name, &property_mailHeader_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_mailHeader_name);

	zval property_WordWrap_default_value;
	ZVAL_LONG(&property_WordWrap_default_value, 0);
	zend_string *property_WordWrap_name = zend_string_init("WordWrap", sizeof("WordWrap") - 1, 1);
	zend_declare_property_ex(class_entry, property_WordWrap_name, &property_WordWrap_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_WordWrap_name);

	zval property_Mailer_default_value;
	zend_string *property_Mailer_default_value_str = zend_string_init("mail", strlen("mail"), 1);
	ZVAL_STR(&property_Mailer_default_value, property_Mailer_default_value_str);
	zend_string *property_Mailer_name = zend_string_init("Mailer", sizeof("Mailer") - 1, 1);
	zend_declare_property_ex(class_entry, property_Mailer_name, &property_Mailer_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_Mailer_name);

	zval property_Sendmail_default_value;
	zend_string *property_Sendmail_default_value_str = zend_string_init("/usr/sbin/sendmail", strlen("/usr/sbin/sendmail"), 1);
	ZVAL_STR(&property_Sendmail_default_value, property_Sendmail_default_value_str);
	zend_string *property_Sendmail_name = zend_string_init("Sendmail", sizeof("Sendmail") - 1, 1);
	zend_declare_property_ex(class_entry, property_Sendmail_name, &property_Sendmail_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_Sendmail_name);

	zval property_UseSendmailOptions_default_value;
	ZVAL_TRUE(&property_UseSendmailOptions_default_value);
	zend_string *property_UseSendmailOptions_name = zend_string_init("UseSendmailOptions", sizeof("UseSendmailOptions") - 1, 1);
	zend_declare_property_ex(class_entry, property_UseSendmailOptions_name, &property_UseSendmailOptions_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_UseSendmailOptions_name);

	zval property_ConfirmReadingTo_default_value;
	ZVAL_EMPTY_STRING(&property_ConfirmReadingTo_default_value);
	zend_string *property_ConfirmReadingTo_name = zend_string_init("ConfirmReadingTo", sizeof("ConfirmReadingTo") - 1, 1);
	zend_declare_property_ex(class_entry, property_ConfirmReadingTo_name, &property_ConfirmReadingTo_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_ConfirmReadingTo_name);

	zval property_Hostname_default_value;
	ZVAL_EMPTY_STRING(&property_Hostname_default_value);
	zend_string *property_Hostname_name = zend_string_init("Hostname", sizeof("Hostname") - 1, 1);
	zend_declare_property_ex(class_entry, property_Hostname_name, &property_Hostname_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_Hostname_name);

	zval property_MessageID_default_value;
	ZVAL_EMPTY_STRING(&property_MessageID_default_value);
	zend_string *property_MessageID_name = zend_string_init("MessageID", sizeof("MessageID") - 1, 1);
	zend_declare_property_ex(class_entry, property_MessageID_name, &property_MessageID_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_MessageID_name);

	zval property_MessageDate_default_value;
	ZVAL_EMPTY_STRING(&property_MessageDate_default_value);
	zend_string *property_MessageDate_name = zend_string_init("MessageDate", sizeof("MessageDate") - 1, 1);
	zend_declare_property_ex(class_entry, property_MessageDate_name, &property_MessageDate_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_MessageDate_name);

	zval property_Host_default_value;
	zend_string *property_Host_default_value_str = zend_string_init("localhost", strlen("localhost"), 1);
	ZVAL_STR(&property_Host_default_value, property_Host_default_value_str);
	zend_string *property_Host_name = zend_string_init("Host", sizeof("Host") - 1, 1);
	zend_declare_property_ex(class_entry, property_Host_name, &property_Host_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_Host_name);

	zval property_Port_default_value;
	ZVAL_LONG(&property_Port_default_value, 25);
	zend_string *property_Port_name = zend_string_init("Port", sizeof("Port") - 1, 1);
	zend_declare_property_ex(class_entry, property_Port_name, &property_Port_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_Port_name);

	zval property_Helo_default_value;
	ZVAL_EMPTY_STRING(&property_Helo_default_value);
	zend_string *property_Helo_name = zend_string_init("Helo", sizeof("Helo") - 1, 1);
	zend_declare_property_ex(class_entry, property_Helo_name, &property_Helo_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_Helo_name);

	zval property_SMTPSecure_default_value;
	ZVAL_EMPTY_STRING(&property_SMTPSecure_default_value);
	zend_string *property_SMTPSecure_name = zend_string_init("SMTPSecure", sizeof("SMTPSecure") - 1, 1);
	zend_declare_property_ex(class_entry, property_SMTPSecure_name, &property_SMTPSecure_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_SMTPSecure_name);

	zval property_SMTPAutoTLS_default_value;
	ZVAL_TRUE(&property_SMTPAutoTLS_default_value);
	zend_string *property_SMTPAutoTLS_name = zend_string_init("SMTPAutoTLS", sizeof("SMTPAutoTLS") - 1, 1);
	zend_declare_property_ex(class_entry, property_SMTPAutoTLS_name, &property_SMTPAutoTLS_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_SMTPAutoTLS_name);

	zval property_SMTPAuth_default_value;
	ZVAL_FALSE(&property_SMTPAuth_default_value);
	zend_string *property_SMTPAuth_name = zend_string_init("SMTPAuth", sizeof("SMTPAuth") - 1, 1);
	zend_declare_property_ex(class_entry, property_SMTPAuth_name, &property_SMTPAuth_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_SMTPAuth_name);

	zval property_SMTPOptions_default_value;
	ZVAL_EMPTY_ARRAY(&property_SMTPOptions_default_value);
	zend_string *property_SMTPOptions_name = zend_string_init("SMTPOptions", sizeof("SMTPOptions") - 1, 1);
	zend_declare_property_ex(class_entry, property_SMTPOptions_name, &property_SMTPOptions_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_SMTPOptions_name);

	zval property_Username_default_value;
	ZVAL_EMPTY_STRING(&property_Username_default_value);
	zend_string *property_Username_name = zend_string_init("Username", sizeof("Username") - 1, 1);
	zend_declare_property_ex(class_entry, property_Username_name, &property_Username_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_Username_name);

	zval property_Password_default_value;
	ZVAL_EMPTY_STRING(&property_Password_default_value);
	zend_string *property_Password_name = zend_string_init("Password", sizeof("Password") - 1, 1);
	zend_declare_property_ex(class_entry, property_Password_name, &property_Password_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_Password_name);

	zval property_AuthType_default_value;
	ZVAL_EMPTY_STRING(&property_AuthType_default_value);
	zend_string *property_AuthType_name = zend_string_init("AuthType", sizeof("AuthType") - 1, 1);
	zend_declare_property_ex(class_entry, property_AuthType_name, &property_AuthType_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_AuthType_name);

	zval property_SMTPXClient_default_value;
	ZVAL_EMPTY_ARRAY(&property_SMTPXClient_default_value);
	zend_string *property_SMTPXClient_name = zend_string_init("SMTPXClient", sizeof("SMTPXClient") - 1, 1);
	zend_declare_property_ex(class_entry, property_SMTPXClient_name, &property_SMTPXClient_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_SMTPXClient_name);

	zval property_oauth_default_value;
	ZVAL_NULL(&property_oauth_default_value);
	zend_string *property_oauth_name = zend_string_init("oauth", sizeof("oauth") - 1, 1);
	zend_declare_property_ex(class_entry, property_oauth_name, &property_oauth_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_oauth_name);

	zval property_Timeout_default_value;
	ZVAL_LONG(&property_Timeout_default_value, 300);
	zend_string *property_Timeout_name = zend_string_init("Timeout", sizeof("Timeout") - 1, 1);
	zend_declare_property_ex(class_entry, property_Timeout_name, &property_Timeout_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_Timeout_name);

	zval property_dsn_default_value;
	ZVAL_EMPTY_STRING(&property_dsn_default_value);
	zend_string *property_dsn_name = zend_string_init("dsn", sizeof("dsn") - 1, 1);
	zend_declare_property_ex(class_entry, property_dsn_name, &property_dsn_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_dsn_name);

	zval property_SMTPDebug_default_value;
	ZVAL_LONG(&property_SMTPDebug_default_value, 0);
	zend_string *property_SMTPDebug_name = zend_string_init("SMTPDebug", sizeof("SMTPDebug") - 1, 1);
	zend_declare_property_ex(class_entry, property_SMTPDebug_name, &property_SMTPDebug_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_SMTPDebug_name);

	zval property_Debugoutput_default_value;
	zend_string *property_Debugoutput_default_value_str = zend_string_init("echo", strlen("echo"), 1);
	ZVAL_STR(&property_Debugoutput_default_value, property_Debugoutput_default_value_str);
	zend_string *property_Debugoutput_name = zend_string_init("Debugoutput", sizeof("Debugoutput") - 1, 1);
	zend_declare_property_ex(class_entry, property_Debugoutput_name, &property_Debugoutput_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_Debugoutput_name);

	zval property_SMTPKeepAlive_default_value;
	ZVAL_FALSE(&property_SMTPKeepAlive_default_value);
	zend_string *property_SMTPKeepAlive_name = zend_string_init("SMTPKeepAlive", sizeof("SMTPKeepAlive") - 1, 1);
	zend_declare_property_ex(class_entry, property_SMTPKeepAlive_name, &property_SMTPKeepAlive_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_SMTPKeepAlive_name);

	zval property_SingleTo_default_value;
	ZVAL_FALSE(&property_SingleTo_default_value);
	zend_string *property_SingleTo_name = zend_string_init("SingleTo", sizeof("SingleTo") - 1, 1);
	zend_declare_property_ex(class_entry, property_SingleTo_name, &property_SingleTo_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_SingleTo_name);

	zval property_SingleToArray_default_value;
	ZVAL_EMPTY_ARRAY(&property_SingleToArray_default_value);
	zend_string *property_SingleToArray_name = zend_string_init("SingleToArray", sizeof("SingleToArray") - 1, 1);
	zend_declare_property_ex(class_entry, property_SingleToArray_name, &property_SingleToArray_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_SingleToArray_name);

	zval property_do_verp_default_value;
	ZVAL_FALSE(&property_do_verp_default_value);
	zend_string *property_do_verp_name = zend_string_init("do_verp", sizeof("do_verp") - 1, 1);
	zend_declare_property_ex(class_entry, property_do_verp_name, &property_do_verp_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_do_verp_name);

	zval property_AllowEmpty_default_value;
	ZVAL_FALSE(&property_AllowEmpty_default_value);
	zend_string *property_AllowEmpty_name = zend_string_init("AllowEmpty", sizeof("AllowEmpty") - 1, 1);
	zend_declare_property_ex(class_entry, property_AllowEmpty_name, &property_AllowEmpty_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_AllowEmpty_name);

	zval property_DKIM_selector_default_value;
	ZVAL_EMPTY_STRING(&property_DKIM_selector_default_value);
	zend_string *property_DKIM_selector_name = zend_string_init("DKIM_selector", sizeof("DKIM_selector") - 1, 1);
	zend_declare_property_ex(class_entry, property_DKIM_selector_name, &property_DKIM_selector_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_DKIM_selector_name);

	zval property_DKIM_identity_default_value;
	ZVAL_EMPTY_STRING(&property_DKIM_identity_default_value);
	zend_string *property_DKIM_identity_name = zend_string_init("DKIM_identity", sizeof("DKIM_identity") - 1, 1);
	zend_declare_property_ex(class_entry, property_DKIM_identity_name, &property_DKIM_identity_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_DKIM_identity_name);

	zval property_DKIM_passphrase_default_value;
	ZVAL_EMPTY_STRING(&property_DKIM_passphrase_default_value);
	zend_string *property_DKIM_passphrase_name = zend_string_init("DKIM_passphrase", sizeof("DKIM_passphrase") - 1, 1);
	zend_declare_property_ex(class_entry, property_DKIM_passphrase_name, &property_DKIM_passphrase_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_DKIM_passphrase_name);

	zval property_DKIM_domain_default_value;
	ZVAL_EMPTY_STRING(&property_DKIM_domain_default_value);
	zend_string *property_DKIM_domain_name = zend_string_init("DKIM_domain", sizeof("DKIM_domain") - 1, 1);
	zend_declare_property_ex(class_entry, property_DKIM_domain_name, &property_DKIM_domain_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_DKIM_domain_name);

	zval property_DKIM_copyHeaderFields_default_value;
	ZVAL_TRUE(&property_DKIM_copyHeaderFields_default_value);
	zend_string *property_DKIM_copyHeaderFields_name = zend_string_init("DKIM_copyHeaderFields", sizeof("DKIM_copyHeaderFields") - 1, 1);
	zend_declare_property_ex(class_entry, property_DKIM_copyHeaderFields_name, &property_DKIM_copyHeaderFields_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_DKIM_copyHeaderFields_name);

	zval property_DKIM_extraHeaders_default_value;
	ZVAL_EMPTY_ARRAY(&property_DKIM_extraHeaders_default_value);
	zend_string *property_DKIM_extraHeaders_name = zend_string_init("DKIM_extraHeaders", sizeof("DKIM_extraHeaders") - 1, 1);
	zend_declare_property_ex(class_entry, property_DKIM_extraHeaders_name, &property_DKIM_extraHeaders_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_DKIM_extraHeaders_name);

	zval property_DKIM_private_default_value;
	ZVAL_EMPTY_STRING(&property_DKIM_private_default_value);
	zend_string *property_DKIM_private_name = zend_string_init("DKIM_private", sizeof("DKIM_private") - 1, 1);
	zend_declare_property_ex(class_entry, property_DKIM_private_name, &property_DKIM_private_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_DKIM_private_name);

	zval property_DKIM_private_string_default_value;
	ZVAL_EMPTY_STRING(&property_DKIM_private_string_default_value);
	zend_string *property_DKIM_private_string_name = zend_string_init("DKIM_private_string", sizeof("DKIM_private_string") - 1, 1);
	zend_declare_property_ex(class_entry, property_DKIM_private_string_name, &property_DKIM_private_string_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_DKIM_private_string_name);

	zval property_action_function_default_value;
	ZVAL_EMPTY_STRING(&property_action_function_default_value);
	zend_string *property_action_function_name = zend_string_init("action_function", sizeof("action_function") - 1, 1);
	zend_declare_property_ex(class_entry, property_action_function_name, &property_action_function_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_action_function_name);

	zval property_XMailer_default_value;
	ZVAL_EMPTY_STRING(&property_XMailer_default_value);
	zend_string *property_XMailer_name = zend_string_init("XMailer", sizeof("XMailer") - 1, 1);
	zend_declare_property_ex(class_entry, property_XMailer_name, &property_XMailer_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_XMailer_name);

	zval property_validator_default_value;
	zend_string *property_validator_default_value_str = zend_string_init("php", strlen("php"), 1);
	ZVAL_STR(&property_validator_default_value, property_validator_default_value_str);
	zend_string *property_validator_name = zend_string_init("validator", sizeof("validator") - 1, 1);
	zend_declare_property_ex(class_entry, property_validator_name, &property_validator_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_validator_name);

	zval property_smtp_default_value;
	ZVAL_NULL(&property_smtp_default_value);
	zend_string *property_smtp_name = zend_string_init("smtp", sizeof("smtp") - 1, 1);
	zend_declare_property_ex(class_entry, property_smtp_name, &property_smtp_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_smtp_name);

	zval property_to_default_value;
	ZVAL_EMPTY_ARRAY(&property_to_default_value);
	zend_string *property_to_name = zend_string_init("to", sizeof("to") - 1, 1);
	zend_declare_property_ex(class_entry, property_to_name, &property_to_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_to_name);

	zval property_cc_default_value;
	ZVAL_EMPTY_ARRAY(&property_cc_default_value);
	zend_string *property_cc_name = zend_string_init("cc", sizeof("cc") - 1, 1);
	zend_declare_property_ex(class_entry, property_cc_name, &property_cc_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_cc_name);

	zval property_bcc_default_value;
	ZVAL_EMPTY_ARRAY(&property_bcc_default_value);
	zend_string *property_bcc_name = zend_string_init("bcc", sizeof("bcc") - 1, 1);
	zend_declare_property_ex(class_entry, property_bcc_name, &property_bcc_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_bcc_name);

	zval property_ReplyTo_default_value;
	ZVAL_EMPTY_ARRAY(&property_ReplyTo_default_value);
	zend_string *property_ReplyTo_name = zend_string_init("ReplyTo", sizeof("ReplyTo") - 1, 1);
	zend_declare_property_ex(class_entry, property_ReplyTo_name, &property_ReplyTo_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_ReplyTo_name);

	zval property_all_recipients_default_value;
	ZVAL_EMPTY_ARRAY(&property_all_recipients_default_value);
	zend_string *property_all_recipients_name = zend_string_init("all_recipients", sizeof("all_recipients") - 1, 1);
	zend_declare_property_ex(class_entry, property_all_recipients_name, &property_all_recipients_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_all_recipients_name);

	zval property_RecipientsQueue_default_value;
	ZVAL_EMPTY_ARRAY(&property_RecipientsQueue_default_value);
	zend_string *property_RecipientsQueue_name = zend_string_init("RecipientsQueue", sizeof("RecipientsQueue") - 1, 1);
	zend_declare_property_ex(class_entry, property_RecipientsQueue_name, &property_RecipientsQueue_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_RecipientsQueue_name);

	zval property_ReplyToQueue_default_value;
	ZVAL_EMPTY_ARRAY(&property_ReplyToQueue_default_value);
	zend_string *property_ReplyToQueue_name = zend_string_init("ReplyToQueue", sizeof("ReplyToQueue") - 1, 1);
	zend_declare_property_ex(class_entry, property_ReplyToQueue_name, &property_ReplyToQueue_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_ReplyToQueue_name);

	zval property_UseSMTPUTF8_default_value;
	ZVAL_FALSE(&property_UseSMTPUTF8_default_value);
	zend_string *property_UseSMTPUTF8_name = zend_string_init("UseSMTPUTF8", sizeof("UseSMTPUTF8") - 1, 1);
	zend_declare_property_ex(class_entry, property_UseSMTPUTF8_name, &property_UseSMTPUTF8_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_UseSMTPUTF8_name);

	zval property_attachment_default_value;
	ZVAL_EMPTY_ARRAY(&property_attachment_default_value);
	zend_string *property_attachment_name = zend_string_init("attachment", sizeof("attachment") - 1, 1);
	zend_declare_property_ex(class_entry, property_attachment_name, &property_attachment_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_attachment_name);

	zval property_CustomHeader_default_value;
	ZVAL_EMPTY_ARRAY(&property_CustomHeader_default_value);
	zend_string *property_CustomHeader_name = zend_string_init("CustomHeader", sizeof("CustomHeader") - 1, 1);
	zend_declare_property_ex(class_entry, property_CustomHeader_name, &property_CustomHeader_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_CustomHeader_name);

	zval property_lastMessageID_default_value;
	ZVAL_EMPTY_STRING(&property_lastMessageID_default_value);
	zend_string *property_lastMessageID_name = zend_string_init("lastMessageID", sizeof("lastMessageID") - 1, 1);
	zend_declare_property_ex(class_entry, property_lastMessageID_name, &property_lastMessageID_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_lastMessageID_name);

	zval property_message_type_default_value;
	ZVAL_EMPTY_STRING(&property_message_type_default_value);
	zend_string *property_message_type_name = zend_string_init("message_type", sizeof("message_type") - 1, 1);
	zend_declare_property_ex(class_entry, property_message_type_name, &property_message_type_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_message_type_name);

	zval property_boundary_default_value;
	ZVAL_EMPTY_ARRAY(&property_boundary_default_value);
	zend_string *property_boundary_name = zend_string_init("boundary", sizeof("boundary") - 1, 1);
	zend_declare_property_ex(class_entry, property_boundary_name, &property_boundary_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_boundary_name);

	zval property_error_count_default_value;
	ZVAL_LONG(&property_error_count_default_value, 0);
	zend_string *property_error_count_name = zend_string_init("error_count", sizeof("error_count") - 1, 1);
	zend_declare_property_ex(class_entry, property_error_count_name, &property_error_count_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_error_count_name);

	zval property_sign_cert_file_default_value;
	ZVAL_EMPTY_STRING(&property_sign_cert_file_default_value);
	zend_string *property_sign_cert_file_name = zend_string_init("sign_cert_file", sizeof("sign_cert_file") - 1, 1);
	zend_declare_property_ex(class_entry, property_sign_cert_file_name, &property_sign_cert_file_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_sign_cert_file_name);

	zval property_sign_key_file_default_value;
	ZVAL_EMPTY_STRING(&property_sign_key_file_default_value);
	zend_string *property_sign_key_file_name = zend_string_init("sign_key_file", sizeof("sign_key_file") - 1, 1);
	zend_declare_property_ex(class_entry, property_sign_key_file_name, &property_sign_key_file_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_sign_key_file_name);

	zval property_sign_extracerts_file_default_value;
	ZVAL_EMPTY_STRING(&property_sign_extracerts_file_default_value);
	zend_string *property_sign_extracerts_file_name = zend_string_init("sign_extracerts_file", sizeof("sign_extracerts_file") - 1, 1);
	zend_declare_property_ex(class_entry, property_sign_extracerts_file_name, &property_sign_extracerts_file_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_sign_extracerts_file_name);

	zval property_sign_key_pass_default_value;
	ZVAL_EMPTY_STRING(&property_sign_key_pass_default_value);
	zend_string *property_sign_key_pass_name = zend_string_init("sign_key_pass", sizeof("sign_key_pass") - 1, 1);
	zend_declare_property_ex(class_entry, property_sign_key_pass_name, &property_sign_key_pass_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_sign_key_pass_name);

	zval property_exceptions_default_value;
	ZVAL_FALSE(&property_exceptions_default_value);
	zend_string *property_exceptions_name = zend_string_init("exceptions", sizeof("exceptions") - 1, 1);
	zend_declare_property_ex(class_entry, property_exceptions_name, &property_exceptions_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_exceptions_name);

	zval property_uniqueid_default_value;
	ZVAL_EMPTY_STRING(&property_uniqueid_default_value);
	zend_string *property_uniqueid_name = zend_string_init("uniqueid", sizeof("uniqueid") - 1, 1);
	zend_declare_property_ex(class_entry, property_uniqueid_name, &property_uniqueid_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_uniqueid_name);
#if (PHP_VERSION_ID >= 80200)


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "sign", sizeof("sign") - 1), 2, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
#endif

	return class_entry;
}

static zend_class_entry *register_class_Smtp_Engine_PHPMailer6(zend_class_entry *class_entry_Smtp_Engine_MailerBase)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Smtp\\Engine", "PHPMailer6", class_Smtp_Engine_PHPMailer6_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Smtp_Engine_MailerBase);

	zval const_VERSION_value;
	zend_string *const_VERSION_value_str = zend_string_init("6.12.0", strlen("6.12.0"), 1);
	ZVAL_STR(&const_VERSION_value, const_VERSION_value_str);
	zend_string *const_VERSION_name = zend_string_init_interned("VERSION", sizeof("VERSION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_VERSION_name, &const_VERSION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_VERSION_name);

	zval property_language_default_value;
	ZVAL_EMPTY_ARRAY(&property_language_default_value);
	zend_string *property_language_name = zend_string_init("language", sizeof("language") - 1, 1);
	zend_declare_property_ex(class_entry, property_language_name, &property_language_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_language_name);

	zval property_LE_default_value;
	ZVAL_NULL(&property_LE_default_value);
	zend_string *property_LE_name = zend_string_init("LE", sizeof("LE") - 1, 1);
	zend_declare_property_ex(class_entry, property_LE_name, &property_LE_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_LE_name);

	return class_entry;
}

static zend_class_entry *register_class_Smtp_Engine_PHPMailer7(zend_class_entry *class_entry_Smtp_Engine_MailerBase)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Smtp\\Engine", "PHPMailer7", class_Smtp_Engine_PHPMailer7_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Smtp_Engine_MailerBase);

	zval const_RFC822_DATE_FORMAT_value;
	zend_string *const_RFC822_DATE_FORMAT_value_str = zend_string_init("D, j M Y H:i:s O", strlen("D, j M Y H:i:s O"), 1);
	ZVAL_STR(&const_RFC822_DATE_FORMAT_value, const_RFC822_DATE_FORMAT_value_str);
	zend_string *const_RFC822_DATE_FORMAT_name = zend_string_init_interned("RFC822_DATE_FORMAT", sizeof("RFC822_DATE_FORMAT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_RFC822_DATE_FORMAT_name, &const_RFC822_DATE_FORMAT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_RFC822_DATE_FORMAT_name);

	zval const_VERSION_value;
	zend_string *const_VERSION_value_str = zend_string_init("7.1.1", strlen("7.1.1"), 1);
	ZVAL_STR(&const_VERSION_value, const_VERSION_value_str);
	zend_string *const_VERSION_name = zend_string_init_interned("VERSION", sizeof("VERSION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_VERSION_name, &const_VERSION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_VERSION_name);

	zval property_language_default_value;
	ZVAL_EMPTY_ARRAY(&property_language_default_value);
	zend_string *property_language_name = zend_string_init("language", sizeof("language") - 1, 1);
	zend_declare_property_ex(class_entry, property_language_name, &property_language_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_language_name);

	zval property_LE_default_value;
	ZVAL_NULL(&property_LE_default_value);
	zend_string *property_LE_name = zend_string_init("LE", sizeof("LE") - 1, 1);
	zend_declare_property_ex(class_entry, property_LE_name, &property_LE_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_LE_name);

	return class_entry;
}
