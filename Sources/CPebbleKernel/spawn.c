/*
 * Starting a box's init from the (multi-threaded) Swift process. posix_spawn uses
 * clone(CLONE_VM|CLONE_VFORK) in glibc, so no Swift or malloc state is touched in the child;
 * closefrom makes sure no descriptor of the daemon leaks into a box, whatever its CLOEXEC flag.
 */
#define _GNU_SOURCE
#include "pebble_box_protocol.h"

#include <errno.h>
#include <spawn.h>
#include <signal.h>

pid_t pb_spawn(const char *path, char *const argv[], char *const envp[],
               const int *fd_sources, const int *fd_targets, int nfds) {
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t attr;
    int err = posix_spawn_file_actions_init(&fa);
    if (err) return -err;
    posix_spawnattr_init(&attr);
    /* The helper blocks the signals it handles itself; start it from a clean mask. */
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &all);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    /* Sources may collide with targets: move every source above every source and target first. */
    int high = 3;
    for (int i = 0; i < nfds; i++) {
        if (fd_sources[i] >= high) high = fd_sources[i] + 1;
        if (fd_targets[i] >= high) high = fd_targets[i] + 1;
    }
    for (int i = 0; i < nfds && !err; i++) err = posix_spawn_file_actions_adddup2(&fa, fd_sources[i], high + i);
    for (int i = 0; i < nfds && !err; i++) err = posix_spawn_file_actions_adddup2(&fa, high + i, fd_targets[i]);
    int maxTarget = 2;
    for (int i = 0; i < nfds; i++) if (fd_targets[i] > maxTarget) maxTarget = fd_targets[i];
    if (!err) err = posix_spawn_file_actions_addclosefrom_np(&fa, maxTarget + 1);
    pid_t pid = -1;
    if (!err) err = posix_spawn(&pid, path, &fa, &attr, argv, envp);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    return err ? -err : pid;
}
