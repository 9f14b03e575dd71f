/*
 * Linked into every C, C++ and Swift program PebbleCode compiles. On a fatal signal it prints one
 * line to stderr, "pebble-crash: SIGNAL ADDRESS...": the faulting instruction, then the return
 * addresses of the calls that led there, relative to the executable's load address. The judge
 * strips the line and maps the addresses to the learner's file and line with addr2line, in the
 * same box. Then the signal's default action ends the program, so the kernel reports the same
 * exit status as without this file. A program that installs its own handlers replaces these.
 *
 * Only async-signal-safe calls in the handler: write(2) and a hand-rolled hex formatter.
 * backtrace() is called once at start so libgcc's unwinder is loaded before any signal.
 */
#define _GNU_SOURCE
#include <execinfo.h>
#include <link.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

static uintptr_t pebble_crash_base;
static char pebble_crash_stack[64 * 1024];

static int pebble_crash_find_base(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    (void)data;
    pebble_crash_base = (uintptr_t)info->dlpi_addr; /* the first object is the executable */
    return 1;
}

static char *pebble_crash_hex(char *p, uintptr_t v) {
    char digits[2 * sizeof v];
    int n = 0;
    do {
        digits[n++] = "0123456789abcdef"[v & 15];
        v >>= 4;
    } while (v && n < (int)sizeof digits);
    *p++ = ' ';
    *p++ = '0';
    *p++ = 'x';
    while (n) *p++ = digits[--n];
    return p;
}

static void pebble_crash_handler(int sig, siginfo_t *info, void *context) {
    (void)info;
    char line[2048], *p = line;
    const char *marker = "\npebble-crash: ";
    memcpy(p, marker, strlen(marker));
    p += strlen(marker);
    if (sig >= 10) *p++ = (char)('0' + sig / 10);
    *p++ = (char)('0' + sig % 10);
#if defined(__x86_64__)
    uintptr_t pc = (uintptr_t)((ucontext_t *)context)->uc_mcontext.gregs[REG_RIP];
    p = pebble_crash_hex(p, pc - pebble_crash_base);
#else
    (void)context;
#endif
    void *frames[48];
    int n = backtrace(frames, 48);
    /* frames[0] is this handler, frames[1] the kernel's signal trampoline. */
    for (int i = 2; i < n && p < line + sizeof line - 24; i++) {
        p = pebble_crash_hex(p, (uintptr_t)frames[i] - 1 - pebble_crash_base);
    }
    *p++ = '\n';
    ssize_t ignored = write(2, line, (size_t)(p - line));
    (void)ignored;
    /* SA_RESETHAND restored the default action: re-raise so the kernel ends us with `sig`. */
    raise(sig);
}

__attribute__((constructor)) static void pebble_crash_install(void) {
    dl_iterate_phdr(pebble_crash_find_base, NULL);
    void *warm[2];
    backtrace(warm, 2);
    stack_t ss = {.ss_sp = pebble_crash_stack, .ss_size = sizeof pebble_crash_stack};
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = pebble_crash_handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESETHAND | SA_NODEFER;
    int signals[] = {SIGSEGV, SIGFPE, SIGILL, SIGBUS, SIGABRT, SIGTRAP};
    for (size_t i = 0; i < sizeof signals / sizeof *signals; i++) sigaction(signals[i], &sa, NULL);
}
