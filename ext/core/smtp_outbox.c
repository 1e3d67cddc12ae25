/*
 * smtp_outbox.c - the durable outbox's file format, atomic write and
 * claiming (see smtp_outbox.h).
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include "smtp_outbox.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "smtp_alloc.h"

#define MAGIC "SOB1"
#define HEAD_LEN 12          /* magic and the payload's length */
#define MAX_PAYLOAD ((uint64_t)1 << 34)  /* 16 GiB: anything larger is a damaged file */

/* {{{ format */

static bool put_netstring(smtp_buf *b, const char *s, size_t len)
{
	return smtp_buf_appendf(b, "%zu:", len) && smtp_buf_append(b, s, len) && smtp_buf_append_char(b, ',');
}

smtp_status smtp_outbox_encode(const smtp_outbox_msg *msg, smtp_buf *out, smtp_error *err)
{
	smtp_buf plain = SMTP_BUF_INIT;
	char count[32];
	uLongf zlen;
	size_t i, start;
	bool ok;

	snprintf(count, sizeof(count), "%zu", msg->rcpt_count);
	ok = put_netstring(&plain, msg->sender, msg->sender_len) && put_netstring(&plain, count, strlen(count));
	for (i = 0; ok && i < msg->rcpt_count; i++) {
		ok = put_netstring(&plain, msg->rcpt[i], msg->rcpt_len[i]);
	}
	ok = ok && put_netstring(&plain, msg->data, msg->data_len);
	zlen = compressBound(plain.len);
	start = out->len;
	if (!ok || !smtp_buf_reserve(out, HEAD_LEN + zlen)) {
		smtp_buf_free(&plain);
		return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory");
	}
	memcpy(out->data + start, MAGIC, 4);
	for (i = 0; i < 8; i++) {
		out->data[start + 4 + i] = (char)(((uint64_t)plain.len >> (56 - 8 * i)) & 0xff);
	}
	if (compress2((Bytef *)out->data + start + HEAD_LEN, &zlen, (const Bytef *)plain.data, plain.len, 6) != Z_OK) {
		smtp_buf_free(&plain);
		return smtp_error_set(err, SMTP_ERR_NOMEM, "zlib could not compress the message");
	}
	out->len = start + HEAD_LEN + zlen;
	out->data[out->len] = '\0';
	smtp_buf_free(&plain);
	return SMTP_OK;
}

/* Reads "<len>:<bytes>," at *pos; the bytes are copied (NUL-terminated). */
static bool get_netstring(const char *p, size_t len, size_t *pos, char **out, size_t *out_len)
{
	size_t n = 0, i = *pos;

	if (i >= len || p[i] < '0' || p[i] > '9') {
		return false;
	}
	for (; i < len && p[i] >= '0' && p[i] <= '9'; i++) {
		if (n > (SIZE_MAX - 9) / 10) {
			return false;
		}
		n = n * 10 + (size_t)(p[i] - '0');
	}
	if (i >= len || p[i] != ':' || len - i - 1 < n + 1 || p[i + 1 + n] != ',') {
		return false;
	}
	if (!(*out = smtp_memdup(p + i + 1, n))) {
		return false;
	}
	*out_len = n;
	*pos = i + 1 + n + 1;
	return true;
}

void smtp_outbox_msg_free(smtp_outbox_msg *msg)
{
	size_t i;

	smtp_free(msg->sender);
	for (i = 0; msg->rcpt && i < msg->rcpt_count; i++) {
		smtp_free(msg->rcpt[i]);
	}
	smtp_free(msg->rcpt);
	smtp_free(msg->rcpt_len);
	smtp_free(msg->data);
	memset(msg, 0, sizeof(*msg));
}

smtp_status smtp_outbox_decode(const char *file, size_t len, smtp_outbox_msg *msg, smtp_error *err)
{
	uint64_t plain_len = 0;
	uLongf got;
	char *plain, *count = NULL, *end;
	size_t pos = 0, count_len, i;
	bool ok;

	memset(msg, 0, sizeof(*msg));
	if (len < HEAD_LEN || memcmp(file, MAGIC, 4) != 0) {
		return smtp_error_set(err, SMTP_ERR_INVALID, "not an outbox file");
	}
	for (i = 0; i < 8; i++) {
		plain_len = (plain_len << 8) | (unsigned char)file[4 + i];
	}
	if (plain_len > MAX_PAYLOAD || !(plain = smtp_malloc((size_t)plain_len + 1))) {
		return smtp_error_set(err, SMTP_ERR_INVALID, "outbox file too large or damaged");
	}
	got = (uLongf)plain_len;
	if (uncompress((Bytef *)plain, &got, (const Bytef *)file + HEAD_LEN, len - HEAD_LEN) != Z_OK || got != plain_len) {
		smtp_free(plain);
		return smtp_error_set(err, SMTP_ERR_INVALID, "outbox file damaged (zlib)");
	}
	ok = get_netstring(plain, got, &pos, &msg->sender, &msg->sender_len)
		&& get_netstring(plain, got, &pos, &count, &count_len);
	if (ok) {
		errno = 0;
		msg->rcpt_count = strtoul(count, &end, 10);
		ok = count_len > 0 && *end == '\0' && errno == 0 && msg->rcpt_count <= got;
	}
	if (ok && msg->rcpt_count) {
		msg->rcpt = smtp_calloc(msg->rcpt_count, sizeof(char *));
		msg->rcpt_len = smtp_calloc(msg->rcpt_count, sizeof(size_t));
		ok = msg->rcpt && msg->rcpt_len;
	}
	for (i = 0; ok && i < msg->rcpt_count; i++) {
		ok = get_netstring(plain, got, &pos, &msg->rcpt[i], &msg->rcpt_len[i]);
	}
	ok = ok && get_netstring(plain, got, &pos, &msg->data, &msg->data_len) && pos == got;
	smtp_free(count);
	smtp_free(plain);
	if (!ok) {
		if (!msg->rcpt) {
			msg->rcpt_count = 0;
		}
		smtp_outbox_msg_free(msg);
		return smtp_error_set(err, SMTP_ERR_INVALID, "outbox file damaged (fields)");
	}
	return SMTP_OK;
}

/* }}} */

/* {{{ files */

static void step(smtp_outbox_step_fn fn, void *ctx, const char *name)
{
	if (fn) {
		fn(ctx, name);
	}
}

static smtp_status sync_dir(const char *dir, smtp_error *err)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int rc;

	if (fd < 0) {
		return smtp_error_set_errno(err, SMTP_ERR_FILE, errno, "cannot open the outbox %s", dir);
	}
	rc = fsync(fd);
	close(fd);
	if (rc != 0) {
		return smtp_error_set_errno(err, SMTP_ERR_FILE, errno, "cannot fsync the outbox %s", dir);
	}
	return SMTP_OK;
}

static bool write_all(int fd, const char *p, size_t len)
{
	while (len) {
		ssize_t n = write(fd, p, len);

		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n <= 0) {
			return false;
		}
		p += n;
		len -= (size_t)n;
	}
	return true;
}

smtp_status smtp_outbox_write(const char *dir, const smtp_outbox_msg *msg, char *name, size_t name_size,
	smtp_outbox_step_fn fn, void *ctx, smtp_error *err)
{
	static unsigned long counter;
	smtp_buf bytes = SMTP_BUF_INIT;
	char tmp[4096], final[4096], base[64];
	struct timespec now;
	int fd, saved;

	if (smtp_outbox_encode(msg, &bytes, err) != SMTP_OK) {
		return err->status;
	}
	clock_gettime(CLOCK_REALTIME, &now);
	counter++;
	/* Names sort by time of spooling; pid and counter keep them unique. */
	snprintf(base, sizeof(base), "%010lld.%09ld-%ld-%lu.msg", (long long)now.tv_sec, now.tv_nsec,
		(long)getpid(), counter);
	if ((size_t)snprintf(tmp, sizeof(tmp), "%s/.tmp-%s", dir, base) >= sizeof(tmp)
		|| (size_t)snprintf(final, sizeof(final), "%s/%s", dir, base) >= sizeof(final)) {
		smtp_buf_free(&bytes);
		return smtp_error_set(err, SMTP_ERR_INVALID, "outbox path too long");
	}
	step(fn, ctx, "tmp-open");
	fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0) {
		smtp_buf_free(&bytes);
		return smtp_error_set_errno(err, SMTP_ERR_FILE, errno, "cannot create %s", tmp);
	}
	if (!write_all(fd, bytes.data, bytes.len)) {
		goto failed;
	}
	step(fn, ctx, "tmp-written");
	if (fsync(fd) != 0) {
		goto failed;
	}
	step(fn, ctx, "tmp-synced");
	if (close(fd) != 0) {
		fd = -1;
		goto failed;
	}
	fd = -1;
	if (rename(tmp, final) != 0) {
		goto failed;
	}
	step(fn, ctx, "renamed");
	smtp_buf_free(&bytes);
	if (sync_dir(dir, err) != SMTP_OK) {
		return err->status;
	}
	step(fn, ctx, "dir-synced");
	if (name && name_size) {
		snprintf(name, name_size, "%s", base);
	}
	return SMTP_OK;
failed:
	saved = errno;
	if (fd >= 0) {
		close(fd);
	}
	unlink(tmp);
	smtp_buf_free(&bytes);
	return smtp_error_set_errno(err, SMTP_ERR_FILE, saved, "cannot write %s", tmp);
}

bool smtp_outbox_is_message(const char *name)
{
	size_t len = strlen(name);

	return name[0] != '.' && len > 4 && strcmp(name + len - 4, ".msg") == 0;
}

static bool read_fd(int fd, smtp_buf *out)
{
	char chunk[65536];
	ssize_t n;

	while ((n = read(fd, chunk, sizeof(chunk))) != 0) {
		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n < 0 || !smtp_buf_append(out, chunk, (size_t)n)) {
			return false;
		}
	}
	return true;
}

int smtp_outbox_claim(const char *dir, const char *name, smtp_outbox_msg *msg, smtp_error *err)
{
	char path[4096];
	struct stat held, now;
	smtp_buf bytes = SMTP_BUF_INIT;
	int fd;

	memset(msg, 0, sizeof(*msg));
	if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir, name) >= sizeof(path)) {
		smtp_error_set(err, SMTP_ERR_INVALID, "outbox path too long");
		return -1;
	}
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		smtp_error_set_errno(err, errno == ENOENT ? SMTP_AGAIN : SMTP_ERR_FILE, errno, "cannot open %s", path);
		return -1;
	}
	if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
		close(fd);
		smtp_error_set(err, SMTP_AGAIN, "%s is being delivered by another process", path);
		return -1;
	}
	/* Another flusher may have delivered and unlinked it between our open() and flock(). */
	if (fstat(fd, &held) != 0 || held.st_nlink == 0 || stat(path, &now) != 0 || now.st_ino != held.st_ino
		|| now.st_dev != held.st_dev) {
		close(fd);
		smtp_error_set(err, SMTP_AGAIN, "%s was delivered by another process", path);
		return -1;
	}
	if (!read_fd(fd, &bytes)) {
		smtp_buf_free(&bytes);
		close(fd);
		smtp_error_set_errno(err, SMTP_ERR_FILE, errno, "cannot read %s", path);
		return -1;
	}
	if (smtp_outbox_decode(bytes.data ? bytes.data : "", bytes.len, msg, err) != SMTP_OK) {
		smtp_buf_free(&bytes);
		close(fd);
		return -1;
	}
	smtp_buf_free(&bytes);
	return fd;
}

smtp_status smtp_outbox_remove(const char *dir, const char *name, int fd, smtp_error *err)
{
	char path[4096];
	int rc;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	rc = unlink(path);
	close(fd);
	if (rc != 0) {
		return smtp_error_set_errno(err, SMTP_ERR_FILE, errno, "cannot remove %s", path);
	}
	return sync_dir(dir, err);
}

void smtp_outbox_release(int fd)
{
	close(fd);
}

/* }}} */
