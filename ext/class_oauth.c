/*
 * class_oauth.c - Smtp\Engine\OAuthTokenProvider and Smtp\Engine\OAuth:
 * PHPMailer's XOAUTH2 token source over a league/oauth2-client provider.
 *
 * The League classes are PHP code of the application's; the engine only
 * calls them as PHPMailer 6.12 does (new RefreshToken(), getAccessToken(),
 * hasExpired(), the token's string form), so they are loaded on first use
 * and never needed otherwise. OAuth's own methods call each other through
 * $this, so a subclass may override getGrant() or getToken().
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/standard/base64.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"

#include "php_smtp.h"
#include "smtp_call.h"
#include "smtp_objects.h"
#include "smtp_props.h"

#include "oauth_arginfo.h"

zend_class_entry *smtp_ce_oauth_provider;
zend_class_entry *smtp_ce_oauth;

#define OAUTH_PROPS(X) \
	X(provider) X(oauthToken) X(oauthUserEmail) X(oauthClientSecret) X(oauthClientId) X(oauthRefreshToken)

#define OAUTH_PROP_ENUM(name) OP_##name,
typedef enum { OAUTH_PROPS(OAUTH_PROP_ENUM) OP__COUNT } oauth_prop;
#undef OAUTH_PROP_ENUM

static uint32_t prop_offsets[OP__COUNT];

#define OPROP(obj, name) smtp_prop_get((obj), prop_offsets[OP_##name])
#define OPROP_SET(obj, name, zv) smtp_prop_assign((obj), prop_offsets[OP_##name], (zv))

#define THIS_OBJ Z_OBJ_P(ZEND_THIS)

/* The constructor's options: which key fills which property. */
static const struct {
	const char *key;
	oauth_prop prop;
} options[] = {
	{"provider", OP_provider},
	{"userName", OP_oauthUserEmail},
	{"clientSecret", OP_oauthClientSecret},
	{"clientId", OP_oauthClientId},
	{"refreshToken", OP_oauthRefreshToken},
};

/* $options['key'] is read as PHP reads it: a missing key warns and gives null, an ArrayAccess is asked. */
PHP_METHOD(Smtp_Engine_OAuth, __construct)
{
	zval *opts;
	size_t i;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(opts)
	ZEND_PARSE_PARAMETERS_END();

	for (i = 0; i < sizeof(options) / sizeof(options[0]); i++) {
		zval key, value;

		ZVAL_STRING(&key, options[i].key);
		ZVAL_UNDEF(&value);
		zend_fetch_dimension_const(&value, opts, &key, BP_VAR_R);
		zval_ptr_dtor(&key);
		/* A warning an error handler turned into an exception stops the constructor there. */
		if (EG(exception)) {
			zval_ptr_dtor(&value);
			return;
		}
		smtp_prop_assign(THIS_OBJ, prop_offsets[options[i].prop], &value);
	}
}

PHP_METHOD(Smtp_Engine_OAuth, getGrant)
{
	ZEND_PARSE_PARAMETERS_NONE();

	if (!smtp_new_object(return_value, "League\\OAuth2\\Client\\Grant\\RefreshToken", 0, NULL)) {
		RETURN_THROWS();
	}
}

/* $this->provider->getAccessToken($this->getGrant(), ['refresh_token' => $this->oauthRefreshToken]) */
PHP_METHOD(Smtp_Engine_OAuth, getToken)
{
	zend_object *obj = THIS_OBJ;
	zval args[2], provider;

	ZEND_PARSE_PARAMETERS_NONE();

	/* PHP looks the method up before it evaluates the arguments. */
	ZVAL_COPY(&provider, OPROP(obj, provider));
	if (!smtp_method_check(&provider, "getAccessToken") || !SMTP_CALL(obj, "getgrant", &args[0], 0, NULL)) {
		zval_ptr_dtor(&provider);
		RETURN_THROWS();
	}
	array_init_size(&args[1], 1);
	Z_TRY_ADDREF_P(OPROP(obj, oauthRefreshToken));
	add_assoc_zval(&args[1], "refresh_token", OPROP(obj, oauthRefreshToken));
	smtp_call_method(&provider, "getAccessToken", return_value, 2, args);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
	zval_ptr_dtor(&provider);
}

/* null === $this->oauthToken || $this->oauthToken->hasExpired() */
static bool token_wanted(zend_object *obj, bool *wanted)
{
	zval token, expired;

	if (Z_TYPE_P(OPROP(obj, oauthToken)) == IS_NULL) {
		*wanted = true;
		return true;
	}
	ZVAL_COPY(&token, OPROP(obj, oauthToken));
	if (!smtp_call_method(&token, "hasExpired", &expired, 0, NULL)) {
		zval_ptr_dtor(&token);
		return false;
	}
	*wanted = zend_is_true(&expired);
	zval_ptr_dtor(&expired);
	zval_ptr_dtor(&token);
	return true;
}

PHP_METHOD(Smtp_Engine_OAuth, getOauth64)
{
	zend_object *obj = THIS_OBJ;
	zend_string *user, *token;
	smart_str raw = {0};
	bool wanted;

	ZEND_PARSE_PARAMETERS_NONE();

	if (!token_wanted(obj, &wanted)) {
		RETURN_THROWS();
	}
	if (wanted) {
		zval fresh;

		if (!SMTP_CALL(obj, "gettoken", &fresh, 0, NULL)) {
			RETURN_THROWS();
		}
		OPROP_SET(obj, oauthToken, &fresh);
	}
	if (!(user = zval_try_get_string(OPROP(obj, oauthUserEmail)))) {
		RETURN_THROWS();
	}
	if (!(token = zval_try_get_string(OPROP(obj, oauthToken)))) {
		zend_string_release(user);
		RETURN_THROWS();
	}
	smart_str_appends(&raw, "user=");
	smart_str_append(&raw, user);
	smart_str_appends(&raw, "\001auth=Bearer ");
	smart_str_append(&raw, token);
	smart_str_appends(&raw, "\001\001");
	RETVAL_STR(php_base64_encode((const unsigned char *)ZSTR_VAL(raw.s), ZSTR_LEN(raw.s)));
	smart_str_free(&raw);
	zend_string_release(token);
	zend_string_release(user);
}

void smtp_register_oauth_classes(void)
{
#define OAUTH_RESOLVE(name) prop_offsets[OP_##name] = smtp_slot_offset(smtp_ce_oauth, #name);
	smtp_ce_oauth_provider = register_class_Smtp_Engine_OAuthTokenProvider();
	smtp_ce_oauth = register_class_Smtp_Engine_OAuth(smtp_ce_oauth_provider);
	OAUTH_PROPS(OAUTH_RESOLVE)
#undef OAUTH_RESOLVE
}
