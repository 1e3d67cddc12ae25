/*
 * main.c - runs every core unit test and prints the closing line.
 */
#include "check.h"
#include "tests.h"

#include <ctype.h>

int check_passed;
int check_failed;

static void print_escaped(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len && i < 2000; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '\r') {
			fputs("\\r", stderr);
		} else if (c == '\n') {
			fputs("\\n", stderr);
		} else if (isprint(c)) {
			fputc(c, stderr);
		} else {
			fprintf(stderr, "\\x%02x", c);
		}
	}
	if (len > 2000) {
		fputs("...", stderr);
	}
}

void check_mem(const char *file, int line, const char *got, size_t got_len,
	const char *expected, size_t expected_len)
{
	if (got_len == expected_len && (got_len == 0 || memcmp(got, expected, got_len) == 0)) {
		check_passed++;
		return;
	}
	check_failed++;
	fprintf(stderr, "%s:%d: bytes differ\n  expected (%zu): \"", file, line, expected_len);
	print_escaped(expected, expected_len);
	fprintf(stderr, "\"\n  got      (%zu): \"", got_len);
	print_escaped(got ? got : "", got ? got_len : 0);
	fputs("\"\n", stderr);
}

static const struct {
	const char *name;
	void (*run)(void);
} tests[] = {
#define CORE_TEST(name) {#name, test_##name},
	CORE_TESTS
#undef CORE_TEST
};

/*
 * Each module's test function counts as one test in the closing line; its
 * individual checks (many of them loops over bytes or inputs) are reported
 * beside its name.
 */
int main(int argc, char **argv)
{
	size_t i;
	int modules_passed = 0, modules_failed = 0;

	for (i = 0; i < sizeof(tests) / sizeof(tests[0]); i++) {
		int j, selected = argc < 2;
		int passed_before = check_passed, failed_before = check_failed;

		for (j = 1; j < argc; j++) {
			if (strcmp(argv[j], tests[i].name) == 0) {
				selected = 1;
			}
		}
		if (!selected || !tests[i].run) {
			continue;
		}
		tests[i].run();
		if (check_failed == failed_before) {
			modules_passed++;
			printf("ok   %-12s %d checks\n", tests[i].name, check_passed - passed_before);
		} else {
			modules_failed++;
			printf("FAIL %-12s %d of %d checks failed\n", tests[i].name, check_failed - failed_before,
				check_passed - passed_before + check_failed - failed_before);
		}
	}
	printf("%d passed, %d failed\n", modules_passed, modules_failed);
	return modules_failed != 0;
}
