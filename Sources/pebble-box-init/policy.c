/*
 * The default seccomp policy: everything a judged program needs is allowed; what it never needs
 * and could abuse is refused. Each rule's reason is in docs/security.md (keep the two in step).
 *
 * A refused call is sent to pid 1 as a user notification (SECCOMP_RET_USER_NOTIF): the kernel
 * tells us which syscall it was, so the verdict SV names it, and a program that merely sends
 * itself SIGSYS cannot pass for one. Calls that runtimes probe and fall back from get ENOSYS.
 *
 * The filter is compiled here with libseccomp (before fork) and loaded in the child with the raw
 * seccomp(2) call, which is async-signal-safe.
 */
#define _GNU_SOURCE
#include "box_init.h"

#include <errno.h>
#include <linux/audit.h>
#include <linux/sched.h>
#include <stddef.h>
#include <seccomp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <linux/seccomp.h>
#include <unistd.h>

#if defined(__x86_64__)
#define NATIVE_AUDIT_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define NATIVE_AUDIT_ARCH AUDIT_ARCH_AARCH64
#else
#error "pebble-box-init: add this architecture's AUDIT_ARCH"
#endif

#ifndef CLONE_NEWTIME
#define CLONE_NEWTIME 0x00000080
#endif
#ifndef AF_VSOCK
#define AF_VSOCK 40
#endif

/* Refused outright: the verdict is SV naming the call. */
static const char *const violation[] = {
    /* file systems and the mount table */
    "mount", "umount2", "pivot_root", "chroot", "fsopen", "fsconfig", "fsmount", "fspick",
    "move_mount", "open_tree", "mount_setattr", "quotactl", "quotactl_fd",
    /* other processes' memory */
    "ptrace", "process_vm_readv", "process_vm_writev", "pidfd_getfd", "kcmp",
    /* namespaces */
    "unshare", "setns",
    /* kernel attack surface a program has no use for */
    "bpf", "perf_event_open", "userfaultfd", "keyctl", "add_key", "request_key",
    "open_by_handle_at", "name_to_handle_at", "lookup_dcookie", "uselib",
    /* the machine itself */
    "kexec_load", "kexec_file_load", "init_module", "finit_module", "delete_module", "reboot",
    "swapon", "swapoff", "settimeofday", "clock_settime", "clock_adjtime", "adjtimex", "acct",
    "iopl", "ioperm", "syslog", "vhangup",
};

/* Probed by runtimes, which fall back when the call is missing: answer ENOSYS. */
static const char *const missing[] = {
    "clone3", /* glibc tries clone3 first; its flags live in memory a filter cannot read */
    "io_uring_setup", "io_uring_enter", "io_uring_register", /* libuv (Node) probes io_uring */
};

static const unsigned long namespace_flags[] = {
    CLONE_NEWNS, CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET, CLONE_NEWIPC, CLONE_NEWUTS,
    CLONE_NEWCGROUP, CLONE_NEWTIME,
};

/*
 * personality may be queried (0xffffffff) or set to plain Linux (0); any other persona (no
 * ASLR, READ_IMPLIES_EXEC, ...) is refused. The kernel reads only the low 32 bits. Runs before
 * libseccomp's program; instruction 7's action is filled in when the program is built.
 */
static const struct sock_filter personality_guard[] = {
    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, NATIVE_AUDIT_ARCH, 0, 6),
    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_personality, 0, 4),
    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0])),
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 2, 0),
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0xffffffffU, 1, 0),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
};

static int allowed(const char *name, const char *const *allow, int nallow) {
    for (int i = 0; i < nallow; i++)
        if (!strcmp(allow[i], name)) return 1;
    return 0;
}

int policy_notify_supported(void) {
    static int cached = -1;
    if (cached < 0) {
        struct seccomp_notif_sizes sizes;
        cached = syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sizes) == 0;
    }
    return cached;
}

static struct sock_fprog *compile(const char *const *allow, int nallow, struct failure *f) {
    uint32_t refuse = policy_notify_supported() ? SCMP_ACT_NOTIFY : SCMP_ACT_KILL_PROCESS;
    scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
    if (!ctx) {
        *f = (struct failure){"seccomp_init", ENOMEM};
        return NULL;
    }
    int rc = 0;
    /* Foreign ABIs (int 0x80, x32) reach a different syscall table: refuse them as violations. */
    rc = seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, refuse);
    for (size_t i = 0; rc == 0 && i < sizeof violation / sizeof *violation; i++) {
        if (allowed(violation[i], allow, nallow)) continue;
        int nr = seccomp_syscall_resolve_name(violation[i]);
        if (nr == __NR_SCMP_ERROR) continue; /* not on this architecture */
        rc = seccomp_rule_add(ctx, refuse, nr, 0);
    }
    for (size_t i = 0; rc == 0 && i < sizeof missing / sizeof *missing; i++) {
        if (allowed(missing[i], allow, nallow)) continue;
        int nr = seccomp_syscall_resolve_name(missing[i]);
        if (nr == __NR_SCMP_ERROR) continue;
        rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), nr, 0);
    }
    /* clone is fine for threads and processes, a violation when it asks for a new namespace. */
    if (!allowed("clone-namespaces", allow, nallow)) {
        for (size_t i = 0; rc == 0 && i < sizeof namespace_flags / sizeof *namespace_flags; i++)
            rc = seccomp_rule_add(ctx, refuse, SCMP_SYS(clone), 1,
                                  SCMP_A0(SCMP_CMP_MASKED_EQ, namespace_flags[i], namespace_flags[i]));
    }
    /* vsock reaches the hypervisor's host and is not confined by a network namespace. */
    if (rc == 0 && !allowed("socket-vsock", allow, nallow))
        rc = seccomp_rule_add(ctx, refuse, SCMP_SYS(socket), 1, SCMP_A0(SCMP_CMP_EQ, AF_VSOCK));
    if (rc < 0) {
        seccomp_release(ctx);
        *f = (struct failure){"seccomp rules", -rc};
        return NULL;
    }
    /* Export the BPF once; the child then needs nothing but the seccomp syscall. */
    int memfd = memfd_create("pebble-policy", MFD_CLOEXEC);
    if (memfd < 0 || seccomp_export_bpf(ctx, memfd) < 0) {
        seccomp_release(ctx);
        if (memfd >= 0) close(memfd);
        *f = (struct failure){"seccomp export", errno ? errno : EINVAL};
        return NULL;
    }
    seccomp_release(ctx);
    off_t size = lseek(memfd, 0, SEEK_END);
    struct sock_fprog *prog = malloc(sizeof *prog);
    struct sock_filter *filter = malloc((size_t)size);
    if (!prog || !filter || pread(memfd, filter, (size_t)size, 0) != size) {
        close(memfd);
        free(prog);
        free(filter);
        *f = (struct failure){"seccomp export read", EIO};
        return NULL;
    }
    close(memfd);
    size_t count = (size_t)size / sizeof(struct sock_filter);
    /* libseccomp cannot compare one argument twice in a rule, so personality's check is ours. */
    int guard = !allowed("personality", allow, nallow);
    size_t plen = guard ? sizeof personality_guard / sizeof *personality_guard : 0;
    struct sock_filter *all = malloc((plen + count) * sizeof *all);
    if (!all) {
        free(prog);
        free(filter);
        *f = (struct failure){"seccomp program", ENOMEM};
        return NULL;
    }
    if (guard) {
        memcpy(all, personality_guard, sizeof personality_guard);
        all[7].k = refuse;
    }
    memcpy(all + plen, filter, count * sizeof *all);
    free(filter);
    prog->len = (unsigned short)(plen + count);
    prog->filter = all;
    return prog;
}

/* Programs are compiled once per distinct allow-list and kept for the life of the box. */
struct sock_fprog *policy_program(const char *const *allow, int nallow, struct failure *f) {
    enum { SLOTS = 16 };
    static struct {
        char key[512];
        struct sock_fprog *prog;
    } cache[SLOTS];
    static int used;
    char key[512] = "";
    for (int i = 0; i < nallow; i++) {
        strncat(key, allow[i], sizeof key - strlen(key) - 2);
        strcat(key, ",");
    }
    for (int i = 0; i < used; i++)
        if (!strcmp(cache[i].key, key)) return cache[i].prog;
    struct sock_fprog *prog = compile(allow, nallow, f);
    if (prog && used < SLOTS) {
        strcpy(cache[used].key, key);
        cache[used++].prog = prog;
    }
    return prog;
}
