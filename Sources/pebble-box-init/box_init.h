/* Internal declarations of pebble-box-init: one box's pid 1 (see main.c). */
#ifndef BOX_INIT_H
#define BOX_INIT_H

#include <stdint.h>
#include <sys/types.h>
#include <linux/filter.h>
#include <stddef.h>

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

#define MAX_ARGS 1024
#define MAX_EXTRA 8
#define MAX_ALLOW 32

/* One run, parsed from PB_MSG_RUN. */
struct run_req {
    const char *argv[MAX_ARGS + 1];
    int argc;
    const char *envp[MAX_ARGS + 1];
    int envc;
    const char *cwd;
    const uint8_t *stdin_bytes;
    size_t stdin_len;
    int has_stdin_bytes;
    int stdin_fd, stdout_fd, stderr_fd;
    int stderr_to_stdout;
    int extra_child[MAX_EXTRA], extra_fd[MAX_EXTRA];
    int nextra;
    uint64_t cpu_ms, wall_ms, output_bytes, fsize, nofile, stack, as, nproc;
    int prestart, prestart_ready;
    int zygote; /* the box's zygote forks this run's process */
    const char *allow[MAX_ALLOW];
    int nallow;
};

/* What a run's child sends on its status socket when a step before execve fails. */
struct child_error {
    char step[40];
    int err;
};

/* run.c */
/* Reads a child's status socket to its end (EOF: it reached execve): a failed step, or the seccomp
 * listener a child of our own passes before execve. */
void read_child_status(int sock, int *listener, struct child_error *ce);
int resolve_program(const struct run_req *r, char *out, size_t outlen);
int parse_req(const uint8_t *body, size_t len, int *fds, int nfds, struct run_req *r);
void free_req(struct run_req *r);
void __attribute__((noreturn)) run_child(const struct box_config *cfg, const struct run_req *r, const char *path,
                                         const struct sock_fprog *prog, int status, int in_fd, int out_fd, int err_fd,
                                         int ctl_fd, int last_cap, int via_launcher);

int cap_last_cap(void);

/* launcher.c */
int launcher_start(const struct box_config *cfg, struct failure *f);
pid_t launcher_pid(void);
int launcher_listener(void);
void launcher_lost(void);
pid_t launcher_run(const struct run_req *r, const char *path, int status, int in_fd, int out_fd, int err_fd, int ctl_fd);
void kill_box(void);
int box_processes_left(void);

/* zygote.c */
int zygote_start(const struct box_config *cfg, const uint8_t *body, size_t len, int *fds, int nfds, struct failure *f);
pid_t zygote_pid(void);
int zygote_listener(void);
void zygote_lost(void);
int zygote_alive(void);
void zygote_resume(void);
pid_t zygote_run(const struct run_req *r, int status, int in_fd, int out_fd, int err_fd);

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
