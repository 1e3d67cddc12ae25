/*
 * test_mime_header.c - charsets, base64EncodeWrapMB() and encodeHeader()
 * of mime_header.c. The expected values are the output of PHPMailer 6.6.3
 * on PHP 8.2 with mbstring for each input (with the SMTPUTF8 rule of
 * PHPMailer 6.10+ for the smtputf8 rows).
 */
#include "check.h"
#include "tests.h"

#include "mime_header.h"
#include "smtp_buf.h"

#include <stdbool.h>

#define S(lit) lit, sizeof(lit) - 1
#define COUNT(table) (sizeof(table) / sizeof((table)[0]))

static mime_le le_of(int le)
{
	return le ? MIME_LE_LF : MIME_LE_CRLF;
}

static void init_charset(mime_charset *cs, const char *name)
{
	mime_charset_init(cs, name, strlen(name));
}

/*
 * PHPMailer::encodeHeader(): no encoding, phrase quoting, Q for a few
 * bytes to encode or for long ASCII, B beyond a third of the bytes (split
 * by bytes, or by characters for multi-byte text), Mailer 'mail' lines
 * (63) and 'smtp' ones (998), SMTPUTF8.
 */
typedef struct header_vec {
	const char *charset;
	mime_position pos;
	bool mail_transport;
	bool smtputf8;
	int le;
	const char *in;
	size_t in_len;
	const char *out;
	size_t out_len;
} header_vec;

static const header_vec header_vecs[] = {
	{"iso-8859-1", MIME_POS_TEXT, false, false, 0,
		S("Hello World"),
		S("Hello World")},
	{"iso-8859-1", MIME_POS_TEXT, false, false, 0,
		S(""),
		S("")},
	{"utf-8", MIME_POS_TEXT, false, false, 0,
		S("Tab\tand\r\nbreaks stay"),
		S("Tab\tand\r\nbreaks stay")},
	{"utf-8", MIME_POS_PHRASE, false, false, 0,
		S("John Doe"),
		S("John Doe")},
	{"utf-8", MIME_POS_PHRASE, false, false, 0,
		S("O'Neil-Smith {x}"),
		S("O'Neil-Smith {x}")},
	{"utf-8", MIME_POS_PHRASE, false, false, 0,
		S("Doe, John (Sales)"),
		S("\"Doe, John (Sales)\"")},
	{"utf-8", MIME_POS_PHRASE, false, false, 0,
		S("Say \"hi\" \\ \000\007\010\t\n"
		"\013\014\r\001\177"),
		S("\"Say \\\"hi\\\" \\\\ \\000\\a\\b\\t\\n\\v\\f\\r\\001\\177\"")},
	{"utf-8", MIME_POS_PHRASE, false, false, 0,
		S(""),
		S("")},
	{"utf-8", MIME_POS_TEXT, false, false, 0,
		S("Caf\303\251 au lait, s'il vous pla\303\256t"),
		S("=?utf-8?Q?Caf=C3=A9_au_lait,_s'il_vous_pla=C3=AEt?=")},
	{"iso-8859-1", MIME_POS_TEXT, false, false, 1,
		S("Caf\351 = 100% _sure_?"),
		S("=?iso-8859-1?Q?Caf=E9_=3D_100%_=5Fsure=5F=3F?=")},
	{"utf-8", MIME_POS_PHRASE, false, false, 0,
		S("J\303\274rgen \"Jay\" M\303\274ller"),
		S("=?utf-8?Q?J=C3=BCrgen_=22Jay=22_M=C3=BCller?=")},
	{"utf-8", MIME_POS_COMMENT, false, false, 0,
		S("a (b) \"c\" d\001 e f g h i j k l"),
		S("=?us-ascii?Q?a_=28b=29_=22c=22_d=01_e_f_g_h_i_j_k_l?=")},
	{"us-ascii", MIME_POS_TEXT, false, false, 0,
		S("bell\007 in text"),
		S("=?us-ascii?Q?bell=07_in_text?=")},
	{"iso-8859-1", MIME_POS_TEXT, false, false, 0,
		S("ab\351cd\351"),
		S("=?iso-8859-1?Q?ab=E9cd=E9?=")},
	{"iso-8859-1", MIME_POS_TEXT, false, false, 0,
		S("abc\351\351\351def"),
		S("=?iso-8859-1?Q?abc=E9=E9=E9def?=")},
	{"iso-8859-1", MIME_POS_TEXT, false, false, 0,
		S("abc\351\351\351\351ef"),
		S("=?iso-8859-1?B?YWJj6enp6WVm?=")},
	{"utf-8", MIME_POS_TEXT, true, false, 0,
		S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
		S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")},
	{"utf-8", MIME_POS_TEXT, true, false, 0,
		S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
		S("=?us-ascii?Q?aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa?=\r\n"
		" =?us-ascii?Q?a?=")},
	{"utf-8", MIME_POS_TEXT, true, false, 1,
		S("The quick brown fox jumps over the lazy dog and keeps on running far awa"
		"y"),
		S("=?us-ascii?Q?The_quick_brown_fox_jumps_over_the_lazy_dog_and?=\n"
		" =?us-ascii?Q?_keeps_on_running_far_away?=")},
	{"utf-8", MIME_POS_TEXT, true, false, 0,
		S("Gr\303\274\303\237e aus M\303\274nchen und \342\202\254-Preise f\303\274"
		"r alle Kunden"),
		S("=?utf-8?Q?Gr=C3=BC=C3=9Fe_aus_M=C3=BCnchen_und_=E2=82=AC-Pre?=\r\n"
		" =?utf-8?Q?ise_f=C3=BCr_alle_Kunden?=")},
	{"iso-8859-1", MIME_POS_TEXT, true, false, 0,
		S("Gr\374\337e aus M\374nchen = Preise f\374r alle Kunden und Freunde"),
		S("=?iso-8859-1?Q?Gr=FC=DFe_aus_M=FCnchen_=3D_Preise_f=FCr_alle?=\r\n"
		" =?iso-8859-1?Q?_Kunden_und_Freunde?=")},
	{"UTF-8", MIME_POS_TEXT, true, false, 0,
		S("Gr\303\274\303\237e aus M\303\274nchen und \342\202\254-Preise f\303\274"
		"r alle Kunden"),
		S("=?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus_M=C3=BCnchen_und_=E2=82=AC-Pre?=\r\n"
		" =?UTF-8?Q?ise_f=C3=BCr_alle_Kunden?=")},
	{"iso-8859-1", MIME_POS_TEXT, false, false, 0,
		S("\300\301\302\303\304\305"),
		S("=?iso-8859-1?B?wMHCw8TF?=")},
	{"iso-8859-1", MIME_POS_TEXT, true, false, 0,
		S("\351\350\352\351\350\352\351\350\352\351\350\352\351\350\352\351\350\352"
		"\351\350\352\351\350\352\351\350\352\351\350\352\351\350\352\351\350\352"
		"\351\350\352\351\350\352\351\350\352\351\350\352\351\350\352\351\350\352"
		"\351\350\352\351\350\352"),
		S("=?iso-8859-1?B?6ejq6ejq6ejq6ejq6ejq6ejq6ejq6ejq6ejq6ejq6ejq?=\r\n"
		" =?iso-8859-1?B?6ejq6ejq6ejq6ejq6ejq6ejq6ejq6ejq6ejq?=")},
	{"windows-1252", MIME_POS_COMMENT, true, false, 1,
		S("\200\223()\200\223()\200\223()\200\223()\200\223()\200\223()\200\223()\200"
		"\223()\200\223()\200\223()\200\223()\200\223()"),
		S("=?windows-1252?B?gJMoKYCTKCmAkygpgJMoKYCTKCmAkygpgJMoKYCT?=\n"
		" =?windows-1252?B?KCmAkygpgJMoKYCTKCmAkygp?=")},
	{"utf-8", MIME_POS_TEXT, false, false, 0,
		S("\346\227\245\346\234\254\350\252\236"),
		S("=?utf-8?B?5pel5pys6Kqe?=")},
	{"utf-8", MIME_POS_TEXT, true, false, 0,
		S("\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236"
		"\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236"
		"\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236"
		"\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236"),
		S("=?utf-8?B?5pel5pys6Kqe5pel5pys6Kqe5pel5pys6Kqe5pel5pys6Kqe5pel5pys6Kqe?="
		"\r\n =?utf-8?B?5pel5pys6Kqe5pel5pys6Kqe5pel5pys6Kqe?=")},
	{"utf-8", MIME_POS_PHRASE, false, false, 1,
		S("\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
		"\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"
		"\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
		"\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"
		"\360\237\230\200\360\237\230\200"),
		S("=?utf-8?B?8J+YgPCfmIDwn5iA8J+YgPCfmIDwn5iA8J+YgPCfmIDwn5iA8J+YgPCfmIA=?="
		"\n =?utf-8?B?8J+YgPCfmIDwn5iA8J+YgPCfmIDwn5iA8J+YgPCfmIDwn5iA?=")},
	{"utf8", MIME_POS_TEXT, false, false, 0,
		S("\320\237\321\200\320\270\320\237\321\200\320\270\320\237\321\200\320\270"
		"\320\237\321\200\320\270\320\237\321\200\320\270\320\237\321\200\320\270"
		"\320\237\321\200\320\270\320\237\321\200\320\270\320\237\321\200\320\270"
		"\320\237\321\200\320\270\320\237\321\200\320\270\320\237\321\200\320\270"),
		S("=?utf8?B?0J/RgNC40J/RgNC40J/RgNC40J/RgNC40J/RgNC40J/RgNC40J/RgNC40J/RgNC"
		"4?=\r\n =?utf8?B?0J/RgNC40J/RgNC40J/RgNC40J/RgNC4?=")},
	{"utf-8", MIME_POS_TEXT, false, false, 0,
		S("ab\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
		"\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"
		"\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
		"\230\200\360\237\230\200\360\237\230\200"),
		S("=?utf-8?B?YWLwn5iA8J+YgPCfmIDwn5iA8J+YgPCfmIDwn5iA8J+YgPCfmIDwn5iA?=\r\n"
		" =?utf-8?B?8J+YgPCfmIDwn5iA8J+YgPCfmIDwn5iA?=")},
	{"utf-8", MIME_POS_TEXT, false, false, 0,
		S("\303(\240\241\342(\241\360(\214\274\377\376\300\301\365"),
		S("=?utf-8?B?wyigoeIoofAojLz//sDB9Q==?=")},
	{"utf-8", MIME_POS_TEXT, false, true, 0,
		S(" Gr\303\274\303\237e\n"
		" aus\rM\303\274nchen \r\n"),
		S("Gr\303\274\303\237e\r\n"
		" aus\r\nM\303\274nchen")},
	{"utf-8", MIME_POS_PHRASE, false, true, 1,
		S("J\303\274rgen \"Jay\"\r\n"),
		S("J\303\274rgen \"Jay\"")},
	{"utf-8", MIME_POS_COMMENT, false, true, 0,
		S("J\303\274rgen (Jay)"),
		S("=?utf-8?Q?J=C3=BCrgen_=28Jay=29?=")},
};

static bool encode_header(smtp_buf *out, const char *charset, mime_position pos, bool mail_transport,
	bool smtputf8, int le, const char *in, size_t len)
{
	mime_charset cs;
	mime_header_opts opts = {0};

	init_charset(&cs, charset);
	opts.charset = &cs;
	opts.mail_transport = mail_transport;
	opts.smtputf8 = smtputf8;
	opts.le = le_of(le);
	return mime_encode_header(out, &opts, in, len, pos);
}

static void test_encode_header(void)
{
	char ascii[984];
	smtp_buf out = SMTP_BUF_INIT;
	size_t i;

	for (i = 0; i < COUNT(header_vecs); i++) {
		const header_vec *v = &header_vecs[i];
		int failed = check_failed;

		smtp_buf_reset(&out);
		CHECK(encode_header(&out, v->charset, v->pos, v->mail_transport, v->smtputf8, v->le, v->in,
			v->in_len));
		CHECK_MEM(out.data, out.len, v->out, v->out_len);
		if (check_failed != failed) {
			fprintf(stderr, "  in header_vecs[%zu]\n", i);
		}
	}
	/*
	 * Over SMTP the ASCII limit is 998 - 8 - strlen("us-ascii"): PHPMailer
	 * leaves 982 bytes alone and Q-encodes 983 as 982 + 1.
	 */
	memset(ascii, 'a', sizeof(ascii));
	smtp_buf_reset(&out);
	CHECK(encode_header(&out, "utf-8", MIME_POS_TEXT, false, false, 0, ascii, 982));
	CHECK_MEM(out.data, out.len, ascii, 982);
	smtp_buf_reset(&out);
	CHECK(encode_header(&out, "utf-8", MIME_POS_TEXT, false, false, 0, ascii, 983));
	CHECK(out.len == 13 + 982 + 2 + 2 + 1 + 13 + 1 + 2);
	CHECK(memcmp(out.data, "=?us-ascii?Q?", 13) == 0 && memcmp(out.data + 13, ascii, 982) == 0);
	CHECK(memcmp(out.data + 995, "?=\r\n =?us-ascii?Q?a?=", 21) == 0);
	smtp_buf_free(&out);
}

/* PHPMailer::base64EncodeWrapMB(): linebreak 0 "\r\n", 1 "\n", 2 "". */
typedef struct wrap_mb_vec {
	const char *charset;
	int linebreak;
	const char *in;
	size_t in_len;
	const char *out;
	size_t out_len;
} wrap_mb_vec;

static const wrap_mb_vec wrap_mb_vecs[] = {
	{"utf-8", 0,
		S("\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236"
		"\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236"
		"\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236"
		"\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236"
		"\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236"),
		S("5pel5pys6Kqe5pel5pys6Kqe5pel5pys6Kqe5pel5pys6Kqe5pel5pys6Kqe\r\n"
		"5pel5pys6Kqe5pel5pys6Kqe5pel5pys6Kqe5pel5pys6Kqe5pel5pys6Kqe")},
	{"utf-8", 1,
		S("ab\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
		"\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200"
		"\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237"
		"\230\200\360\237\230\200\360\237\230\200"),
		S("YWLwn5iA8J+YgPCfmIDwn5iA8J+YgPCfmIDwn5iA8J+YgPCfmIDwn5iA\n"
		"8J+YgPCfmIDwn5iA8J+YgPCfmIDwn5iA")},
	{"UTF8", 1,
		S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\360\237\230"
		"\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360"
		"\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230"
		"\200\360\237\230\200\360\237\230\200"),
		S("YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWE=\n"
		"YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYfCfmIDwn5iA8J+YgPCfmIA=\n"
		"8J+YgPCfmIDwn5iA8J+YgPCfmIDwn5iA8J+YgPCfmIA=")},
	{"utf-8", 0,
		S("\360\237"),
		S("8J8=")},
	{"utf-8", 1,
		S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
		"aaaaaaaaaaaaaaaaaaaaaaaaaaaa\360\237\230\200\360\237\230\200\360\237\230"
		"\200\360\237\230\200\360\237\230\200\360\237\230\200\360\237\230\200\360"
		"\237\230\200\360\237\230\200\360\237\230\200"),
		S("YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYQ==\n"
		"YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYQ==\n"
		"YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWHwn5iA8J+YgPCfmIDwn5iA\n"
		"8J+YgPCfmIDwn5iA8J+YgPCfmIDwn5iA")},
	{"iso-8859-1", 0,
		S("\351\351\351\351\351\351\351\351\351\351\351\351\351\351\351\351\351\351"
		"\351\351\351\351\351\351\351\351\351\351\351\351\351\351\351\351\351\351"
		"\351\351\351\351\351\351\351\351\351\351\351\351\351\351\351\351\351\351"
		"\351\351\351\351\351\351\351\351\351\351\351\351\351\351\351\351"),
		S("6enp6enp6enp6enp6enp6enp6enp6enp6enp6enp6enp6enp6enp6enp\r\n"
		"6enp6enp6enp6enp6enp6enp6enp6enp6enp6Q==")},
	{"utf-8", 2,
		S("\303\251"),
		S("")},
};

static void test_wrap_mb(void)
{
	static const mime_le breaks[] = {{"\r\n", 2}, {"\n", 1}, {"", 0}};
	smtp_buf out = SMTP_BUF_INIT;
	mime_charset cs;
	size_t i;

	for (i = 0; i < COUNT(wrap_mb_vecs); i++) {
		const wrap_mb_vec *v = &wrap_mb_vecs[i];

		smtp_buf_reset(&out);
		init_charset(&cs, v->charset);
		CHECK(mime_base64_wrap_mb(&out, &cs, v->in, v->in_len, breaks[v->linebreak]));
		CHECK_MEM(out.data, out.len, v->out, v->out_len);
	}
	/*
	 * With a charset name of over 60 bytes not even one character fits a
	 * line and PHPMailer loops forever; the core writes one per line.
	 */
	smtp_buf_reset(&out);
	init_charset(&cs, "utf-8");
	cs.name = "x-a-charset-name-so-long-that-no-encoded-word-can-hold-a-character";
	cs.name_len = strlen(cs.name);
	CHECK(mime_base64_wrap_mb(&out, &cs, S("\xc3\xa9\xe2\x82\xac"), MIME_LE_LF));
	CHECK_STR(out.data, out.len, "w6k=\n4oKs");
	/* PHP divides by zero on an empty string; nothing is written. */
	smtp_buf_reset(&out);
	init_charset(&cs, "utf-8");
	CHECK(mime_base64_wrap_mb(&out, &cs, "", 0, MIME_LE_CRLF) && out.len == 0);
	smtp_buf_free(&out);
}

/* mb_strlen() and the byte length of mb_substr($s, 0, n) for n = 0..3, in UTF-8. */
typedef struct count_vec {
	const char *in;
	size_t in_len;
	size_t count;
	size_t prefix[4];
} count_vec;

static const count_vec utf8_count_vecs[] = {
	{S(""), 0, {0, 0, 0, 0}},
	{S("abc"), 3, {0, 1, 2, 3}},
	{S("\303\251t\303\251"), 3, {0, 2, 3, 5}},
	{S("\342\202\254"), 1, {0, 3, 3, 3}},
	{S("\360\237\230\200x"), 2, {0, 4, 5, 5}},
	{S("\200\277"), 2, {0, 1, 2, 2}},
	{S("\300\301\365\377"), 4, {0, 1, 2, 3}},
	{S("\302"), 1, {0, 1, 1, 1}},
	{S("\342\202"), 1, {0, 2, 2, 2}},
	{S("\360a"), 1, {0, 2, 2, 2}},
	{S("a\364\217\277\277\370b"), 4, {0, 1, 5, 6}},
	{S("\342(a\340\240"), 2, {0, 3, 5, 5}},
};

static void test_charsets(void)
{
	static const char *const utf8[] = {"utf-8", "UTF-8", "Utf-8", "utf8", "UTF8"};
	static const char *const multibyte[] = {"Shift_JIS", "SJIS", "EUC-JP", "eucJP-win", "gb2312", "GBK",
		"GB18030", "BIG5", "big-5", "EUC-KR", "UHC", "UTF-16", "utf-16le", "UTF-32", "UCS-2", "UCS-4",
		"ISO-2022-JP", "ISO-2022-KR", "UTF-7", "UTF-8-Mobile#DOCOMO", "HTML-ENTITIES", "CP932", "HZ"};
	static const char *const single[] = {"iso-8859-1", "ISO-8859-15", "latin1", "windows-1252",
		"us-ascii", "ASCII", "KOI8-R", "CP866", "UUENCODE", "8bit", "no-such-charset", "utf-8 ",
		"utf-16x", ""};
	mime_charset cs;
	size_t i, n;

	for (i = 0; i < COUNT(utf8); i++) {
		CHECK(mime_charset_init(&cs, utf8[i], strlen(utf8[i])));
		CHECK(cs.count(&cs, S("\xc3\xa9t\xc3\xa9")) == 3);
	}
	for (i = 0; i < COUNT(multibyte); i++) {
		CHECK(!mime_charset_init(&cs, multibyte[i], strlen(multibyte[i])));
		CHECK(cs.count(&cs, S("\xc3\xa9t\xc3\xa9")) == 5);
	}
	for (i = 0; i < COUNT(single); i++) {
		CHECK(mime_charset_init(&cs, single[i], strlen(single[i])));
		CHECK(cs.count(&cs, S("\xc3\xa9t\xc3\xa9")) == 5 && cs.prefix(&cs, S("abc"), 2) == 2);
		CHECK(cs.name == single[i] && cs.name_len == strlen(single[i]));
	}
	/* A NUL inside the name makes it another name. */
	CHECK(mime_charset_init(&cs, "utf-8\0x", 7) && cs.count(&cs, S("\xc3\xa9")) == 2);

	init_charset(&cs, "utf-8");
	for (i = 0; i < COUNT(utf8_count_vecs); i++) {
		const count_vec *v = &utf8_count_vecs[i];

		CHECK(cs.count(&cs, v->in, v->in_len) == v->count);
		for (n = 0; n < 4; n++) {
			CHECK(cs.prefix(&cs, v->in, v->in_len, n) == v->prefix[n]);
		}
	}
	/* PHPMailer::hasMultiBytes() */
	CHECK(mime_has_multibytes(&cs, S("caf\xc3\xa9")));
	CHECK(mime_has_multibytes(&cs, S("\xe2\x82")));
	CHECK(!mime_has_multibytes(&cs, S("\x80\xff plain")));
	init_charset(&cs, "iso-8859-1");
	CHECK(!mime_has_multibytes(&cs, S("caf\xc3\xa9")));

	/* strtolower($CharSet) === 'utf-8', as wrapText() tests it. */
	CHECK(mime_charset_is_utf8_literal(S("utf-8")));
	CHECK(mime_charset_is_utf8_literal(S("UTF-8")));
	CHECK(!mime_charset_is_utf8_literal(S("utf8")));
	CHECK(!mime_charset_is_utf8_literal(S("utf-8 ")));
	CHECK(!mime_charset_is_utf8_literal(S("utf-8\0")));
	CHECK(!mime_charset_is_utf8_literal(S("")));
}

void test_mime_header(void)
{
	test_charsets();
	test_wrap_mb();
	test_encode_header();
}
