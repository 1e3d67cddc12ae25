/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 4a02839c094de501257202915a0e54cfb3bbd398 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_OAuthTokenProvider_getOauth64, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_OAuth___construct, 0, 0, 1)
	ZEND_ARG_INFO(0, options)
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_OAuth_getGrant arginfo_class_Smtp_Engine_OAuthTokenProvider_getOauth64

#define arginfo_class_Smtp_Engine_OAuth_getToken arginfo_class_Smtp_Engine_OAuthTokenProvider_getOauth64

#define arginfo_class_Smtp_Engine_OAuth_getOauth64 arginfo_class_Smtp_Engine_OAuthTokenProvider_getOauth64


ZEND_METHOD(Smtp_Engine_OAuth, __construct);
ZEND_METHOD(Smtp_Engine_OAuth, getGrant);
ZEND_METHOD(Smtp_Engine_OAuth, getToken);
ZEND_METHOD(Smtp_Engine_OAuth, getOauth64);


static const zend_function_entry class_Smtp_Engine_OAuthTokenProvider_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(Smtp_Engine_OAuthTokenProvider, getOauth64, arginfo_class_Smtp_Engine_OAuthTokenProvider_getOauth64, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_Smtp_Engine_OAuth_methods[] = {
	ZEND_ME(Smtp_Engine_OAuth, __construct, arginfo_class_Smtp_Engine_OAuth___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_OAuth, getGrant, arginfo_class_Smtp_Engine_OAuth_getGrant, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_OAuth, getToken, arginfo_class_Smtp_Engine_OAuth_getToken, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_OAuth, getOauth64, arginfo_class_Smtp_Engine_OAuth_getOauth64, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Smtp_Engine_OAuthTokenProvider(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Smtp\\Engine", "OAuthTokenProvider", class_Smtp_Engine_OAuthTokenProvider_methods);
	class_entry = zend_register_internal_interface(&ce);

	return class_entry;
}

static zend_class_entry *register_class_Smtp_Engine_OAuth(zend_class_entry *class_entry_Smtp_Engine_OAuthTokenProvider)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Smtp\\Engine", "OAuth", class_Smtp_Engine_OAuth_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	zend_class_implements(class_entry, 1, class_entry_Smtp_Engine_OAuthTokenProvider);

	zval property_provider_default_value;
	ZVAL_NULL(&property_provider_default_value);
	zend_string *property_provider_name = zend_string_init("provider", sizeof("provider") - 1, 1);
	zend_declare_property_ex(class_entry, property_provider_name, &property_provider_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_provider_name);

	zval property_oauthToken_default_value;
	ZVAL_NULL(&property_oauthToken_default_value);
	zend_string *property_oauthToken_name = zend_string_init("oauthToken", sizeof("oauthToken") - 1, 1);
	zend_declare_property_ex(class_entry, property_oauthToken_name, &property_oauthToken_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_oauthToken_name);

	zval property_oauthUserEmail_default_value;
	ZVAL_EMPTY_STRING(&property_oauthUserEmail_default_value);
	zend_string *property_oauthUserEmail_name = zend_string_init("oauthUserEmail", sizeof("oauthUserEmail") - 1, 1);
	zend_declare_property_ex(class_entry, property_oauthUserEmail_name, &property_oauthUserEmail_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_oauthUserEmail_name);

	zval property_oauthClientSecret_default_value;
	ZVAL_EMPTY_STRING(&property_oauthClientSecret_default_value);
	zend_string *property_oauthClientSecret_name = zend_string_init("oauthClientSecret", sizeof("oauthClientSecret") - 1, 1);
	zend_declare_property_ex(class_entry, property_oauthClientSecret_name, &property_oauthClientSecret_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_oauthClientSecret_name);

	zval property_oauthClientId_default_value;
	ZVAL_EMPTY_STRING(&property_oauthClientId_default_value);
	zend_string *property_oauthClientId_name = zend_string_init("oauthClientId", sizeof("oauthClientId") - 1, 1);
	zend_declare_property_ex(class_entry, property_oauthClientId_name, &property_oauthClientId_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_oauthClientId_name);

	zval property_oauthRefreshToken_default_value;
	ZVAL_EMPTY_STRING(&property_oauthRefreshToken_default_value);
	zend_string *property_oauthRefreshToken_name = zend_string_init("oauthRefreshToken", sizeof("oauthRefreshToken") - 1, 1);
	zend_declare_property_ex(class_entry, property_oauthRefreshToken_name, &property_oauthRefreshToken_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_oauthRefreshToken_name);
#if (PHP_VERSION_ID >= 80200)


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
#endif

	return class_entry;
}
