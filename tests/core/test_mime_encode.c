/*
 * test_mime_encode.c - the content encodings and text helpers of
 * mime_encode.c. The expected values are the output of PHP 8.2 (base64_*,
 * chunk_split, quoted_printable_encode, trim) or PHPMailer 6.6.3 for each
 * input, quirks included.
 */
#include "check.h"
#include "tests.h"

#include "mime_encode.h"
#include "smtp_buf.h"

#include <stdbool.h>
#include <stdint.h>

#define S(lit) lit, sizeof(lit) - 1
#define COUNT(table) (sizeof(table) / sizeof((table)[0]))

/* le: 0 for "\r\n", 1 for "\n"; p1 and p2 are the parameters of each table. */
typedef struct vec {
	int le;
	long p1;
	long p2;
	const char *in;
	size_t in_len;
	const char *out;
	size_t out_len;
} vec;

typedef bool (*vec_fn)(smtp_buf *out, const vec *v);

static mime_le le_of(int le)
{
	return le ? MIME_LE_LF : MIME_LE_CRLF;
}

static void run_vecs(const char *name, vec_fn fn, const vec *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		smtp_buf out = SMTP_BUF_INIT;
		int failed = check_failed;

		/* Output is appended: start from a non-empty buffer. */
		CHECK(smtp_buf_append_str(&out, "#"));
		CHECK(fn(&out, &v[i]));
		CHECK(out.data[0] == '#');
		CHECK_MEM(out.data + 1, out.len - 1, v[i].out, v[i].out_len);
		if (check_failed != failed) {
			fprintf(stderr, "  in %s[%zu]\n", name, i);
		}
		smtp_buf_free(&out);
	}
}

#define RUN_VECS(fn, table) run_vecs(#table, fn, table, COUNT(table))

/* base64_encode() */
static const vec b64_vecs[] = {
	{0, 0, 0,
		S(""),
		S("")},
	{0, 0, 0,
		S("f"),
		S("Zg==")},
	{0, 0, 0,
		S("fo"),
		S("Zm8=")},
	{0, 0, 0,
		S("foo"),
		S("Zm9v")},
	{0, 0, 0,
		S("foob"),
		S("Zm9vYg==")},
	{0, 0, 0,
		S("fooba"),
		S("Zm9vYmE=")},
	{0, 0, 0,
		S("foobar"),
		S("Zm9vYmFy")},
	{0, 0, 0,
		S("\000\377\376\375"),
		S("AP/+/Q==")},
	{0, 0, 0,
		S("\303\251t\303\251"),
		S("w6l0w6k=")},
};

static bool do_b64(smtp_buf *out, const vec *v)
{
	return mime_base64(out, v->in, v->in_len);
}

/* base64_decode(): '=' and bytes outside the alphabet are skipped, a partial byte dropped. */
static const vec b64_decode_vecs[] = {
	{0, 0, 0,
		S(""),
		S("")},
	{0, 0, 0,
		S("Zm9vYmFy"),
		S("foobar")},
	{0, 0, 0,
		S("Zm9v\r\nYmFy"),
		S("foobar")},
	{0, 0, 0,
		S(" Zm9vYg== "),
		S("foob")},
	{0, 0, 0,
		S("QQ==QQ=="),
		S("A\004\020")},
	{0, 0, 0,
		S("Zm9vY=mFy"),
		S("foobar")},
	{0, 0, 0,
		S("=Zm9v"),
		S("foo")},
	{0, 0, 0,
		S("Q"),
		S("")},
	{0, 0, 0,
		S("QU"),
		S("A")},
	{0, 0, 0,
		S("QUI"),
		S("AB")},
	{0, 0, 0,
		S("QUJD"),
		S("ABC")},
	{0, 0, 0,
		S("!Zm@9v#"),
		S("foo")},
	{0, 0, 0,
		S("-_Zm9v"),
		S("foo")},
	{0, 0, 0,
		S("Zm9v\000YmFy"),
		S("foobar")},
	{0, 0, 0,
		S("+/+/"),
		S("\373\377\277")},
};

static bool do_b64_decode(smtp_buf *out, const vec *v)
{
	return mime_base64_decode(out, v->in, v->in_len);
}

/* chunk_split(base64_encode(in), p1, le): empty input gives le alone. */
static const vec b64_lines_vecs[] = {
	{0, 76, 0,
		S(""),
		S("\r\n")},
	{1, 76, 0,
		S(""),
		S("\n")},
	{0, 76, 0,
		S("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
		S("eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4"
		"eHh4\r\n")},
	{0, 76, 0,
		S("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy"),
		S("eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4"
		"eHh4\r\neQ==\r\n")},
	{1, 3, 0,
		S("foobar"),
		S("Zm9\nvYm\nFy\n")},
	{0, 5, 0,
		S("foob"),
		S("Zm9vY\r\ng==\r\n")},
	{1, 76, 0,
		S("\0130Uz\237\304\351\0163X}\242\307\354\0216[\200\245\312\357\0249^\203\250"
		"\315\362\027<a\206\253\320\365\032?d\211\256\323\370\035Bg\214\261\326\373"
		" Ej\217\264\331\376#Hm\222\267\334\001&Kp\225\272\337\004)Ns\230\275\342"
		"\007,Qv\233\300\345\n"
		"/Ty\236\303\350\r2W|\241\306\353\0205Z"),
		S("CzBVep/E6Q4zWH2ix+wRNluApcrvFDleg6jN8hc8YYar0PUaP2SJrtP4HUJnjLHW+yBFao+0"
		"2f4j\nSG2St9wBJktwlbrfBClOc5i94gcsUXabwOUKL1R5nsPoDTJXfKHG6xA1Wg==\n")},
	{0, 100, 0,
		S("foobar"),
		S("Zm9vYmFy\r\n")},
};

static bool do_b64_lines(smtp_buf *out, const vec *v)
{
	return mime_base64_lines(out, v->in, v->in_len, (size_t)v->p1, le_of(v->le));
}

/*
 * quoted_printable_encode(): CRLF kept, lone CR and LF escaped, a space
 * escaped before CR only, soft breaks at 75 columns moved before a UTF-8
 * lead byte so its sequence stays on one line (but never for F5-FF).
 */
static const vec qp_php_vecs[] = {
	{0, 0, 0,
		S(""),
		S("")},
	{0, 0, 0,
		S("plain text"),
		S("plain text")},
	{0, 0, 0,
		S("a=b"),
		S("a=3Db")},
	{0, 0, 0,
		S("tab\there"),
		S("tab=09here")},
	{0, 0, 0,
		S("line1\r\nline2"),
		S("line1\r\nline2")},
	{0, 0, 0,
		S("lone\nlf and lone\rcr"),
		S("lone=0Alf and lone=0Dcr")},
	{0, 0, 0,
		S("trailing space \r\nnext"),
		S("trailing space=20\r\n"
		"next")},
	{0, 0, 0,
		S("space at end "),
		S("space at end ")},
	{0, 0, 0,
		S("\r\n"),
		S("\r\n")},
	{0, 0, 0,
		S("a\r"),
		S("a=0D")},
	{0, 0, 0,
		S("\r\r\n"),
		S("=0D\r\n")},
	{0, 0, 0,
		S("\000\177\377"),
		S("=00=7F=FF")},
	{0, 0, 0,
		S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
		"aaaaaaaa"),
		S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
		"aaa=\r\naaaaa")},
	{0, 0, 0,
		S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
		"aa\303\251"),
		S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
		"aa=\r\n=C3=A9")},
	{0, 0, 0,
		S("\304\205\304\205\304\205\304\205\304\205\304\205\304\205\304\205\304\205"
		"\304\205\304\205\304\205\304\205\304\205\304\205\304\205\304\205\304\205"
		"\304\205\304\205\304\205\304\205\304\205\304\205\304\205\304\205\304\205"
		"\304\205\304\205\304\205"),
		S("=C4=85=C4=85=C4=85=C4=85=C4=85=C4=85=C4=85=C4=85=C4=85=C4=85=C4=85=C4=85"
		"=\r\n=C4=85=C4=85=C4=85=C4=85=C4=85=C4=85=C4=85=C4=85=C4=85=C4=85=C4=85="
		"C4=85=\r\n=C4=85=C4=85=C4=85=C4=85=C4=85=C4=85")},
	{0, 0, 0,
		S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\342\202"
		"\254"),
		S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=E2=82"
		"=\r\n=AC")},
	{0, 0, 0,
		S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\360\237\230"
		"\200"),
		S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=F0=9F=98"
		"=\r\n=80")},
	{0, 0, 0,
		S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
		"a\365\365\365b"),
		S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
		"a=F5=F5=F5=\r\nb")},
	{0, 0, 0,
		S("=============================="),
		S("=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D"
		"=3D=\r\n=3D=3D=3D=3D=3D")},
	{0, 0, 0,
		S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
		"aaa\r\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
		"bbbbbbbbbbb"),
		S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
		"aaa\r\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
		"bbbbbbbbbb=\r\nb")},
};

static bool do_qp_php(smtp_buf *out, const vec *v)
{
	return mime_qp_php(out, v->in, v->in_len);
}

/* PHPMailer::encodeQP(): the same with every break made le. */
static const vec encode_qp_vecs[] = {
	{1, 0, 0,
		S("a\r\nb"),
		S("a\nb")},
	{1, 0, 0,
		S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
		"aaaaaaaa"),
		S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
		"aaa=\naaaaa")},
	{1, 0, 0,
		S("x\ny\r"),
		S("x=0Ay=0D")},
	{0, 0, 0,
		S("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
		"bbbbbbbb\r\nc"),
		S("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
		"bbb=\r\nbbbbb\r\nc")},
};

static bool do_encode_qp(smtp_buf *out, const vec *v)
{
	return mime_encode_qp(out, v->in, v->in_len, le_of(v->le));
}

/* PHPMailer::normalizeBreaks() */
static const vec normalize_vecs[] = {
	{0, 0, 0,
		S("a\r\nb\rc\nd\r\r\ne\n"
		"\rf"),
		S("a\r\nb\r\nc\r\nd\r\n\r\n"
		"e\r\n\r\nf")},
	{1, 0, 0,
		S("a\r\nb\rc\nd\r\r\ne\n"
		"\rf"),
		S("a\nb\nc\nd\n\ne\n\nf")},
	{0, 0, 0,
		S(""),
		S("")},
	{1, 0, 0,
		S(""),
		S("")},
	{0, 0, 0,
		S("\r"),
		S("\r\n")},
	{1, 0, 0,
		S("\r"),
		S("\n")},
	{0, 0, 0,
		S("\n\n"),
		S("\r\n\r\n")},
	{1, 0, 0,
		S("\n\n"),
		S("\n\n")},
	{0, 0, 0,
		S("no breaks"),
		S("no breaks")},
	{1, 0, 0,
		S("no breaks"),
		S("no breaks")},
};

static bool do_normalize(smtp_buf *out, const vec *v)
{
	return mime_normalize_breaks(out, v->in, v->in_len, le_of(v->le));
}

/* PHPMailer::encodeString($str, '8bit') */
static const vec encode_text_vecs[] = {
	{0, 0, 0,
		S(""),
		S("\r\n")},
	{1, 0, 0,
		S("a"),
		S("a\n")},
	{0, 0, 0,
		S("a\n"),
		S("a\r\n")},
	{1, 0, 0,
		S("a\r\n"),
		S("a\n")},
	{0, 0, 0,
		S("a\r"),
		S("a\r\n")},
	{0, 0, 0,
		S("\n"),
		S("\r\n")},
	{1, 0, 0,
		S("a\n\n"),
		S("a\n\n")},
};

static bool do_encode_text(smtp_buf *out, const vec *v)
{
	return mime_encode_text(out, v->in, v->in_len, le_of(v->le));
}

/* PHPMailer::encodeQ(): p1 is the position. */
static const vec encode_q_vecs[] = {
	{0, 0, 0,
		S("Hello World"),
		S("Hello_World")},
	{0, 0, 0,
		S("a=b?c_d"),
		S("a=3Db=3Fc=5Fd")},
	{0, 0, 0,
		S("tab\tx"),
		S("tab=09x")},
	{0, 0, 0,
		S("(paren) \"q\""),
		S("(paren)_\"q\"")},
	{0, 2, 0,
		S("(paren) \"q\""),
		S("=28paren=29_=22q=22")},
	{0, 0, 0,
		S("caf\303\251"),
		S("caf=C3=A9")},
	{0, 0, 0,
		S("line\r\nbreak\r"),
		S("linebreak")},
	{0, 2, 0,
		S("\000\177"),
		S("=00=7F")},
	{0, 1, 0,
		S("John O'Brien <x@y>"),
		S("John_O=27Brien_=3Cx=40y=3E")},
	{0, 1, 0,
		S("a.b,c;d:e"),
		S("a=2Eb=2Cc=3Bd=3Ae")},
	{0, 1, 0,
		S("Az09!*+/ -"),
		S("Az09!*+/_-")},
	{0, 1, 0,
		S("_=?"),
		S("=5F=3D=3F")},
	{0, 0, 0,
		S(""),
		S("")},
};

static bool do_encode_q(smtp_buf *out, const vec *v)
{
	return mime_encode_q(out, v->in, v->in_len, (mime_position)v->p1);
}

/*
 * PHPMailer::wrapText(): p1 is the length, p2 has 1 for qp_mode and 2 for
 * a CharSet of 'utf-8'. Covers plain word wrap, the QP cut of long words
 * (before an "=XX" at the last two columns, at UTF-8 boundaries, after a
 * short first word when more than 20 columns are left, or on a new line),
 * lengths of 0 and below (not the same for empty words), blank lines and
 * the trailing break.
 */
static const vec wrap_vecs[] = {
	{0, 10, 0,
		S("The quick brown fox jumps over the lazy dog"),
		S("The quick\r\nbrown fox\r\n"
		"jumps over\r\nthe lazy\r\n"
		"dog\r\n")},
	{1, 10, 0,
		S("The quick brown fox jumps over the lazy dog"),
		S("The quick\nbrown fox\n"
		"jumps over\nthe lazy\n"
		"dog\n")},
	{0, 0, 0,
		S("The quick brown fox jumps over the lazy dog"),
		S("The\r\nquick\r\nbrown\r\n"
		"fox\r\njumps\r\nover\r\n"
		"the\r\nlazy\r\ndog\r\n")},
	{0, 4, 0,
		S("word"),
		S("word\r\n")},
	{0, 3, 0,
		S("a b c\r\n"),
		S("a b\r\nc\r\n")},
	{1, 5, 0,
		S("a\r\n\r\nb"),
		S("a\n\nb\n")},
	{0, 5, 0,
		S("ab cd\ref gh"),
		S("ab cd\r\nef gh\r\n")},
	{0, 2, 0,
		S("  a  b"),
		S(" \r\na \r\nb\r\n")},
	{0, 5, 0,
		S("abcdefghijklmnop q"),
		S("abcdefghijklmnop\r\nq\r\n")},
	{0, 10, 0,
		S(""),
		S("\r\n")},
	{0, 10, 1,
		S("\r\n"),
		S("\r\n")},
	{0, 20, 1,
		S("=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9"
		"=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9"),
		S("=C3=A9=C3=A9=C3=A9=\r\n"
		"=C3=A9=C3=A9=C3=A9=\r\n"
		"=C3=A9=C3=A9=C3=A9=\r\n"
		"=C3=A9=C3=A9=C3=A9=\r\n"
		"=C3=A9=C3=A9=C3=A9=\r\n"
		"=C3=A9=C3=A9=C3=A9=\r\n"
		"=C3=A9=C3=A9\r\n")},
	{0, 20, 3,
		S("=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9"
		"=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9"),
		S("=C3=A9=C3=A9=C3=A9=\r\n"
		"=C3=A9=C3=A9=C3=A9=\r\n"
		"=C3=A9=C3=A9=C3=A9=\r\n"
		"=C3=A9=C3=A9=C3=A9=\r\n"
		"=C3=A9=C3=A9=C3=A9=\r\n"
		"=C3=A9=C3=A9=C3=A9=\r\n"
		"=C3=A9=C3=A9\r\n")},
	{0, 20, 1,
		S("abcdefghijklmnopqr=3Dxyz"),
		S("abcdefghijklmnopqr=\r\n"
		"=3Dxyz\r\n")},
	{0, 20, 1,
		S("abcdefghijklmnopq=3Dxyz"),
		S("abcdefghijklmnopq=3D=\r\n"
		"xyz\r\n")},
	{1, 20, 1,
		S("abcdefghijklmnopqrs=3Dxyz"),
		S("abcdefghijklmnopqrs=\n"
		"=3Dxyz\n")},
	{0, 40, 1,
		S("short abc=3Dabc=3Dabc=3Dabc=3Dabc=3Dabc=3Dabc=3Dabc=3Dabc=3Dabc=3Dabc=3D"
		"abc=3D"),
		S("short abc=3Dabc=3Dabc=3Dabc=3Dabc=3Dabc=\r\n"
		"=3Dabc=3Dabc=3Dabc=3Dabc=3Dabc=3Dabc=3D\r\n")},
	{1, 40, 3,
		S("short =E2=82=AC=E2=82=AC=E2=82=AC=E2=82=AC=E2=82=AC=E2=82=AC=E2=82=AC=E2"
		"=82=AC=E2=82=AC"),
		S("short =E2=82=AC=E2=82=AC=E2=82=AC=\n"
		"=E2=82=AC=E2=82=AC=E2=82=AC=E2=82=AC=\n"
		"=E2=82=AC=E2=82=AC\n")},
	{0, 40, 1,
		S("aaaaaaaaaaaaaaaaaaaaaaaaa bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
		"bbbb"),
		S("aaaaaaaaaaaaaaaaaaaaaaaaa =\r\n"
		"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb=\r\n"
		"bbbbbbbbbb\r\n")},
	{0, 0, 1,
		S("ab cd"),
		S(" =\r\n\r\n")},
	{0, 16, 3,
		S("x y\r\n=F0=9F=98=80=F0=9F=98=80=F0=9F=98=80=F0=9F=98=80=F0=9F=98=80 z"),
		S("x y\r\n=F0=9F=98=80=\r\n"
		"=F0=9F=98=80=\r\n=F0=9F=98=80=\r\n"
		"=F0=9F=98=80=\r\n=F0=9F=98=80 z\r\n")},
	{0, 40, 3,
		S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa =A9=A9=A9=A9=A9=A9=A9=A9=A9=A9=A9=A9=A9=A"
		"9=A9=A9=A9=A9=A9=A9"),
		S("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa =\r\n"
		"=A9=A9=A9=A9=A9=A9=A9=A9=A9=A9=A9=A9=A9==\r\n"
		"A9=A9=A9=A9=A9=A9=A9\r\n")},
	{0, -1, 1,
		S("ab  cd"),
		S(" =\r\n =\r\n\r\n")},
	{0, 0, 1,
		S("ab  cd"),
		S("  =\r\n\r\n")},
	{0, -5, 0,
		S("ab cd"),
		S("ab\r\ncd\r\n")},
};

static bool do_wrap(smtp_buf *out, const vec *v)
{
	return mime_wrap_text(out, v->in, v->in_len, v->p1, (v->p2 & 1) != 0, (v->p2 & 2) != 0,
		le_of(v->le));
}

/* PHP trim() */
static const vec trim_vecs[] = {
	{0, 0, 0,
		S(" \t\n\r\000\013x y\013\000\r\n"
		"\t "),
		S("x y")},
	{0, 0, 0,
		S(""),
		S("")},
	{0, 0, 0,
		S("   "),
		S("")},
	{0, 0, 0,
		S("\240x\240"),
		S("\240x\240")},
	{0, 0, 0,
		S("\014 x \014"),
		S("\014 x \014")},
};

static bool do_trim(smtp_buf *out, const vec *v)
{
	const char *s = v->in;
	size_t len = v->in_len;

	mime_trim(&s, &len);
	return smtp_buf_append(out, s, len);
}

/* PHPMailer::secureHeader() */
static const vec secure_vecs[] = {
	{0, 0, 0,
		S(" Subject\r\n injected\r\n"
		"Bcc: x "),
		S("Subject injectedBcc: x")},
	{0, 0, 0,
		S("\r\n"),
		S("")},
	{0, 0, 0,
		S("a\rb\nc"),
		S("abc")},
	{0, 0, 0,
		S("\t x \t"),
		S("x")},
};

static bool do_secure(smtp_buf *out, const vec *v)
{
	return mime_secure_header(out, v->in, v->in_len);
}

/* PHPMailer::quotedString() */
static const vec quoted_vecs[] = {
	{0, 0, 0,
		S("John Doe"),
		S("\"John Doe\"")},
	{0, 0, 0,
		S("plain"),
		S("plain")},
	{0, 0, 0,
		S("O\"Neil \"Jr\""),
		S("\"O\\\"Neil \\\"Jr\\\"\"")},
	{0, 0, 0,
		S("a@b"),
		S("\"a@b\"")},
	{0, 0, 0,
		S("back\\slash"),
		S("back\\slash")},
	{0, 0, 0,
		S(""),
		S("")},
	{0, 0, 0,
		S("x=y"),
		S("\"x=y\"")},
	{0, 0, 0,
		S("tab\there"),
		S("tab\there")},
};

static bool do_quoted(smtp_buf *out, const vec *v)
{
	return mime_quoted_string(out, v->in, v->in_len);
}

/*
 * PHPMailer::utf8CharBoundary(): the look-back can run past the start of
 * the text, where PHP's substr() counts from the end, hence 0 and negative
 * results.
 */
typedef struct boundary_vec {
	const char *in;
	size_t in_len;
	ptrdiff_t max;
	ptrdiff_t result;
} boundary_vec;

static const boundary_vec boundary_vecs[] = {
	{S("abcdef"), 4, 4},
	{S("ab=C3=A9"), 5, 2},
	{S("ab=c3=a9"), 5, 2},
	{S("a=e2=82=ac"), 10, 1},
	{S("ab=C3=A9"), 7, 2},
	{S("ab=C3=A9cd"), 8, 2},
	{S("a=E2=82=AC"), 8, 8},
	{S("a=E2=82=AC"), 10, 1},
	{S("x=3Dy"), 3, 1},
	{S("x=3Dy"), 2, 2},
	{S("=C3"), 3, 0},
	{S("B=A9"), 3, -5},
	{S("B=80="), 4, -1},
	{S("=A9=A9=A9"), 6, 6},
	{S("=E2Ba=A9"), 6, 0},
	{S("ab=C3=A9"), -2, -6},
	{S("=C3=A9xy"), -3, -3},
	{S("abc"), -1, -1},
};

/* PHPMailer::hasLineLongerThanMax() on count_a 'a', then sep, then count_b 'b'. */
typedef struct long_line_vec {
	int le;
	size_t count_a;
	const char *sep;
	size_t sep_len;
	size_t count_b;
	bool result;
} long_line_vec;

static const long_line_vec long_line_vecs[] = {
	{0, 999, S(""), 0, false},
	{0, 1000, S(""), 0, true},
	{1, 998, S(""), 0, false},
	{1, 999, S(""), 0, true},
	{0, 999, S("\r"), 0, true},
	{0, 998, S("\r\n"), 0, false},
	{1, 1500, S("\n"), 0, true},
	{1, 10, S("\n"), 999, true},
	{0, 10, S("\r"), 990, true},
	{0, 10, S("\r\n"), 997, false},
	{0, 10, S("\r\n"), 998, false},
};

static void test_line_checks(void)
{
	char line[2100];
	size_t i;

	for (i = 0; i < COUNT(long_line_vecs); i++) {
		const long_line_vec *v = &long_line_vecs[i];
		size_t len = v->count_a + v->sep_len + v->count_b;

		memset(line, 'a', v->count_a);
		memcpy(line + v->count_a, v->sep, v->sep_len);
		memset(line + v->count_a + v->sep_len, 'b', v->count_b);
		CHECK(mime_has_line_longer_than_max(line, len, le_of(v->le)) == v->result);
	}
	CHECK(!mime_has_8bit("", 0));
	CHECK(!mime_has_8bit(S("plain\x7f\0text")));
	CHECK(mime_has_8bit(S("caf\xc3\xa9")));
	CHECK(mime_has_8bit(S("\x80")));
}

static void test_utf8_boundary(void)
{
	size_t i;

	for (i = 0; i < COUNT(boundary_vecs); i++) {
		const boundary_vec *v = &boundary_vecs[i];

		CHECK(mime_utf8_char_boundary(v->in, v->in_len, v->max) == v->result);
	}
	/* PHPMailer looks back forever on these; the core keeps max_length. */
	CHECK(mime_utf8_char_boundary(S("A9B=A9"), 6) == 6);
	CHECK(mime_utf8_char_boundary(S("A9=809="), 5) == 5);
	/* Any PHP int is a length: at the ends of the range, no overflow (found by tests/fuzz/fuzz_wrap). */
	CHECK(mime_utf8_char_boundary(S("A=C3=A9B"), PTRDIFF_MIN) == PTRDIFF_MIN);
	CHECK(mime_utf8_char_boundary(S("A=C3=A9B"), PTRDIFF_MIN + 3) == PTRDIFF_MIN + 1);
	CHECK(mime_utf8_char_boundary(S("A=C3=A9B"), PTRDIFF_MAX) == PTRDIFF_MAX);
	CHECK(mime_utf8_char_boundary(S("=C3=A9=C3=A9"), PTRDIFF_MAX - 1) == PTRDIFF_MAX - 1);
}

/*
 * Where PHPMailer's wrapText() would cut nothing forever (a length below 3
 * before an escape), the word is cut at the length: the run ends and the
 * text survives the soft breaks.
 */
static void test_wrap_no_progress(void)
{
	static const struct {
		const char *in;
		ptrdiff_t length;
		bool utf8;
	} stuck[] = {{"=3D=3D", 1, false}, {"ab=3D", 2, false}, {"=C3=A9=C3=A9", 3, true}};
	size_t i;

	for (i = 0; i < COUNT(stuck); i++) {
		smtp_buf out = SMTP_BUF_INIT;
		size_t r, w;

		CHECK(mime_wrap_text(&out, stuck[i].in, strlen(stuck[i].in), stuck[i].length, true,
			stuck[i].utf8, MIME_LE_LF));
		/* Removing every "=\n" soft break gives back the input and its "\n". */
		for (r = w = 0; r < out.len; r++) {
			if (out.data[r] == '=' && r + 1 < out.len && out.data[r + 1] == '\n') {
				r++;
			} else {
				out.data[w++] = out.data[r];
			}
		}
		CHECK(w == strlen(stuck[i].in) + 1 && memcmp(out.data, stuck[i].in, w - 1) == 0);
		smtp_buf_free(&out);
	}
}

/* Streaming base64 gives the one-shot bytes for every first split point (and a second split). */
static void test_b64_stream(void)
{
	static const struct {
		size_t line_len;
		int le;
	} shapes[] = {{76, 0}, {5, 1}, {4, 0}, {1, 1}, {0, 0}};
	char in[130];
	size_t len, s, i, j;

	for (i = 0; i < sizeof(in); i++) {
		in[i] = (char)(i * 97 + 13);
	}
	for (s = 0; s < COUNT(shapes); s++) {
		for (len = 0; len <= sizeof(in); len += len < 8 ? 1 : 61) {
			smtp_buf whole = SMTP_BUF_INIT;
			int failed = check_failed;

			CHECK(mime_base64_lines(&whole, in, len, shapes[s].line_len, le_of(shapes[s].le)));
			CHECK(mime_base64_lines_len(len, shapes[s].line_len, le_of(shapes[s].le)) == whole.len);
			for (i = 0; i <= len; i++) {
				for (j = i; j <= len; j += 1 + len / 5) {
					mime_base64_stream st;
					smtp_buf part = SMTP_BUF_INIT;

					mime_base64_stream_init(&st, shapes[s].line_len, le_of(shapes[s].le));
					CHECK(mime_base64_stream_update(&st, &part, in, i));
					CHECK(mime_base64_stream_update(&st, &part, in + i, j - i));
					CHECK(mime_base64_stream_update(&st, &part, in + j, len - j));
					CHECK(mime_base64_stream_finish(&st, &part));
					CHECK_MEM(part.data, part.len, whole.data, whole.len);
					smtp_buf_free(&part);
				}
			}
			if (check_failed != failed) {
				fprintf(stderr, "  stream shape %zu, length %zu\n", s, len);
			}
			smtp_buf_free(&whole);
		}
	}
}

/* chunk_split(base64_encode(in), 76, le), the obvious way: the reference for the fast paths. */
static void b64_reference(smtp_buf *out, const unsigned char *in, size_t len, const char *le)
{
	static const char a[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	smtp_buf flat = SMTP_BUF_INIT;
	size_t i;

	for (i = 0; i + 2 < len; i += 3) {
		smtp_buf_append_char(&flat, a[in[i] >> 2]);
		smtp_buf_append_char(&flat, a[(in[i] & 3) << 4 | in[i + 1] >> 4]);
		smtp_buf_append_char(&flat, a[(in[i + 1] & 15) << 2 | in[i + 2] >> 6]);
		smtp_buf_append_char(&flat, a[in[i + 2] & 63]);
	}
	if (len - i == 1) {
		smtp_buf_append_char(&flat, a[in[i] >> 2]);
		smtp_buf_append_char(&flat, a[(in[i] & 3) << 4]);
		smtp_buf_append_str(&flat, "==");
	} else if (len - i == 2) {
		smtp_buf_append_char(&flat, a[in[i] >> 2]);
		smtp_buf_append_char(&flat, a[(in[i] & 3) << 4 | in[i + 1] >> 4]);
		smtp_buf_append_char(&flat, a[(in[i + 1] & 15) << 2]);
		smtp_buf_append_char(&flat, '=');
	}
	smtp_buf_reset(out);
	for (i = 0; i < flat.len; i += 76) {
		smtp_buf_append(out, flat.data + i, flat.len - i < 76 ? flat.len - i : 76);
		smtp_buf_append_str(out, le);
	}
	if (flat.len == 0) {
		smtp_buf_append_str(out, le);
	}
	smtp_buf_free(&flat);
}

/* Long inputs (the vector paths), whole and streamed in random slices, against the reference. */
static void test_b64_long(void)
{
	smtp_buf in = SMTP_BUF_INIT, expected = SMTP_BUF_INIT, got = SMTP_BUF_INIT;
	uint32_t seed = 4242;
	size_t round, len, pos, n;

	for (round = 0; round < 300; round++) {
		seed = seed * 1103515245u + 12345u;
		len = round < 100 ? round * 7 : (seed >> 8) % 20000;
		smtp_buf_reset(&in);
		while (in.len < len) {
			seed = seed * 1103515245u + 12345u;
			smtp_buf_append_char(&in, (char)(seed >> 17));
		}
		b64_reference(&expected, (const unsigned char *)in.data, len, round % 2 ? "\n" : "\r\n");
		smtp_buf_reset(&got);
		CHECK(mime_base64_lines(&got, in.data, len, 76, le_of(round % 2)));
		CHECK_MEM(got.data, got.len, expected.data, expected.len);
		{
			mime_base64_stream st;

			smtp_buf_reset(&got);
			mime_base64_stream_init(&st, 76, le_of(round % 2));
			for (pos = 0; pos < len; pos += n) {
				seed = seed * 1103515245u + 12345u;
				n = (seed >> 10) % (round % 3 == 0 ? 50 : 5000) + 1;
				n = n > len - pos ? len - pos : n;
				CHECK(mime_base64_stream_update(&st, &got, in.data + pos, n));
			}
			CHECK(mime_base64_stream_finish(&st, &got));
			CHECK_MEM(got.data, got.len, expected.data, expected.len);
		}
		/* Without line breaks: the flat encoding. */
		smtp_buf_reset(&got);
		CHECK(mime_base64(&got, in.data, len));
		CHECK(got.len <= expected.len);
	}
	smtp_buf_free(&in);
	smtp_buf_free(&expected);
	smtp_buf_free(&got);
}

/* An empty smtp_buf hands over (NULL, 0): the same as "" (PHP's output for ""). */
static void test_null_input(void)
{
	smtp_buf out = SMTP_BUF_INIT;
	const char *s = NULL;
	size_t len = 0;

	CHECK(mime_wrap_text(&out, NULL, 0, 76, true, true, MIME_LE_CRLF));
	CHECK(mime_base64_lines(&out, NULL, 0, 76, MIME_LE_LF));
	CHECK(mime_secure_header(&out, NULL, 0) && mime_quoted_string(&out, NULL, 0));
	CHECK(mime_encode_text(&out, NULL, 0, MIME_LE_LF));
	CHECK(mime_qp_php(&out, NULL, 0) && mime_encode_q(&out, NULL, 0, MIME_POS_PHRASE));
	CHECK(mime_base64(&out, NULL, 0) && mime_base64_decode(&out, NULL, 0));
	CHECK_STR(out.data, out.len, "\r\n\n\n");
	mime_trim(&s, &len);
	CHECK(len == 0 && mime_utf8_char_boundary(NULL, 0, 5) == 5);
	smtp_buf_free(&out);
}

void test_mime_encode(void)
{
	RUN_VECS(do_b64, b64_vecs);
	RUN_VECS(do_b64_decode, b64_decode_vecs);
	RUN_VECS(do_b64_lines, b64_lines_vecs);
	RUN_VECS(do_qp_php, qp_php_vecs);
	RUN_VECS(do_encode_qp, encode_qp_vecs);
	RUN_VECS(do_normalize, normalize_vecs);
	RUN_VECS(do_encode_text, encode_text_vecs);
	RUN_VECS(do_encode_q, encode_q_vecs);
	RUN_VECS(do_wrap, wrap_vecs);
	RUN_VECS(do_trim, trim_vecs);
	RUN_VECS(do_secure, secure_vecs);
	RUN_VECS(do_quoted, quoted_vecs);
	test_line_checks();
	test_utf8_boundary();
	test_wrap_no_progress();
	test_b64_stream();
	test_b64_long();
	test_null_input();
}
