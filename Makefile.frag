# Makefile.frag - targets beyond phpize's: the core unit tests without PHP.
#
#   make test-core       core unit tests under ASAN + UBSan
#   make valgrind-core   the same tests, unsanitized, under valgrind

SMTP_CORE_TEST_SRC = $(top_srcdir)/ext/core/*.c $(top_srcdir)/tests/core/*.c
SMTP_CORE_TEST_FLAGS = -std=c11 -g -O1 -Wall -Wextra -Werror -I$(top_srcdir)/ext/core
SMTP_CORE_TEST_LIBS = `pkg-config --libs openssl zlib`

$(top_builddir)/tests/core/core_tests_asan: $(top_srcdir)/ext/core/*.[ch] $(top_srcdir)/tests/core/*.[ch]
	$(CC) $(SMTP_CORE_TEST_FLAGS) -fsanitize=address,undefined -fno-sanitize-recover=all \
		-fno-omit-frame-pointer -o $@ $(SMTP_CORE_TEST_SRC) $(SMTP_CORE_TEST_LIBS)

$(top_builddir)/tests/core/core_tests: $(top_srcdir)/ext/core/*.[ch] $(top_srcdir)/tests/core/*.[ch]
	$(CC) $(SMTP_CORE_TEST_FLAGS) -o $@ $(SMTP_CORE_TEST_SRC) $(SMTP_CORE_TEST_LIBS)

test-core: $(top_builddir)/tests/core/core_tests_asan
	$(top_builddir)/tests/core/core_tests_asan

valgrind-core: $(top_builddir)/tests/core/core_tests
	valgrind --quiet --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=all \
		$(top_builddir)/tests/core/core_tests

.PHONY: test-core valgrind-core
