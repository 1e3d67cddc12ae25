/*
 * test_scram.c - SCRAM-SHA-1 and SCRAM-SHA-256 client exchanges: the
 * examples of RFC 5802 (section 5) and RFC 7677 (section 3) message for
 * message, and every way a server's message can be refused.
 */
#include "check.h"
#include "tests.h"

#include "mime_encode.h"
#include "smtp_auth.h"

#include <string.h>

#define S(lit) (lit), sizeof(lit) - 1

static const struct {
	smtp_scram_hash hash;
	const char *nonce, *client_first, *server_first, *client_final, *server_final;
} rfc[] = {
	/* RFC 5802: user "user", password "pencil". */
	{SMTP_SCRAM_SHA_1, "fyko+d2lbbFgONRv9qkxdawL",
		"biwsbj11c2VyLHI9ZnlrbytkMmxiYkZnT05Sdjlxa3hkYXdM",
		"cj1meWtvK2QybGJiRmdPTlJ2OXFreGRhd0wzcmZjTkhZSlkxWlZ2V1ZzN2oscz1RU1hDUitRNnNlazhiZjkyLGk9NDA5Ng==",
		"Yz1iaXdzLHI9ZnlrbytkMmxiYkZnT05Sdjlxa3hkYXdMM3JmY05IWUpZMVpWdldWczdqLHA9djBYOHYzQnoyVDBDSkdiSlF5RjBYK0hJNFRzPQ==",
		"dj1ybUY5cHFWOFM3c3VBb1pXamE0ZEpSa0ZzS1E9"},
	/* RFC 7677: the same user and password. */
	{SMTP_SCRAM_SHA_256, "rOprNGfwEbeRWgbNEkqO",
		"biwsbj11c2VyLHI9ck9wck5HZndFYmVSV2diTkVrcU8=",
		"cj1yT3ByTkdmd0ViZVJXZ2JORWtxTyVodllEcFdVYTJSYVRDQWZ1eEZJbGopaE5sRiRrMCxzPVcyMlphSjBTTlk3c29Fc1VFamI2Z1E9PSxpPTQwOTY=",
		"Yz1iaXdzLHI9ck9wck5HZndFYmVSV2diTkVrcU8laHZZRHBXVWEyUmFUQ0FmdXhGSWxqKWhObEYkazAscD1kSHpiWmFwV0lrNGpVaE4rVXRlOXl0YWc5empmTUhnc3FtbWl6N0FuZFZRPQ==",
		"dj02cnJpVFJCaTIzV3BSUi93dHVwK21NaFVaVW4vZEI1bkxUSlJzamw5NUc0PQ=="}
};

static smtp_buf b64_buf;

/* base64 of a C string, for server messages written out in clear (valid until the next call). */
static const char *b64(const char *text)
{
	smtp_buf *buf = &b64_buf;

	smtp_buf_free(buf);
	mime_base64(buf, text, strlen(text));
	return buf->data ? buf->data : "";
}

/* A SHA-256 exchange with the RFC's client nonce, up to client-final, against server_first (clear text). */
static smtp_status final_for(smtp_scram *sc, const char *server_first, smtp_error *err)
{
	smtp_buf out = SMTP_BUF_INIT;
	smtp_status status;

	smtp_scram_init(sc, SMTP_SCRAM_SHA_256);
	CHECK(smtp_scram_client_first(sc, &out, S("user"), S("rOprNGfwEbeRWgbNEkqO"), err) == SMTP_OK);
	smtp_buf_reset(&out);
	status = smtp_scram_client_final(sc, &out, b64(server_first), strlen(b64(server_first)), S("pencil"), err);
	smtp_buf_wipe(&out);
	smtp_buf_free(&out);
	return status;
}

static bool message_has(const smtp_error *err, const char *part)
{
	return strstr(err->message, part) != NULL;
}

void test_scram(void)
{
	smtp_buf out = SMTP_BUF_INIT, out2 = SMTP_BUF_INIT;
	smtp_scram sc;
	smtp_error err;
	size_t i;

	CHECK(strcmp(smtp_scram_mechanism(SMTP_SCRAM_SHA_1), "SCRAM-SHA-1") == 0);
	CHECK(strcmp(smtp_scram_mechanism(SMTP_SCRAM_SHA_256), "SCRAM-SHA-256") == 0);

	for (i = 0; i < sizeof(rfc) / sizeof(rfc[0]); i++) {
		smtp_scram_init(&sc, rfc[i].hash);
		smtp_buf_reset(&out);
		CHECK(smtp_scram_client_first(&sc, &out, S("user"), rfc[i].nonce, strlen(rfc[i].nonce), &err) == SMTP_OK);
		CHECK_STR(out.data, out.len, rfc[i].client_first);
		smtp_buf_reset(&out);
		/* The CRLF a 334 line ends with does not matter. */
		smtp_buf_append_str(&out2, rfc[i].server_first);
		smtp_buf_append_str(&out2, "\r\n");
		CHECK(smtp_scram_client_final(&sc, &out, out2.data, out2.len, S("pencil"), &err) == SMTP_OK);
		CHECK_STR(out.data, out.len, rfc[i].client_final);
		CHECK(smtp_scram_server_final(&sc, rfc[i].server_final, strlen(rfc[i].server_final), &err) == SMTP_OK);
		smtp_scram_free(&sc);
		smtp_buf_reset(&out2);
	}

	/* A server that does not know the password: another signature, or none. */
	CHECK(final_for(&sc, "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
		&err) == SMTP_OK);
	CHECK(smtp_scram_server_final(&sc, S("dj1ybUY5cHFWOFM3c3VBb1pXamE0ZEpSa0ZzS1E9"), &err) == SMTP_ERR_AUTH);
	CHECK(message_has(&err, "SCRAM-SHA-256: the server's signature is wrong"));
	smtp_scram_free(&sc);
	CHECK(final_for(&sc, "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
		&err) == SMTP_OK);
	CHECK(smtp_scram_server_final(&sc, b64("e=invalid-proof"), strlen(b64("e=invalid-proof")), &err) == SMTP_ERR_AUTH);
	CHECK(message_has(&err, "the server refused: invalid-proof"));
	smtp_scram_free(&sc);
	CHECK(final_for(&sc, "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
		&err) == SMTP_OK);
	CHECK(smtp_scram_server_final(&sc, S(""), &err) == SMTP_ERR_AUTH);
	CHECK(message_has(&err, "no signature"));
	/* Once over, the exchange takes nothing more. */
	CHECK(smtp_scram_server_final(&sc, S("dj02cnJpVFJCaTIzV3BSUi93dHVwK21NaFVaVW4vZEI1bkxUSlJzamw5NUc0PQ=="), &err)
		== SMTP_ERR_STATE);
	smtp_scram_free(&sc);

	/* Server-first messages a client must refuse. */
	{
		static const struct {
			const char *server_first, *why;
		} bad[] = {
			{"r=rOprNGfwEbeRWgbNEkqO,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096", "does not extend"},
			{"r=someoneElsesNonce123,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096", "does not extend"},
			{"m=ext,r=rOprNGfwEbeRWgbNEkqOxyz,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096", "(m=)"},
			{"s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096", "no nonce"},
			{"r=rOprNGfwEbeRWgbNEkqOxyz,i=4096", "no salt"},
			{"r=rOprNGfwEbeRWgbNEkqOxyz,s=,i=4096", "no salt"},
			{"r=rOprNGfwEbeRWgbNEkqOxyz,s=not base64!,i=4096", "no salt"},
			{"r=rOprNGfwEbeRWgbNEkqOxyz,s=W22ZaJ0SNY7soEsUEjb6gQ==", "no iteration count"},
			{"r=rOprNGfwEbeRWgbNEkqOxyz,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=0", "between 1 and"},
			{"r=rOprNGfwEbeRWgbNEkqOxyz,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=1000001", "between 1 and"},
			{"r=rOprNGfwEbeRWgbNEkqOxyz,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=99999999999", "no iteration count"},
			{"r=rOprNGfwEbeRWgbNEkqOxyz,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=40x", "between 1 and"},
		};

		for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
			CHECK(final_for(&sc, bad[i].server_first, &err) == SMTP_ERR_AUTH);
			CHECK(message_has(&err, bad[i].why));
			smtp_scram_free(&sc);
		}
	}
	/* Not base64 at all. */
	smtp_scram_init(&sc, SMTP_SCRAM_SHA_1);
	smtp_buf_reset(&out);
	CHECK(smtp_scram_client_first(&sc, &out, S("user"), NULL, 0, &err) == SMTP_OK);
	CHECK(smtp_scram_client_final(&sc, &out, S("cj1*"), S("pencil"), &err) == SMTP_ERR_AUTH);
	CHECK(message_has(&err, "not base64"));
	smtp_scram_free(&sc);
	/* Extensions after the iteration count are allowed. */
	CHECK(final_for(&sc, "r=rOprNGfwEbeRWgbNEkqOxyz,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=1,x=ext", &err) == SMTP_OK);
	smtp_scram_free(&sc);

	/* User names escape ',' and '='; a random nonce is 32 base64 characters, new each time. */
	smtp_scram_init(&sc, SMTP_SCRAM_SHA_256);
	smtp_buf_reset(&out);
	CHECK(smtp_scram_client_first(&sc, &out, S("a,b=c"), S("abc"), &err) == SMTP_OK);
	CHECK_STR(out.data, out.len, b64("n,,n=a=2Cb=3Dc,r=abc"));
	smtp_scram_free(&sc);
	smtp_scram_init(&sc, SMTP_SCRAM_SHA_256);
	smtp_buf_reset(&out);
	smtp_buf_reset(&out2);
	CHECK(smtp_scram_client_first(&sc, &out, S("user"), NULL, 0, &err) == SMTP_OK);
	smtp_scram_free(&sc);
	smtp_scram_init(&sc, SMTP_SCRAM_SHA_256);
	CHECK(smtp_scram_client_first(&sc, &out2, S("user"), NULL, 0, &err) == SMTP_OK);
	smtp_scram_free(&sc);
	{
		smtp_buf dec = SMTP_BUF_INIT;

		mime_base64_decode(&dec, out.data, out.len);
		CHECK(dec.len == strlen("n,,n=user,r=") + 32 && memcmp(dec.data, "n,,n=user,r=", 12) == 0);
		smtp_buf_free(&dec);
	}
	CHECK(out.len == out2.len && memcmp(out.data, out2.data, out.len) != 0);

	/* Bad input and calls out of order. */
	smtp_scram_init(&sc, SMTP_SCRAM_SHA_256);
	CHECK(smtp_scram_client_first(&sc, &out, S("user"), S("a,b"), &err) == SMTP_ERR_INVALID);
	smtp_scram_free(&sc);
	smtp_scram_init(&sc, SMTP_SCRAM_SHA_256);
	CHECK(smtp_scram_client_first(&sc, &out, S("us\0er"), S("abc"), &err) == SMTP_ERR_INVALID);
	smtp_scram_free(&sc);
	smtp_scram_init(&sc, SMTP_SCRAM_SHA_256);
	CHECK(smtp_scram_client_final(&sc, &out, S("cj1h"), S("pencil"), &err) == SMTP_ERR_STATE);
	CHECK(smtp_scram_server_final(&sc, S("dj1h"), &err) == SMTP_ERR_STATE);
	smtp_scram_free(&sc);

	/* The state keeps nothing secret once freed. */
	CHECK(final_for(&sc, "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
		&err) == SMTP_OK);
	smtp_scram_free(&sc);
	for (i = 0; i < sizeof(sc.server_signature) && sc.server_signature[i] == 0; i++) {
	}
	CHECK(i == sizeof(sc.server_signature) && sc.signature_len == 0 && sc.first_bare.data == NULL);

	smtp_buf_free(&b64_buf);
	smtp_buf_free(&out);
	smtp_buf_free(&out2);
}
