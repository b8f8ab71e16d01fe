#define _GNU_SOURCE
#include <unistd.h>
#include "cfilesync.h"

int cfilesync_syncfs(int fd) {
#ifdef __linux__
    return syncfs(fd);
#else
    (void)fd;
    sync();
    return 0;
#endif
}
