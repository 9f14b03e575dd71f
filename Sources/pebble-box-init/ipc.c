/*
 * SysV IPC and POSIX message queues live in the box's IPC namespace, not in a file system we
 * remount, so a reset removes them one by one. (A fresh IPC namespace per run would do it too,
 * but costs ~0.3 ms a run here, a third of a whole run of /bin/true.)
 */
#define _GNU_SOURCE
#include "box_init.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <unistd.h>

union semun {
    int val;
    struct semid_ds *buf;
    unsigned short *array;
    struct seminfo *__buf;
};

void clear_ipc(void) {
    struct shm_info shm;
    int max = shmctl(0, SHM_INFO, (struct shmid_ds *)(void *)&shm);
    for (int i = 0; max >= 0 && shm.used_ids > 0 && i <= max; i++) {
        struct shmid_ds ds;
        int id = shmctl(i, SHM_STAT, &ds);
        if (id >= 0) shmctl(id, IPC_RMID, NULL);
    }
    struct seminfo sem;
    union semun arg = {.__buf = &sem};
    max = semctl(0, 0, SEM_INFO, arg);
    for (int i = 0; max >= 0 && sem.semusz > 0 && i <= max; i++) {
        struct semid_ds ds;
        union semun a = {.buf = &ds};
        int id = semctl(i, 0, SEM_STAT, a);
        if (id >= 0) semctl(id, 0, IPC_RMID);
    }
    struct msginfo msg;
    max = msgctl(0, MSG_INFO, (struct msqid_ds *)(void *)&msg);
    for (int i = 0; max >= 0 && msg.msgpool > 0 && i <= max; i++) {
        struct msqid_ds ds;
        int id = msgctl(i, MSG_STAT, &ds);
        if (id >= 0) msgctl(id, IPC_RMID, NULL);
    }
    /* The box's mqueue mount lists the namespace's queues. */
    DIR *d = opendir("/dev/mqueue");
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d)))
        if (e->d_name[0] != '.') unlinkat(dirfd(d), e->d_name, 0);
    closedir(d);
}
