/* Facts about the host that only C can ask the kernel cheaply (used by `pebble doctor`). */
#define _GNU_SOURCE
#include "pebble_box_protocol.h"

#include <errno.h>
#include <stdlib.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <sys/capability.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

const char *pb_syscall_name(uint32_t arch, int nr) {
    char *name = seccomp_syscall_resolve_num_arch(arch ? arch : SCMP_ARCH_NATIVE, nr);
    /* libseccomp returns a malloc'd copy; keep a small ring so callers need not free. */
    static char ring[8][64];
    static int next;
    if (!name) return NULL;
    char *slot = ring[next++ % 8];
    size_t i = 0;
    for (; name[i] && i < 63; i++) slot[i] = name[i];
    slot[i] = 0;
    free(name);
    return slot;
}

int pb_probe_seccomp_notify(void) {
    /* SECCOMP_GET_NOTIF_SIZES exists exactly where user notification does (Linux >= 5.0). */
    struct seccomp_notif_sizes sizes;
    return syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sizes) == 0;
}

int pb_probe_has_cap_sys_admin(void) {
    cap_t caps = cap_get_proc();
    if (!caps) return 0;
    cap_flag_value_t v = CAP_CLEAR;
    cap_get_flag(caps, CAP_SYS_ADMIN, CAP_EFFECTIVE, &v);
    cap_free(caps);
    return v == CAP_SET;
}

int pb_become_subreaper(void) {
    /* A box's pid 1 outlives the process that started it; as subreaper we stay its parent. */
    return prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0 ? 0 : -errno;
}
