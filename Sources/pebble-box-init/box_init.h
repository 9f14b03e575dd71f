/* Internal declarations of pebble-box-init: one box's pid 1 (see main.c). */
#ifndef BOX_INIT_H
#define BOX_INIT_H

#include <stdint.h>
#include <sys/types.h>
#include <linux/filter.h>

#define MAX_BINDS 64
#define MAX_CGROUPS 8

struct bind {
    const char *src;
    const char *dst;
};

struct box_config {
    uid_t uid;
    gid_t gid;
    const char *root;            /* an empty host directory the box root is mounted on (in our ns only) */
    unsigned long box_kb, tmp_kb, shm_kb;
    struct bind binds[MAX_BINDS];
    int nbinds;
    int cgroup_fds[MAX_CGROUPS]; /* cgroup.procs of each hierarchy of the box's cgroup */
    int ncgroups;
    int cpu_fd;                  /* cgroup CPU counter, or -1 */
    const char *cpu_key;         /* NULL: the file is one number; else the "key value" line to read */
    uint64_t cpu_ns_per_unit;
    int rootless;
    int sock;
    uid_t outer_uid;
    gid_t outer_gid;
};

/* A failed step, reported to the daemon as (step, errno). */
struct failure {
    const char *step;
    int err;
};

/* box_fs.c */
int build_box_root(const struct box_config *cfg, struct failure *f, char *degraded, size_t degraded_len);
int reset_box_dirs(const struct box_config *cfg, struct failure *f);

/* ipc.c */
void clear_ipc(void);

/* policy.c */
struct sock_fprog *policy_program(const char *const *allow, int nallow, struct failure *f);
int policy_notify_supported(void);

/* run.c */
int serve_run(const struct box_config *cfg, const uint8_t *body, size_t len, int *fds, int nfds);

/* main.c */
uint64_t counter_read(const struct box_config *cfg);
int send_failure(int sock, uint16_t type, const struct failure *f);

#endif
