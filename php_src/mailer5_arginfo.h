/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 8f64c7681586ece80a415c5fa763ce2564260853 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer5_setLanguage, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, langcode, "\'en\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, lang_path, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer5_lang, 0, 0, 1)
	ZEND_ARG_INFO(0, key)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer5_getTranslations, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer5_parseAddresses, 0, 0, 1)
	ZEND_ARG_INFO(0, addrstr)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, useimap, "true")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_PHPMailer5_idnSupported arginfo_class_Smtp_Engine_PHPMailer5_getTranslations

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer5_doCallback, 0, 0, 7)
	ZEND_ARG_INFO(0, isSent)
	ZEND_ARG_INFO(0, to)
	ZEND_ARG_INFO(0, cc)
	ZEND_ARG_INFO(0, bcc)
	ZEND_ARG_INFO(0, subject)
	ZEND_ARG_INFO(0, body)
	ZEND_ARG_INFO(0, from)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer5_setError, 0, 0, 1)
	ZEND_ARG_INFO(0, msg)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer5_smtpConnect, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, options, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_PHPMailer5_generateId arginfo_class_Smtp_Engine_PHPMailer5_getTranslations

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer5_encodeQP, 0, 0, 1)
	ZEND_ARG_INFO(0, string)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, line_max, "76")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer5_encodeQPphp, 0, 0, 1)
	ZEND_ARG_INFO(0, string)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, line_max, "76")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, space_conv, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer5_fixEOL, 0, 0, 1)
	ZEND_ARG_INFO(0, str)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer5_normalizeBreaks, 0, 0, 1)
	ZEND_ARG_INFO(0, text)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, breaktype, "\"\\r\\n\"")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer5_addCustomHeader, 0, 0, 1)
	ZEND_ARG_INFO(0, name)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, value, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer5_addAttachment, 0, 0, 1)
	ZEND_ARG_INFO(0, path)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, name, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, encoding, "\'base64\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, type, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, disposition, "\'attachment\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer5_addStringAttachment, 0, 0, 2)
	ZEND_ARG_INFO(0, string)
	ZEND_ARG_INFO(0, filename)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, encoding, "\'base64\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, type, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, disposition, "\'attachment\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer5_addEmbeddedImage, 0, 0, 2)
	ZEND_ARG_INFO(0, path)
	ZEND_ARG_INFO(0, cid)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, name, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, encoding, "\'base64\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, type, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, disposition, "\'inline\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer5_addStringEmbeddedImage, 0, 0, 2)
	ZEND_ARG_INFO(0, string)
	ZEND_ARG_INFO(0, cid)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, name, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, encoding, "\'base64\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, type, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, disposition, "\'inline\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_PHPMailer5__mime_types, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, ext, "\'\'")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_Exception5_errorMessage arginfo_class_Smtp_Engine_PHPMailer5_getTranslations


ZEND_METHOD(Smtp_Engine_PHPMailer5, setLanguage);
ZEND_METHOD(Smtp_Engine_PHPMailer6, lang);
ZEND_METHOD(Smtp_Engine_PHPMailer5, getTranslations);
ZEND_METHOD(Smtp_Engine_PHPMailer5, parseAddresses);
ZEND_METHOD(Smtp_Engine_PHPMailer5, idnSupported);
ZEND_METHOD(Smtp_Engine_PHPMailer5, doCallback);
ZEND_METHOD(Smtp_Engine_PHPMailer5, setError);
ZEND_METHOD(Smtp_Engine_PHPMailer5, smtpConnect);
ZEND_METHOD(Smtp_Engine_PHPMailer5, generateId);
ZEND_METHOD(Smtp_Engine_PHPMailer5, encodeQP);
ZEND_METHOD(Smtp_Engine_PHPMailer5, encodeQPphp);
ZEND_METHOD(Smtp_Engine_PHPMailer5, fixEOL);
ZEND_METHOD(Smtp_Engine_MailerBase, normalizeBreaks);
ZEND_METHOD(Smtp_Engine_PHPMailer5, addCustomHeader);
ZEND_METHOD(Smtp_Engine_PHPMailer5, addAttachment);
ZEND_METHOD(Smtp_Engine_PHPMailer5, addStringAttachment);
ZEND_METHOD(Smtp_Engine_PHPMailer5, addEmbeddedImage);
ZEND_METHOD(Smtp_Engine_PHPMailer5, addStringEmbeddedImage);
ZEND_METHOD(Smtp_Engine_PHPMailer5, _mime_types);
ZEND_METHOD(Smtp_Engine_Exception5, errorMessage);


static const zend_function_entry class_Smtp_Engine_PHPMailer5_methods[] = {
	ZEND_ME(Smtp_Engine_PHPMailer5, setLanguage, arginfo_class_Smtp_Engine_PHPMailer5_setLanguage, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Smtp_Engine_PHPMailer6, lang, lang, arginfo_class_Smtp_Engine_PHPMailer5_lang, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_PHPMailer5, getTranslations, arginfo_class_Smtp_Engine_PHPMailer5_getTranslations, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_PHPMailer5, parseAddresses, arginfo_class_Smtp_Engine_PHPMailer5_parseAddresses, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_PHPMailer5, idnSupported, arginfo_class_Smtp_Engine_PHPMailer5_idnSupported, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_PHPMailer5, doCallback, arginfo_class_Smtp_Engine_PHPMailer5_doCallback, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_PHPMailer5, setError, arginfo_class_Smtp_Engine_PHPMailer5_setError, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_PHPMailer5, smtpConnect, arginfo_class_Smtp_Engine_PHPMailer5_smtpConnect, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_PHPMailer5, generateId, arginfo_class_Smtp_Engine_PHPMailer5_generateId, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_PHPMailer5, encodeQP, arginfo_class_Smtp_Engine_PHPMailer5_encodeQP, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_PHPMailer5, encodeQPphp, arginfo_class_Smtp_Engine_PHPMailer5_encodeQPphp, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_PHPMailer5, fixEOL, arginfo_class_Smtp_Engine_PHPMailer5_fixEOL, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Smtp_Engine_MailerBase, normalizeBreaks, normalizeBreaks, arginfo_class_Smtp_Engine_PHPMailer5_normalizeBreaks, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Smtp_Engine_PHPMailer5, addCustomHeader, arginfo_class_Smtp_Engine_PHPMailer5_addCustomHeader, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_PHPMailer5, addAttachment, arginfo_class_Smtp_Engine_PHPMailer5_addAttachment, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_PHPMailer5, addStringAttachment, arginfo_class_Smtp_Engine_PHPMailer5_addStringAttachment, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_PHPMailer5, addEmbeddedImage, arginfo_class_Smtp_Engine_PHPMailer5_addEmbeddedImage, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_PHPMailer5, addStringEmbeddedImage, arginfo_class_Smtp_Engine_PHPMailer5_addStringEmbeddedImage, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_PHPMailer5, _mime_types, arginfo_class_Smtp_Engine_PHPMailer5__mime_types, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_Smtp_Engine_Exception5_methods[] = {
	ZEND_ME(Smtp_Engine_Exception5, errorMessage, arginfo_class_Smtp_Engine_Exception5_errorMessage, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Smtp_Engine_PHPMailer5(zend_class_entry *class_entry_Smtp_Engine_MailerBase)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Smtp\\Engine", "PHPMailer5", class_Smtp_Engine_PHPMailer5_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Smtp_Engine_MailerBase);

	zval property_Version_default_value;
	zend_string *property_Version_default_value_str = zend_string_init("5.2.28", strlen("5.2.28"), 1);
	ZVAL_STR(&property_Version_default_value, property_Version_default_value_str);
	zend_string *property_Version_name = zend_string_init("Version", sizeof("Version") - 1, 1);
	zend_declare_property_ex(class_entry, property_Version_name, &property_Version_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_Version_name);

	zval property_From_default_value;
	zend_string *property_From_default_value_str = zend_string_init("root@localhost", strlen("root@localhost"), 1);
	ZVAL_STR(&property_From_default_value, property_From_default_value_str);
	zend_string *property_From_name = zend_string_init("From", sizeof("From") - 1, 1);
	zend_declare_property_ex(class_entry, property_From_name, &property_From_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_From_name);

	zval property_FromName_default_value;
	zend_string *property_FromName_default_value_str = zend_string_init("Root User", strlen("Root User"), 1);
	ZVAL_STR(&property_FromName_default_value, property_FromName_default_value_str);
	zend_string *property_FromName_name = zend_string_init("FromName", sizeof("FromName") - 1, 1);
	zend_declare_property_ex(class_entry, property_FromName_name, &property_FromName_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_FromName_name);

	zval property_ReturnPath_default_value;
	ZVAL_EMPTY_STRING(&property_ReturnPath_default_value);
	zend_string *property_ReturnPath_name = zend_string_init("ReturnPath", sizeof("ReturnPath") - 1, 1);
	zend_declare_property_ex(class_entry, property_ReturnPath_name, &property_ReturnPath_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_ReturnPath_name);

	zval property_PluginDir_default_value;
	ZVAL_EMPTY_STRING(&property_PluginDir_default_value);
	zend_string *property_PluginDir_name = zend_string_init("PluginDir", sizeof("PluginDir") - 1, 1);
	zend_declare_property_ex(class_entry, property_PluginDir_name, &property_PluginDir_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_PluginDir_name);

	zval property_Realm_default_value;
	ZVAL_EMPTY_STRING(&property_Realm_default_value);
	zend_string *property_Realm_name = zend_string_init("Realm", sizeof("Realm") - 1, 1);
	zend_declare_property_ex(class_entry, property_Realm_name, &property_Realm_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_Realm_name);

	zval property_Workstation_default_value;
	ZVAL_EMPTY_STRING(&property_Workstation_default_value);
	zend_string *property_Workstation_name = zend_string_init("Workstation", sizeof("Workstation") - 1, 1);
	zend_declare_property_ex(class_entry, property_Workstation_name, &property_Workstation_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_Workstation_name);

	zval property_LE_default_value;
	ZVAL_EMPTY_STRING(&property_LE_default_value);
	zend_string *property_LE_name = zend_string_init("LE", sizeof("LE") - 1, 1);
	zend_declare_property_ex(class_entry, property_LE_name, &property_LE_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_LE_name);

	zval property_SingleToArray_default_value;
	ZVAL_EMPTY_ARRAY(&property_SingleToArray_default_value);
	zend_string *property_SingleToArray_name = zend_string_init("SingleToArray", sizeof("SingleToArray") - 1, 1);
	zend_declare_property_ex(class_entry, property_SingleToArray_name, &property_SingleToArray_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_SingleToArray_name);

	zval property_validator_default_value;
	zend_string *property_validator_default_value_str = zend_string_init("auto", strlen("auto"), 1);
	ZVAL_STR(&property_validator_default_value, property_validator_default_value_str);
	zend_string *property_validator_name = zend_string_init("validator", sizeof("validator") - 1, 1);
	zend_declare_property_ex(class_entry, property_validator_name, &property_validator_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_validator_name);

	zval property_language_default_value;
	ZVAL_EMPTY_ARRAY(&property_language_default_value);
	zend_string *property_language_name = zend_string_init("language", sizeof("language") - 1, 1);
	zend_declare_property_ex(class_entry, property_language_name, &property_language_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_language_name);

	return class_entry;
}

static zend_class_entry *register_class_Smtp_Engine_Exception5(zend_class_entry *class_entry_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Smtp\\Engine", "Exception5", class_Smtp_Engine_Exception5_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Exception);

	return class_entry;
}
