/*
 * The private channel between the Swift sandbox layer and `pebble-box-init`, the small
 * single-threaded helper that is pid 1 of one box (design section 3).
 *
 * A frame is: u32 body length (host order; both ends are on one machine), u16 message type,
 * then fields. A field is: u16 tag, u32 length, value. Integers are u64 in host order.
 * File descriptors travel as SCM_RIGHTS on the frame's first byte and are referred to by
 * their index in that array.
 */
#ifndef PEBBLE_BOX_PROTOCOL_H
#define PEBBLE_BOX_PROTOCOL_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define PB_MAX_FRAME (256u * 1024u * 1024u)
#define PB_MAX_FDS 16

/* Message types. */
enum {
    PB_MSG_PID = 1,        /* outer -> daemon: host pid of the box's pid 1 (PB_PID) */
    PB_MSG_READY = 2,      /* init -> daemon: the box is built (PB_R_MESSAGE lists degraded features) */
    PB_MSG_FAILED = 3,     /* init -> daemon: building the box failed (PB_R_SETUP_STEP, PB_R_SETUP_ERRNO) */
    PB_MSG_RUN = 4,        /* daemon -> init: run one program */
    PB_MSG_STARTED = 5,    /* init -> daemon: a pre-started program is waiting for PB_MSG_GO */
    PB_MSG_GO = 6,         /* daemon -> init: hand the job over (PB_GO_BYTES), start accounting */
    PB_MSG_RESULT = 7,     /* init -> daemon: the run's evidence */
    PB_MSG_RESET = 8,      /* daemon -> init: fresh /box, /tmp and /dev/shm */
    PB_MSG_RESET_DONE = 9,
    PB_MSG_KILL = 10,      /* daemon -> init: end the current run now */
    PB_MSG_ZYGOTE = 11,    /* daemon -> init: start the box's zygote (a run request: its command, env, rlimits) */
    PB_MSG_ZYGOTE_READY = 12, /* init -> daemon: the zygote waits for runs (else PB_MSG_FAILED) */
};

/* init <-> zygote, on the zygote's fd 3 (docs/languages.md, "Zygotes"). */
enum {
    PB_ZY_READY = 30,      /* zygote -> init: started, ready to fork runs */
    PB_ZY_FORK = 31,       /* init -> zygote: start one run (fields as PB_MSG_RUN; fds: status, stdin, stdout, stderr) */
    PB_ZY_FORKED = 32,     /* zygote -> init: PB_PID, the run's pid (pid 1's child), or minus an errno */
};

/* Request fields (PB_MSG_RUN, PB_MSG_GO). */
enum {
    PB_ARG = 1,            /* repeated: argv, argv[0] is the program */
    PB_ENV = 2,            /* repeated: NAME=value; nothing else is inherited */
    PB_CWD = 3,
    PB_STDIN_BYTES = 4,    /* stdin is these bytes (a sealed memfd, seekable like a file) */
    PB_STDIN_FD = 5,       /* u64 index of a passed fd */
    PB_STDOUT_FD = 6,      /* u64 index; without it stdout is captured */
    PB_STDERR_FD = 7,      /* u64 index; without it stderr is captured */
    PB_STDERR_TO_STDOUT = 8,
    PB_EXTRA_FD = 9,       /* 16 bytes: u64 child fd number, u64 index of a passed fd */
    PB_CPU_MS = 10,
    PB_WALL_MS = 11,
    PB_OUTPUT_BYTES = 12,  /* cap on captured stdout + stderr together */
    PB_FSIZE_BYTES = 13,
    PB_NOFILE = 14,
    PB_STACK_BYTES = 15,
    PB_AS_BYTES = 16,
    PB_PRESTART = 17,      /* start now; account from PB_MSG_GO, whose job the program reads on fd 3 (a socket) */
    /* 18 is unused */
    PB_SECCOMP_ALLOW = 19, /* repeated: a syscall name the default policy refuses and this run may use */
    PB_GO_BYTES = 20,      /* the job handed to a pre-started program through its job pipe */
    PB_NPROC = 21,
    PB_PRESTART_READY = 22, /* with PB_PRESTART: STARTED only once the program writes a byte to fd 3 */
    PB_GO_STDIN = 23,      /* GO: bytes for the pre-started program's stdin (a pipe, closed after them) */
    PB_ZYGOTE_RUN = 24,    /* RUN: the box's zygote forks the run's process (argv[0] is not executed) */
};

/* Result fields (PB_MSG_RESULT, PB_MSG_FAILED, PB_MSG_READY). */
enum {
    PB_PID = 100,
    PB_R_EXITED = 101,      /* u64 1 when the main process exited, 0 when a signal ended it */
    PB_R_EXIT_CODE = 102,
    PB_R_SIGNAL = 103,
    PB_R_WALL_US = 104,
    PB_R_CPU_US = 105,      /* from the cgroup counter when there is one */
    PB_R_RUSAGE_CPU_US = 106,
    PB_R_MAXRSS_KB = 107,
    PB_R_KILLED = 108,      /* why the helper ended the run: PB_KILL_* */
    PB_R_SYSCALL_NR = 109,
    PB_R_SYSCALL_ARCH = 110,
    PB_R_SYSCALL_NAME = 111,
    PB_R_SETUP_STEP = 112,  /* which step of the box or child setup failed */
    PB_R_SETUP_ERRNO = 113,
    PB_R_STDOUT = 114,
    PB_R_STDERR = 115,
    PB_R_STDOUT_TRUNC = 116,
    PB_R_STDERR_TRUNC = 117,
    PB_R_MESSAGE = 118,
    PB_R_CPU_COUNTED = 119, /* u64 1 when PB_R_CPU_US comes from a cgroup counter */
    PB_R_VM_PEAK_KB = 120,  /* the main process's address-space high-water mark at exit (runs with PB_AS_BYTES) */
    PB_R_BEFORE_GO = 121,   /* u64 1: a pre-started program ended before it was handed its job */
    PB_R_END_NS = 122,      /* CLOCK_MONOTONIC when the main process was reaped: orders two runs' ends */
    PB_R_ZYGOTE = 123,      /* RESET_DONE: u64 1 while the box's zygote lives */
};

enum {
    PB_KILL_NONE = 0,
    PB_KILL_WALL = 1,
    PB_KILL_CPU = 2,
    PB_KILL_OUTPUT = 3,
    PB_KILL_SECCOMP = 4,
    PB_KILL_CANCEL = 5,
};

/* A growable frame body. */
typedef struct {
    uint8_t *data;
    size_t len;
    size_t cap;
} pb_buf;

typedef struct {
    uint16_t tag;
    uint32_t len;
    const uint8_t *value;
} pb_field;

void pb_buf_free(pb_buf *b);
int pb_put(pb_buf *b, uint16_t tag, const void *value, uint32_t len);
int pb_put_u64(pb_buf *b, uint16_t tag, uint64_t value);
int pb_put_str(pb_buf *b, uint16_t tag, const char *value);
/* Walks the fields of a body; returns 1 with *field set, 0 at the end, -1 on a malformed body. */
int pb_next(const uint8_t *body, size_t len, size_t *offset, pb_field *field);
uint64_t pb_u64(const pb_field *field);

/* Sends one frame, with fds attached to its first byte. Returns 0 or -errno. */
int pb_send(int sock, uint16_t type, const uint8_t *body, size_t len, const int *fds, int nfds);
/* Receives one frame. *body is malloc'd (free it). Returns 0, -errno, or -EPIPE at EOF. */
int pb_recv(int sock, uint16_t *type, uint8_t **body, size_t *len, int *fds, int *nfds);

/* Syscall name for a number on the native or a foreign architecture (libseccomp); NULL if unknown. */
const char *pb_syscall_name(uint32_t arch, int nr);

/*
 * Starts `path` with `argv` and only the listed fds (fd_targets[i] := fd_sources[i]), every other
 * descriptor closed, no inherited environment except `envp`. Returns the pid or -errno.
 */
pid_t pb_spawn(const char *path, char *const argv[], char *const envp[],
               const int *fd_sources, const int *fd_targets, int nfds);

/* Host probes for `pebble doctor`: 1 yes, 0 no. */
int pb_probe_seccomp_notify(void);
int pb_probe_has_cap_sys_admin(void);

/* Makes this process a child subreaper, so each box's pid 1 stays its child. 0 or -errno. */
int pb_become_subreaper(void);

#endif
