/*
 * test_outbox.c - a spooled message reads back byte for byte, damage is
 * refused, a write leaves one complete file and no temporary one, and a
 * claimed file cannot be claimed again until it is released.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include "check.h"
#include "tests.h"

#include <dirent.h>
#include <stdlib.h>
#include <unistd.h>

#include "smtp_outbox.h"

static size_t count_entries(const char *dir, char *msg_name, size_t size)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t n = 0;

	while (d && (e = readdir(d))) {
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
			n++;
			if (smtp_outbox_is_message(e->d_name)) {
				snprintf(msg_name, size, "%s", e->d_name);
			}
		}
	}
	if (d) {
		closedir(d);
	}
	return n;
}

static void record_step(void *ctx, const char *step)
{
	smtp_buf *steps = ctx;

	smtp_buf_append_str(steps, step);
	smtp_buf_append_char(steps, ' ');
}

void test_outbox(void)
{
	char *rcpt[] = {"bob@example.test", "carol@example.test"};
	size_t rcpt_len[] = {16, 18};
	char data[] = "Subject: hi\r\n\r\n.line\r\n\0binary\r\n";
	smtp_outbox_msg msg = {"alice@example.test", 18, 2, rcpt, rcpt_len, data, sizeof(data) - 1}, back, again;
	smtp_buf bytes = SMTP_BUF_INIT, steps = SMTP_BUF_INIT;
	smtp_error err;
	char dir[] = "/tmp/smtp-outbox-test-XXXXXX", name[256] = "", seen[256] = "";
	int fd;

	CHECK(smtp_outbox_encode(&msg, &bytes, &err) == SMTP_OK);
	CHECK(bytes.len > 12 && memcmp(bytes.data, "SOB1", 4) == 0);
	CHECK(smtp_outbox_decode(bytes.data, bytes.len, &back, &err) == SMTP_OK);
	CHECK_MEM(back.sender, back.sender_len, "alice@example.test", 18);
	CHECK(back.rcpt_count == 2);
	CHECK_MEM(back.rcpt[1], back.rcpt_len[1], "carol@example.test", 18);
	CHECK_MEM(back.data, back.data_len, data, sizeof(data) - 1);
	smtp_outbox_msg_free(&back);

	/* Truncated, or one compressed byte changed: refused, nothing leaked. */
	CHECK(smtp_outbox_decode(bytes.data, bytes.len - 1, &back, &err) == SMTP_ERR_INVALID);
	bytes.data[bytes.len / 2 + 6] ^= 0x55;
	CHECK(smtp_outbox_decode(bytes.data, bytes.len, &back, &err) == SMTP_ERR_INVALID);
	CHECK(smtp_outbox_decode("SOB0", 4, &back, &err) == SMTP_ERR_INVALID);
	smtp_buf_free(&bytes);

	CHECK(mkdtemp(dir) != NULL);
	CHECK(smtp_outbox_write(dir, &msg, name, sizeof(name), record_step, &steps, &err) == SMTP_OK);
	CHECK_STR(steps.data, steps.len, "tmp-open tmp-written tmp-synced renamed dir-synced ");
	/* One file, the message, and no temporary left. */
	CHECK(count_entries(dir, seen, sizeof(seen)) == 1);
	CHECK(strcmp(seen, name) == 0);
	CHECK(smtp_outbox_is_message(name));
	CHECK(!smtp_outbox_is_message(".tmp-1.msg"));

	fd = smtp_outbox_claim(dir, name, &back, &err);
	CHECK(fd >= 0);
	CHECK_MEM(back.data, back.data_len, data, sizeof(data) - 1);
	/* A second flusher cannot have it while it is claimed. */
	CHECK(smtp_outbox_claim(dir, name, &again, &err) == -1 && err.status == SMTP_AGAIN);
	smtp_outbox_release(fd);
	smtp_outbox_msg_free(&back);
	fd = smtp_outbox_claim(dir, name, &back, &err);
	CHECK(fd >= 0);
	smtp_outbox_msg_free(&back);
	CHECK(smtp_outbox_remove(dir, name, fd, &err) == SMTP_OK);
	CHECK(count_entries(dir, seen, sizeof(seen)) == 0);
	/* Gone: nothing to claim. */
	CHECK(smtp_outbox_claim(dir, name, &back, &err) == -1 && err.status == SMTP_AGAIN);
	CHECK(rmdir(dir) == 0);
	smtp_buf_free(&steps);
}
